/**
 * Runs "Verify integrity" in a Worker and resolves with its report: it reads the log, writes the
 * canonical texts, has WebCrypto hash them (on the browser's own threads), checks the chains and
 * replays the responses, chunk by chunk. Where Worker does not exist (tests in jsdom or Node) it
 * verifies on the calling thread instead, with the same result.
 */
import { verifyIntegrity, type GivenHead, type IntegrityReport } from './audit-verification';
import type { BarometerDb } from './database';

export interface VerifyRequest {
  dbName: string;
  heads: GivenHead[];
  /** The reader's end of the channel to the hashing Worker; without it the reader hashes too. */
  hashPort?: MessagePort;
}

export type VerifyReply = { ok: true; report: IntegrityReport } | { ok: false; error: string };

/**
 * `hashApart: true` hands the hashing to a second Worker (through a MessageChannel). The bench
 * measures both ways: on a 2-core machine one Worker is quicker (1.09× read + hash against 1.36–1.47×
 * with two), since the reading waits on IndexedDB, never on the digests, and a second busy thread
 * only takes CPU from IndexedDB's own work. The app uses one.
 */
export function verifyInWorker(db: BarometerDb, heads: readonly GivenHead[] = [], { hashApart = false } = {}): Promise<IntegrityReport> {
  if (typeof Worker === 'undefined') return verifyIntegrity(db, heads);
  return new Promise((resolve, reject) => {
    const reader = new Worker(new URL('./audit-verify.worker.ts', import.meta.url), { type: 'module' });
    const hasher = hashApart ? new Worker(new URL('./audit-verify-hash.worker.ts', import.meta.url), { type: 'module' }) : null;
    const finish = () => {
      reader.terminate();
      hasher?.terminate();
    };
    reader.onmessage = (event: MessageEvent<VerifyReply>) => {
      finish();
      if (event.data.ok) resolve(event.data.report);
      else reject(new Error(event.data.error));
    };
    const failed = (event: ErrorEvent) => {
      finish();
      reject(new Error(event.message || 'The verification worker failed.'));
    };
    reader.onerror = failed;
    if (!hasher) return reader.postMessage({ dbName: db.name, heads: [...heads] } satisfies VerifyRequest);
    hasher.onerror = failed;
    const channel = new MessageChannel();
    hasher.postMessage({ port: channel.port2 }, [channel.port2]);
    reader.postMessage({ dbName: db.name, heads: [...heads], hashPort: channel.port1 } satisfies VerifyRequest, [channel.port1]);
  });
}
