/**
 * "Verify integrity" over the stored data: every device's chain, the chain heads recorded in export
 * and import entries (plus any the user gives, e.g. from an exported file), and every response
 * against the replay of its history. The UI calls it through the Worker (audit-verify-client.ts)
 * so the screen stays responsive.
 *
 * Speed (100,000 entries in under 5 s): after one read transaction, the hashes are worked out by
 * WebCrypto in batches, overlapping with this thread's work (see `hashAll`).
 */
import type { AuditEntry, ChainHead } from '../core/audit/audit-entry';
import { hashInput } from '../core/audit/entry-hash';
import { recordedHeads } from '../core/audit/recorded-heads';
import { checkResponses, type ConsistencyReport } from '../core/audit/response-consistency';
import { verifyChains, type ChainVerification, type RecordedHead } from '../core/audit/verify-chain';
import type { BarometerDb } from './database';
import type { ResponseRecord } from './records';

export interface IntegrityReport {
  /** Green: every chain unbroken, every recorded head present, every response matches its history. */
  ok: boolean;
  chains: ChainVerification;
  responses: ConsistencyReport;
  checkedAt: string;
  /** Time taken (reading included), ms. */
  ms: number;
  /** Where the time went, ms. */
  timings: { read: number; chains: number; responses: number };
}

/** A head from outside the log (an exported file, a package), with where it came from. */
export type GivenHead = ChainHead & { source: string };

const BATCH = 2_000;
const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

async function digestHex(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let out = '';
  for (const b of bytes) out += HEX[b];
  return out;
}

interface Snapshot {
  entries: AuditEntry[];
  responses: ResponseRecord[];
  /** Responses in an unresolved conflict. */
  inConflict: Set<string>;
}

/** Entries and responses as of one moment (one read transaction). */
function readSnapshot(db: BarometerDb): Promise<Snapshot> {
  return db.transaction('r', [db.audit, db.responses, db.revisions], async () => {
    const [entries, responses, conflicted] = await Promise.all([
      db.audit.toArray(),
      db.responses.toArray(),
      db.revisions.where('conflicted').equals(1).primaryKeys(),
    ]);
    return { entries, responses, inConflict: new Set(conflicted) };
  });
}

/**
 * Every entry's hash, by WebCrypto in batches: while one batch is hashed on the browser's crypto
 * threads, this thread writes the canonical text of the next.
 */
async function hashAll(entries: readonly AuditEntry[]): Promise<string[]> {
  const out: string[] = [];
  let pending: Promise<string[]> | null = null;
  for (let start = 0; start < entries.length; start += BATCH) {
    const texts = entries.slice(start, start + BATCH).map(hashInput);
    const batch = Promise.all(texts.map(digestHex));
    if (pending) out.push(...(await pending));
    pending = batch;
  }
  if (pending) out.push(...(await pending));
  return out;
}

export async function verifyIntegrity(db: BarometerDb, given: readonly GivenHead[] = []): Promise<IntegrityReport> {
  const started = performance.now();
  const { entries, responses, inConflict } = await readSnapshot(db);
  const computed = await hashAll(entries);
  const read = performance.now();
  const heads: RecordedHead[] = [...recordedHeads(entries), ...given];
  const chains = verifyChains(entries, heads, computed);
  const verified = performance.now();
  const consistency = checkResponses(responses, entries, inConflict);
  const done = performance.now();
  return {
    ok: chains.ok && consistency.mismatches.length === 0,
    chains,
    responses: consistency,
    checkedAt: new Date().toISOString(),
    ms: done - started,
    timings: { read: read - started, chains: verified - read, responses: done - verified },
  };
}
