/**
 * Reads and checks a package file in a Worker: inflating, parsing and hashing 10,000 responses would
 * freeze the window for seconds. Where Worker does not exist (tests in jsdom or Node) it reads on
 * the calling thread instead, with the same result.
 */
import { readPackage, type Package, type PackageError } from '../core/exchange';
import type { Result } from '../core/result';

export interface ReadRequest {
  bytes: Uint8Array;
  /** `JSON.stringify([id, version])` of every questionnaire version stored here. */
  known: string[];
}

export type ReadReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: Result<Package, PackageError> }
  | { type: 'failed'; error: string };

export function readOnCallingThread(request: ReadRequest, onProgress?: (done: number, total: number) => void): Promise<Result<Package, PackageError>> {
  const known = new Set(request.known);
  return readPackage(request.bytes, {
    isKnownQuestionnaire: (id, version) => known.has(JSON.stringify([id, version])),
    ...(onProgress ? { onProgress } : {}),
  });
}

export function readPackageInWorker(request: ReadRequest, onProgress?: (done: number, total: number) => void): Promise<Result<Package, PackageError>> {
  if (typeof Worker === 'undefined') return readOnCallingThread(request, onProgress);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./package-read.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress?.(reply.done, reply.total);
      worker.terminate();
      if (reply.type === 'result') resolve(reply.result);
      else reject(new Error(reply.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The package reader failed.'));
    };
    worker.postMessage(request);
  });
}
