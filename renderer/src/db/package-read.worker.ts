/** The Worker behind `readPackageInWorker`: checks one package file off the window's thread. */
import '../zod-config';
import { readOnCallingThread, repliesFor, type ReadReply, type ReadRequest } from './package-read-client';

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const progress = (done: number, total: number) => self.postMessage({ type: 'progress', done, total } satisfies ReadReply);
  readOnCallingThread(event.data, progress).then(
    (outcome) => {
      for (const reply of repliesFor(outcome)) self.postMessage(reply);
    },
    (error: unknown) => self.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) } satisfies ReadReply),
  );
};
