/**
 * "Verify integrity" over the stored data: every device's chain, the chain heads recorded in export
 * and import entries (plus any the user gives, e.g. from an exported file), and every response
 * against the replay of its history. The UI calls it through the Workers (audit-verify-client.ts)
 * so the screen stays responsive.
 *
 * Speed and memory (100,000 entries in under 3 s; a million without holding a million): one
 * read-only transaction reads the log in chunks, asking for the next chunk before it works on the
 * one that came. Each chunk's canonical texts go, as one buffer, to the hasher (WebCrypto, whose
 * digests are worked out on the browser's own threads; or a second Worker) while this thread
 * replays the chunk's responses and reads on; when its digests come back the chunk's chains are
 * checked and the chunk is let go. Only a few chunks are ever held.
 */
import type { AuditEntry, ChainHead } from '../core/audit/audit-entry';
import { hashInput } from '../core/audit/entry-hash';
import { finalState, type ResponseStateAt } from '../core/audit/history';
import { recordedHeads } from '../core/audit/recorded-heads';
import { ResponseReplays, type ConsistencyReport } from '../core/audit/response-consistency';
import { ChainVerifier, type ChainVerification } from '../core/audit/verify-chain';
import { hashHere, type ChunkDigests, type Hasher } from './audit-verify-hash';
import type { BarometerDb } from './database';
import type { ResponseRecord } from './records';

/** Where verification's time went, ms. Apart from `wall` they overlap: they are each thread's busy time. */
export interface VerifyTimings {
  /** From the first request to the report. */
  wall: number;
  /** The reading thread inside the log's read callbacks (taking each chunk from IndexedDB). */
  read: number;
  /** Writing and encoding the canonical texts. */
  texts: number;
  /** The hasher, from a chunk's texts to its last digest, summed over chunks (overlaps the reading). */
  hash: number;
  /** Chain checks against the digests. */
  chains: number;
  /** Replaying responses, the ones set apart included, and comparing them with the store. */
  responses: number;
  /** The reading waiting for digests (too many chunks outstanding): the hasher is behind. */
  waitDigests: number;
  /** Responses replayed whole from their own entries (their entries came out of replay order). */
  replayedApart: number;
}

export interface IntegrityReport {
  /** Green: every chain unbroken, every recorded head present, every response matches its history. */
  ok: boolean;
  chains: ChainVerification;
  responses: ConsistencyReport;
  checkedAt: string;
  /** Time taken (reading included), ms. */
  ms: number;
  timings: VerifyTimings;
}

/** A head from outside the log (an exported file, a package), with where it came from. */
export type GivenHead = ChainHead & { source: string };

export interface VerifyOptions {
  /** Entries read per request: large enough that a request's round trip is small beside its reading. */
  chunkSize?: number;
  /** Where the texts are hashed (default: WebCrypto on this thread). */
  hasher?: Hasher;
}

const CHUNK = 5_000;
/** Chunks whose digests may be outstanding before the reading waits for them (bounds the memory). */
const IN_FLIGHT = 3;
const encoder = new TextEncoder();

function requested<T>(request: IDBRequest<T>, then: (result: T) => void): void {
  request.onsuccess = () => then(request.result);
}

/** A chunk's canonical texts as UTF-8 in one buffer, with where each ends. */
function encodeTexts(chunk: readonly AuditEntry[]): { texts: Uint8Array<ArrayBuffer>; ends: Uint32Array<ArrayBuffer> } {
  const strings = chunk.map(hashInput);
  let size = 0;
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  for (const s of strings) size += s.length * 3;
  const texts = new Uint8Array(size);
  const ends = new Uint32Array(strings.length);
  let at = 0;
  for (let i = 0; i < strings.length; i++) {
    at += encoder.encodeInto(strings[i] as string, texts.subarray(at)).written;
    ends[i] = at;
  }
  return { texts: texts.slice(0, at), ends };
}

/** Export and import entries in storage order: the heads they record are checked as the log streams by. */
function inStorageOrder(a: readonly AuditEntry[], b: readonly AuditEntry[]): AuditEntry[] {
  return [...a, ...b].sort((x, y) => (x.seq as number) - (y.seq as number));
}

export function verifyIntegrity(db: BarometerDb, given: readonly GivenHead[] = [], options: VerifyOptions = {}): Promise<IntegrityReport> {
  const chunkSize = options.chunkSize ?? CHUNK;
  const hasher = options.hasher ?? hashHere;
  const started = performance.now();
  const timings: VerifyTimings = { wall: 0, read: 0, texts: 0, hash: 0, chains: 0, responses: 0, waitDigests: 0, replayedApart: 0 };
  const timed = <T>(key: 'read' | 'texts' | 'chains' | 'responses', work: () => T): T => {
    const t0 = performance.now();
    try {
      return work();
    } finally {
      timings[key] += performance.now() - t0;
    }
  };

  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(['audit', 'responses', 'revisions'], 'readonly');
    const audit = tx.objectStore('audit');
    let responses: ResponseRecord[] = [];
    let inConflict = new Set<string>();
    let chains = new ChainVerifier();
    let replays = new ResponseReplays(() => false);
    const apart = new Map<string, ResponseStateAt>();
    /** Chunks sent to the hasher whose chains are not checked yet. */
    let outstanding = 0;
    /** The chain checks, chunk after chunk in storage order. */
    let checked: Promise<void> = Promise.resolve();
    let failed: unknown = null;
    const fail = (error: unknown) => {
      failed ??= error;
      try {
        tx.abort();
      } catch {
        // already finished
      }
    };

    const check = (chunk: readonly AuditEntry[], digests: ChunkDigests) => {
      timings.hash += digests.ms;
      timed('chains', () => {
        for (let i = 0; i < chunk.length; i++) chains.add(chunk[i] as AuditEntry, digests.hex.slice(i * 64, i * 64 + 64));
      });
      outstanding -= 1;
    };
    const work = (chunk: AuditEntry[]) => {
      const { texts, ends } = timed('texts', () => encodeTexts(chunk));
      outstanding += 1;
      const digests = hasher.digests(texts, ends);
      checked = checked.then(() => digests).then((d) => check(chunk, d));
      checked.catch(fail);
      timed('responses', () => {
        for (const e of chunk) replays.add(e);
      });
    };
    /** Responses whose entries came out of replay order, replayed whole from their own entries, one at a time. */
    const replayApart = (ids: string[]) => {
      const id = ids.pop();
      if (id === undefined) return;
      requested(audit.index('responseId').getAll(id), (entries: AuditEntry[]) => {
        timed('responses', () => apart.set(id, finalState(entries)));
        timings.replayedApart += 1;
        replayApart(ids);
      });
    };
    let waitingSince: number | null = null;
    const readAfter = (seq: number | null) => {
      if (failed !== null) return;
      // Too many chunks wait for their digests: a request that reads nothing keeps the transaction
      // alive while the hasher catches up (seq starts at 1, so the range [-1, -1] is empty).
      if (outstanding >= IN_FLIGHT) {
        waitingSince ??= performance.now();
        return requested(audit.count(IDBKeyRange.bound(-1, -1)), () => readAfter(seq));
      }
      if (waitingSince !== null) timings.waitDigests += performance.now() - waitingSince;
      waitingSince = null;
      const request = audit.getAll(seq === null ? null : IDBKeyRange.lowerBound(seq, true), chunkSize);
      request.onsuccess = () => {
        const chunk = timed('read', () => request.result as AuditEntry[]);
        const last = chunk[chunk.length - 1];
        if (chunk.length === chunkSize && last) readAfter(last.seq as number);
        try {
          if (chunk.length > 0) work(chunk);
          if (chunk.length < chunkSize) replayApart([...replays.apart].reverse());
        } catch (error) {
          fail(error);
        }
      };
    };

    requested(tx.objectStore('revisions').index('conflicted').getAllKeys(1), (keys) => (inConflict = new Set(keys as string[])));
    requested(tx.objectStore('responses').getAll(), (rows: ResponseRecord[]) => {
      responses = rows;
      const stored = new Set(rows.map((r) => r.id));
      replays = new ResponseReplays((id) => stored.has(id) && !inConflict.has(id));
    });
    const byAction = audit.index('action');
    requested(byAction.getAll('export'), (exports: AuditEntry[]) =>
      requested(byAction.getAll('import'), (imports: AuditEntry[]) => {
        chains = new ChainVerifier([...recordedHeads(inStorageOrder(exports, imports)), ...given]);
        readAfter(null);
      }),
    );
    tx.oncomplete = () => {
      checked.then(() => {
        const consistency = timed('responses', () => replays.report(responses, inConflict, apart));
        const chainReport = chains.result();
        hasher.close();
        timings.wall = performance.now() - started;
        resolve({
          ok: chainReport.ok && consistency.mismatches.length === 0,
          chains: chainReport,
          responses: consistency,
          checkedAt: new Date().toISOString(),
          ms: timings.wall,
          timings,
        });
      }, reject);
    };
    tx.onabort = () => {
      hasher.close();
      reject(failed ?? tx.error ?? new Error('Reading the audit log was interrupted.'));
    };
  });
}
