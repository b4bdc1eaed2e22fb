/**
 * "Verify integrity" over the stored data: every device's chain, the chain heads recorded in export
 * and import entries (plus any the user gives, e.g. from an exported file), and every response
 * against the replay of its history. The UI calls it through the Worker (audit-verify-client.ts)
 * so the screen stays responsive.
 *
 * Speed (100,000 entries in under 3 s): one read-only transaction reads the log in chunks, asking
 * for the next chunk before it hashes the one that came, and WebCrypto hashes on the browser's own
 * threads, so reading and hashing overlap (see `readAndHash`).
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

/** Entries read per request: large enough that a request's round trip is small beside its reading. */
const CHUNK = 5_000;
/** Chunks whose hashes may be outstanding before the reading waits for them (bounds the memory). */
const IN_FLIGHT = 3;
const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

async function digestHex(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let out = '';
  for (const b of bytes) out += HEX[b];
  return out;
}

export interface Snapshot {
  entries: AuditEntry[];
  /** `computed[i]`: the hash `entries[i]` must carry. */
  computed: string[];
  responses: ResponseRecord[];
  /** Responses in an unresolved conflict. */
  inConflict: Set<string>;
}

function requested<T>(request: IDBRequest<T>, then: (result: T) => void): void {
  request.onsuccess = () => then(request.result);
}

/**
 * Entries, responses and conflict marks as of one moment: one read-only transaction, so the log and
 * the responses agree. The log comes in chunks by its `seq`; each chunk's hashes are started as it
 * arrives, right after the next chunk is asked for, so the store reads while WebCrypto hashes.
 * Nothing but the transaction's own requests is awaited inside it (anything else would let it
 * commit): while too many chunks wait for their hashes, it asks for nothing (a `count` of an
 * empty range) until they are done, which keeps it open.
 */
export function readAndHash(db: BarometerDb, chunkSize: number = CHUNK): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(['audit', 'responses', 'revisions'], 'readonly');
    const audit = tx.objectStore('audit');
    const entries: AuditEntry[] = [];
    const chunks: Promise<string[]>[] = [];
    let responses: ResponseRecord[] = [];
    let conflicted: IDBValidKey[] = [];
    let hashed = 0;
    let failed: unknown = null;

    const hash = (chunk: AuditEntry[]) => {
      const digests = Promise.all(chunk.map((e) => digestHex(hashInput(e))));
      chunks.push(digests);
      digests.then(
        () => (hashed += 1),
        (error: unknown) => (failed ??= error),
      );
    };
    const readAfter = (seq: number | null) => {
      if (failed !== null) return tx.abort();
      // Too many chunks wait for their hashes: a request that reads nothing keeps the transaction
      // alive while WebCrypto catches up (no entry has seq -1).
      if (chunks.length - hashed >= IN_FLIGHT) return requested(audit.count(IDBKeyRange.bound(-1, -1)), () => readAfter(seq));
      requested(audit.getAll(seq === null ? null : IDBKeyRange.lowerBound(seq, true), chunkSize), (chunk: AuditEntry[]) => {
        const last = chunk[chunk.length - 1];
        if (chunk.length === chunkSize && last) readAfter(last.seq as number);
        for (const e of chunk) entries.push(e);
        try {
          if (chunk.length > 0) hash(chunk);
        } catch (error) {
          failed = error;
          tx.abort();
        }
      });
    };

    requested(tx.objectStore('revisions').index('conflicted').getAllKeys(1), (keys) => (conflicted = keys));
    requested(tx.objectStore('responses').getAll(), (rows: ResponseRecord[]) => (responses = rows));
    readAfter(null);
    tx.oncomplete = () => {
      Promise.all(chunks).then(
        (parts) => resolve({ entries, computed: parts.flat(), responses, inConflict: new Set(conflicted as string[]) }),
        reject,
      );
    };
    tx.onabort = () => reject(failed ?? tx.error ?? new Error('Reading the audit log was interrupted.'));
  });
}

export async function verifyIntegrity(db: BarometerDb, given: readonly GivenHead[] = []): Promise<IntegrityReport> {
  const started = performance.now();
  const { entries, computed, responses, inConflict } = await readAndHash(db);
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
