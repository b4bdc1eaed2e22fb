/**
 * Reading effective values for the indicators. An absent value means skipped or unanswered. Every
 * helper returns undefined for an unanswered question, so the respondent leaves that figure's base
 * (the base rule in `base-rule.ts`); "don't know" is an answer and scores 0.
 */
import type { AnswerValue } from '../questionnaire/model';

/**
 * A derived 0/1 variable (innov_any, civil_role): 1, 0, or undefined when the engine left it empty
 * (e.g. innov_any while section B is incomplete without a "yes").
 */
export function flag(v: AnswerValue | undefined): 0 | 1 | undefined {
  if (v === 1 || v === '1') return 1;
  if (v === 0 || v === '0') return 0;
  return undefined;
}

/** Whether a question holds an answer: a non-empty text/code, a number, or at least one option picked. */
export function answered(v: AnswerValue | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === 'number') return Number.isFinite(v);
  return picked(v).length > 0;
}

/** 1 when a single choice holds one of `codes`, 0 for any other answer ("don't know" included), undefined when unanswered. */
export function oneOf(v: AnswerValue | undefined, codes: readonly string[]): 0 | 1 | undefined {
  if (!answered(v)) return undefined;
  return typeof v === 'string' && codes.includes(v) ? 1 : 0;
}

/** The options picked in a multiple choice ([] when blank); a space-separated string is accepted too. */
export function picked(v: AnswerValue | undefined): readonly string[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return v.split(/\s+/).filter((s) => s !== '');
  return [];
}

/** 1 when a multiple choice includes `code`, 0 when other options were picked, undefined when nothing was picked (unanswered). */
export function hasOption(v: AnswerValue | undefined, code: string): 0 | 1 | undefined {
  const codes = picked(v);
  if (codes.length === 0) return undefined;
  return codes.includes(code) ? 1 : 0;
}

/** 1 when a multiple choice includes any option outside `except`, 0 when only those, undefined when unanswered. */
export function hasAnyOptionBut(v: AnswerValue | undefined, except: readonly string[]): 0 | 1 | undefined {
  const codes = picked(v);
  if (codes.length === 0) return undefined;
  return codes.some((code) => !except.includes(code)) ? 1 : 0;
}

/** A stratum/group code: a non-empty string value, else undefined. */
export function groupCode(v: AnswerValue | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
