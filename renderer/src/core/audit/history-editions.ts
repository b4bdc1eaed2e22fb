/**
 * The edition each entry of a response's history was recorded in. A draft moved to another edition
 * (`questionnaire` entry, details.kind `draft-moved`, with fromId/fromVersion and toId/toVersion)
 * was keyed in the move's "from" edition before it and in its "to" edition from it on; without a
 * move, every entry is in the response's own edition. So the answers recorded before a move are read
 * with the options and wordings they were given in.
 */
import type { AuditEntry } from './audit-entry';

export interface EditionRef {
  id: string;
  version: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The edition a move entry moved from and to, or null when `e` is no move. */
export function draftMoveOf(e: AuditEntry): { from: EditionRef; to: EditionRef } | null {
  const d = e.details;
  if (e.action !== 'questionnaire' || d?.kind !== 'draft-moved') return null;
  const fromId = text(d.fromId);
  const fromVersion = text(d.fromVersion);
  const toId = text(d.toId);
  const toVersion = text(d.toVersion);
  if (!fromId || !fromVersion || !toId || !toVersion) return null;
  return { from: { id: fromId, version: fromVersion }, to: { id: toId, version: toVersion } };
}

/**
 * Per entry of `entries` (in replay order), the edition it was recorded in. `current`: the edition
 * the response is keyed in now (the edition after the last move); walked back from the end, each
 * move switches to the edition it moved from. The move's own entry counts in the edition it moved to.
 */
export function editionsOfEntries(entries: readonly AuditEntry[], current: EditionRef): EditionRef[] {
  const out = new Array<EditionRef>(entries.length);
  let at = current;
  for (let i = entries.length - 1; i >= 0; i--) {
    const move = draftMoveOf(entries[i] as AuditEntry);
    if (move) {
      out[i] = move.to;
      at = move.from;
    } else out[i] = at;
  }
  return out;
}
