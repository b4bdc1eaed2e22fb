/**
 * Search, filter and sort of the response list, in memory over the light summaries. Pure, so the
 * list can memoise it and tests can check it without a DOM. 10,000 summaries take a few ms.
 */
import type { ResponseSummary } from '../../db/records';
import type { VerificationState } from '../../db/verification-records';

export type StatusFilter = 'all' | 'draft' | 'completed' | 'rejected' | 'approved' | 'deleted';
export type SortKey = 'updated' | 'key' | 'workplace' | 'status' | 'progress' | 'creator';
export type SortDir = 'asc' | 'desc';
/** Double-entry verification: any, not marked, or one state of it. */
export type VerificationFilter = 'all' | 'none' | VerificationState;
export const VERIFICATION_FILTERS: readonly VerificationFilter[] = ['all', 'none', 'marked', 'keying', 'disagreements', 'verified'];

export interface ListQuery {
  search: string;
  status: StatusFilter;
  sort: SortKey;
  dir: SortDir;
  /** Absent: every response, marked or not. */
  verification?: VerificationFilter;
}

export const DEFAULT_QUERY: ListQuery = { search: '', status: 'all', sort: 'updated', dir: 'desc' };

/** The direction a column starts in when first picked: dates newest first, text A–Z. */
export function defaultDir(sort: SortKey): SortDir {
  return sort === 'updated' || sort === 'progress' ? 'desc' : 'asc';
}

function matchesStatus(s: ResponseSummary, status: StatusFilter): boolean {
  if (status === 'deleted') return s.deleted === 1;
  if (s.deleted === 1) return false;
  return status === 'all' || s.status === status;
}

/** Case-insensitive matching; æ, ø and å stay letters of their own, as Danes expect. */
function fold(text: string): string {
  return text.toLocaleLowerCase('da-DK');
}

function matchesSearch(s: ResponseSummary, needle: string): boolean {
  if (!needle) return true;
  return (
    fold(s.key).includes(needle) ||
    fold(s.workplaceName).includes(needle) ||
    fold(s.workplaceId).includes(needle)
  );
}

const collator = new Intl.Collator('da-DK', { sensitivity: 'base', numeric: true });

function compare(a: ResponseSummary, b: ResponseSummary, sort: SortKey): number {
  switch (sort) {
    case 'updated':
      // ISO 8601 strings in UTC sort as text.
      return a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0;
    case 'key':
      return collator.compare(a.key, b.key);
    case 'workplace':
      return collator.compare(a.workplaceName, b.workplaceName) || collator.compare(a.workplaceId, b.workplaceId);
    case 'status':
      return collator.compare(a.status, b.status);
    case 'progress':
      return a.progress - b.progress;
    case 'creator':
      return collator.compare(a.createdByName, b.createdByName);
  }
}

/** The summaries the list shows, in order. Ties fall back to newest-updated, then key, so the order is stable. */
export function queryResponses(
  all: readonly ResponseSummary[],
  q: ListQuery,
  verification: ReadonlyMap<string, VerificationState> = new Map(),
): ResponseSummary[] {
  const needle = fold(q.search.trim());
  const wanted = q.verification ?? 'all';
  const matchesVerification = (s: ResponseSummary) => wanted === 'all' || (verification.get(s.id) ?? 'none') === wanted;
  const rows = all.filter((s) => matchesStatus(s, q.status) && matchesVerification(s) && matchesSearch(s, needle));
  const sign = q.dir === 'asc' ? 1 : -1;
  rows.sort(
    (a, b) =>
      sign * compare(a, b, q.sort) || compare(b, a, 'updated') || collator.compare(a.key, b.key),
  );
  return rows;
}
