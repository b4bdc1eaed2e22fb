/** The Worker behind `readPackageInWorker` and `evaluateInWorker`: checks one package file, or evaluates leaves, off the window's thread. */
import '../zod-config';
import {
  evaluateOnCallingThread,
  isEvaluateRequest,
  readOnCallingThread,
  repliesFor,
  type EvaluateReply,
  type EvaluateRequest,
  type ReadReply,
  type ReadRequest,
} from './package-read-client';

const failed = (error: unknown) => ({ type: 'failed', error: error instanceof Error ? error.message : String(error) }) as const;

self.onmessage = (event: MessageEvent<ReadRequest | EvaluateRequest>) => {
  const request = event.data;
  if (isEvaluateRequest(request)) {
    try {
      self.postMessage({ type: 'evaluated', ratios: evaluateOnCallingThread(request) } satisfies EvaluateReply);
    } catch (error) {
      self.postMessage(failed(error) satisfies EvaluateReply);
    }
    return;
  }
  const progress = (done: number, total: number) => self.postMessage({ type: 'progress', done, total } satisfies ReadReply);
  readOnCallingThread(request, progress).then(
    (outcome) => {
      for (const reply of repliesFor(outcome)) self.postMessage(reply);
    },
    (error: unknown) => self.postMessage(failed(error) satisfies ReadReply),
  );
};
