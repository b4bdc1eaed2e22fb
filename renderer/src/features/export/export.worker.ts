/**
 * The export Worker: reads the responses from the store (a connection of its own) and builds the
 * workbook off the window's thread, so the window stays responsive while 100,000 responses are
 * written. Cancelling terminates it; nothing it made survives.
 */
import '../../zod-config';
import { IN_THREAD_SINKS, type ByteSinks } from '../../core/export/byte-sinks';
import { openResponseSource } from '../../db/response-pages';
import { helperSinks, type HelperWorkerLike } from './helper-sinks';
import type { ToWorker } from './export-protocol';
import { exportJobHandler } from './export-worker-core';

/** The part of DedicatedWorkerGlobalScope used here (the renderer's TypeScript lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

/** Compression and hashing in a helper Worker (the second core); on this thread where Workers cannot nest. */
function sinks(): ByteSinks {
  if (typeof Worker === 'undefined') return IN_THREAD_SINKS;
  const helper = new Worker(new URL('./export-helper.worker.ts', import.meta.url), { type: 'module', name: 'export-helper' });
  return helperSinks(helper as unknown as HelperWorkerLike);
}

const scope = self as unknown as WorkerScope;
const handle = exportJobHandler((message, transfer) => scope.postMessage(message, transfer ?? []), openResponseSource, sinks);
scope.onmessage = (event: MessageEvent<ToWorker>) => void handle(event.data);
