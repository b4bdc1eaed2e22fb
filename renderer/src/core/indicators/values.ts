/** Reading effective values for the indicators. An absent value means skipped or unanswered. */
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

/** 1 when a single choice holds one of `codes`, else 0 (other answers, "don't know" and blank alike). */
export function oneOf(v: AnswerValue | undefined, codes: readonly string[]): 0 | 1 {
  return typeof v === 'string' && codes.includes(v) ? 1 : 0;
}

/** The options picked in a multiple choice ([] when blank); a space-separated string is accepted too. */
export function picked(v: AnswerValue | undefined): readonly string[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return v.split(/\s+/).filter((s) => s !== '');
  return [];
}

/** 1 when a multiple choice includes `code`, else 0 (blank counts as not picked). */
export function hasOption(v: AnswerValue | undefined, code: string): 0 | 1 {
  return picked(v).includes(code) ? 1 : 0;
}

/** 1 when a multiple choice includes any option outside `except`, else 0. */
export function hasAnyOptionBut(v: AnswerValue | undefined, except: readonly string[]): 0 | 1 {
  return picked(v).some((code) => !except.includes(code)) ? 1 : 0;
}

/** A stratum/group code: a non-empty string value, else undefined. */
export function groupCode(v: AnswerValue | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
