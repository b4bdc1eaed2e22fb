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

/** @param editions every held edition, so each response is checked against its own (default: `q` alone). */
export async function runQuality(store: StoreReader, q: Questionnaire, editions: readonly Questionnaire[] = []): Promise<QualityResult> {
  if (typeof Worker === 'undefined') {
    const responses = [];
    for await (const page of store.responsePages()) responses.push(...page);
    const editionOf = (id: string, version: string) => editions.find((e) => e.id === id && e.version === version);
    return { findings: qualityReport(responses, q, { editionOf }), responses: responses.length };
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
      worker.postMessage({ dbName: store.name, def: q.def, ...(editions.length > 1 ? { editions: editions.map((e) => e.def) } : {}) } satisfies QualityRequest);
    });
  } finally {
    worker.terminate();
  }
}
