/**
 * One audit entry of a response's history in words: what was done (with the question's wording in
 * the chosen language) and, for changes, old → new as labels. Pure, so the timeline and the
 * "as it was" picker say the same thing.
 */
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../core/audit/audit-entry';
import type { Lang, Questionnaire } from '../core/questionnaire/model';
import { statusLabel, valueLabel } from './value-labels';

const KNOWN = ['create', 'answer', 'status', 'comment', 'delete', 'restore', 'import', 'conflict-resolution', 'verification'] as const;
const isKnown = (action: string): action is (typeof KNOWN)[number] => (KNOWN as readonly string[]).includes(action);

/** The question's wording (grid rows: "grid: row"), or null when the questionnaire has no such variable. */
export function questionWording(q: Questionnaire, field: string | null, lang: Lang): string | null {
  const variable = field === null ? undefined : q.byName.get(field);
  if (!variable) return null;
  const grid = variable.kind === 'grid-row' ? variable.question?.label : undefined;
  return grid ? `${grid[lang]}: ${variable.label[lang]}` : variable.label[lang];
}

/** What the entry did, e.g. "Ændrede «Antal ansatte»". */
export function actionText(t: TFunction<'history'>, q: Questionnaire, e: AuditEntry, lang: Lang): string {
  const question = questionWording(q, e.field, lang);
  if (e.action === 'answer' && e.field !== null) {
    return question ? t('action.answer', { question }) : t('action.answerField', { field: e.field });
  }
  if (e.action === 'comment' && e.field !== null) return t('action.commentOn', { question: question ?? e.field });
  if (e.action === 'questionnaire' && e.details?.kind === 'draft-moved') {
    return t('action.draftMoved', { from: String(e.details.fromVersion ?? ''), to: String(e.details.toVersion ?? '') });
  }
  if (e.action === 'fieldwork' && e.details?.kind === 'link') {
    return t('action.linkCase', { id: String(e.details.caseId ?? ''), name: String(e.details.workplaceName ?? '') });
  }
  if (e.action === 'fieldwork' && e.details?.kind === 'duplicate') {
    const deleted = Array.isArray(e.details.deleted) ? e.details.deleted : [];
    const keys = deleted.map((d) => (d !== null && typeof d === 'object' && !Array.isArray(d) ? String(d.key ?? '') : '')).filter((k) => k !== '');
    return t('action.duplicateKept', { deleted: keys.join(', ') });
  }
  return isKnown(e.action) ? t(`action.${e.action}`) : t('action.other', { action: e.action });
}

/** Old → new as labels, for answers and statuses; the comment's text for comments; null otherwise. */
export function changeText(t: TFunction<'history'>, q: Questionnaire, e: AuditEntry, lang: Lang): string | null {
  const empty = t('empty_value');
  if (e.action === 'comment') return typeof e.newValue === 'string' ? e.newValue : null;
  if (e.action === 'status') {
    const names = { draft: t('status.draft'), completed: t('status.completed'), approved: t('status.approved'), rejected: t('status.rejected') };
    return t('change', { old: statusLabel(e.oldValue, names) ?? empty, new: statusLabel(e.newValue, names) ?? empty });
  }
  if (e.action === 'answer' || ((e.action === 'import' || e.action === 'conflict-resolution' || e.action === 'verification') && e.field !== null)) {
    return t('change', { old: valueLabel(q, e.field, e.oldValue, lang) ?? empty, new: valueLabel(q, e.field, e.newValue, lang) ?? empty });
  }
  return null;
}
