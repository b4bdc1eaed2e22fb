/**
 * Chain heads recorded in the log itself: an export entry records the heads its file was taken at,
 * an import entry the heads its package carried (`details.chainHeads`). Verification checks that
 * each is still in the log, so a log shortened or rewritten after an export is caught.
 */
import type { AuditDetails, AuditEntry, ChainHead, JsonValue } from './audit-entry';
import type { RecordedHead } from './verify-chain';

/** The details key under which an entry records chain heads. */
export const CHAIN_HEADS_KEY = 'chainHeads';

/** Heads as they are stored in `details`. */
export function headsDetail(heads: readonly ChainHead[]): JsonValue {
  return heads.map((h) => ({ deviceId: h.deviceId, deviceSeq: h.deviceSeq, hash: h.hash }));
}

function asHead(value: JsonValue): ChainHead | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const { deviceId, deviceSeq, hash } = value;
  if (typeof deviceId !== 'string' || typeof hash !== 'string' || typeof deviceSeq !== 'number') return null;
  return Number.isInteger(deviceSeq) && deviceSeq >= 1 ? { deviceId, deviceSeq, hash } : null;
}

/** The heads one entry's details record (none when it records none, or they are malformed). */
export function headsIn(details: AuditDetails | null): ChainHead[] {
  const list = details?.[CHAIN_HEADS_KEY];
  if (!Array.isArray(list)) return [];
  return list.map(asHead).filter((h): h is ChainHead => h !== null);
}

/** Every head recorded by export and import entries, with where it was recorded. */
export function recordedHeads(entries: readonly AuditEntry[]): RecordedHead[] {
  const out: RecordedHead[] = [];
  for (const e of entries) {
    if (e.action !== 'export' && e.action !== 'import') continue;
    for (const head of headsIn(e.details)) out.push({ ...head, source: `${e.action} ${e.at}` });
  }
  return out;
}
