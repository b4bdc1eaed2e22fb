/**
 * The review queue's filter, one pure function: the queue lists what it matches, and bulk approve
 * acts on exactly what it matches (the same function, over the same rows, inside the transaction).
 */
import type { EditionSet } from '../core/editions/edition-set';
import { rowStrataIn } from '../core/export/selection';
import type { ResponseStatus, ResponseSummary } from './records';
import type { VerificationState } from './verification-records';

/** Double-entry verification: not marked, or one state of it. */
export type VerificationMatch = 'none' | VerificationState;
export const VERIFICATION_MATCHES: readonly VerificationMatch[] = ['none', 'marked', 'keying', 'disagreements', 'verified'];
const NO_STATES: ReadonlyMap<string, VerificationState> = new Map();

export interface ReviewFilter {
  /** Any of these statuses; empty or absent: any status. */
  statuses?: readonly ResponseStatus[];
  /** The surveyor who created the response (profile id). */
  surveyorId?: string;
  /** Government level code (sector_level); across `editions`, in their reference's codes. */
  sectorLevel?: string;
  /** Area code (policy_area); across `editions`, in their reference's codes. */
  policyArea?: string;
  /**
   * The editions held, when there are several: each response's level and area are carried to the
   * codes of their reference (the newest) through the declared renames before they are compared, so
   * one choice selects every edition's responses (`rowStrataIn`, as the export dialog's lists do).
   * Summaries are then read with their edition (`withEditions`).
   */
  editions?: EditionSet;
  /** Last changed at or after this instant (ISO 8601; the UI turns a local date into one). */
  from?: string;
  /** Last changed before this instant (exclusive). */
  to?: string;
  /** Its verification state (responses not marked: 'none'). */
  verification?: VerificationMatch;
}

/** Whether a summary is in the queue under `filter`. Deleted responses never are. */
export function matchesReviewFilter(s: ResponseSummary, f: ReviewFilter, verification: ReadonlyMap<string, VerificationState> = NO_STATES): boolean {
  if (s.deleted === 1) return false;
  if (f.verification !== undefined && (verification.get(s.id) ?? 'none') !== f.verification) return false;
  if (f.statuses !== undefined && f.statuses.length > 0 && !f.statuses.includes(s.status)) return false;
  if (f.surveyorId !== undefined && s.createdById !== f.surveyorId) return false;
  if (f.sectorLevel !== undefined || f.policyArea !== undefined) {
    const strata = rowStrataIn(f.editions, s);
    if (f.sectorLevel !== undefined && strata.sectorLevel !== f.sectorLevel) return false;
    if (f.policyArea !== undefined && strata.policyArea !== f.policyArea) return false;
  }
  const updated = Date.parse(s.updatedAt);
  if (f.from !== undefined && !(updated >= Date.parse(f.from))) return false;
  if (f.to !== undefined && !(updated < Date.parse(f.to))) return false;
  return true;
}

/** The queue: matching summaries, oldest change first (ties: key). */
export function reviewQueue(summaries: readonly ResponseSummary[], filter: ReviewFilter, verification: ReadonlyMap<string, VerificationState> = NO_STATES): ResponseSummary[] {
  return summaries
    .filter((s) => matchesReviewFilter(s, filter, verification))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.key < b.key ? -1 : 1));
}
