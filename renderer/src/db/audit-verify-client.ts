/**
 * Runs "Verify integrity" in a Worker and resolves with its report. Where Worker does not exist
 * (tests in jsdom or Node) it verifies on the calling thread instead, with the same result.
 */
import { verifyIntegrity, type GivenHead, type IntegrityReport } from './audit-verification';
import type { BarometerDb } from './database';

export interface VerifyRequest {
  dbName: string;
  heads: GivenHead[];
}

export type VerifyReply = { ok: true; report: IntegrityReport } | { ok: false; error: string };

export function verifyInWorker(db: BarometerDb, heads: readonly GivenHead[] = []): Promise<IntegrityReport> {
  if (typeof Worker === 'undefined') return verifyIntegrity(db, heads);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./audit-verify.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<VerifyReply>) => {
      finish();
      if (event.data.ok) resolve(event.data.report);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The verification worker failed.'));
    };
    worker.postMessage({ dbName: db.name, heads: [...heads] } satisfies VerifyRequest);
  });
}
