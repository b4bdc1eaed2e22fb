/**
 * Runs the data-quality report in its Worker (one per run, terminated when it answers), or on this
 * thread where Workers do not exist (jsdom, Node), with the same result.
 */
import type { Finding } from '../../core/quality/finding';
import { qualityReport } from '../../core/quality/quality-report';
import type { Questionnaire } from '../../core/questionnaire/model';
import type { StoreReader } from '../../db/store-reader';
import type { QualityReply, QualityRequest } from './quality.worker';

export interface QualityResult {
  findings: Finding[];
  /** Responses checked (those not deleted). */
  responses: number;
}

export async function runQuality(store: StoreReader, q: Questionnaire): Promise<QualityResult> {
  if (typeof Worker === 'undefined') {
    const responses = [];
    for await (const page of store.responsePages()) responses.push(...page);
    return { findings: qualityReport(responses, q), responses: responses.length };
  }
  const worker = new Worker(new URL('./quality.worker.ts', import.meta.url), { type: 'module', name: 'quality' });
  try {
    return await new Promise<QualityResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<QualityReply>) =>
        event.data.ok ? resolve({ findings: event.data.findings, responses: event.data.responses }) : reject(new Error(event.data.error));
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        reject(new Error(event.message || 'The data-quality check failed.'));
      };
      worker.postMessage({ dbName: store.name, def: q.def } satisfies QualityRequest);
    });
  } finally {
    worker.terminate();
  }
}
