/**
 * The helper Worker's logic without the Worker: hosts byte sinks (a compressor per ZIP entry, the
 * checksum's SHA-256: the same core code as on one thread), fed with transferred chunks, each sink's
 * chunks processed in order. `export-helper.worker.ts` wires it to `self`; tests run it in process.
 */
import { IN_THREAD_SINKS, type ByteSink, type DeflateResult } from '../../core/export/byte-sinks';
import type { FromHelper, ToHelper } from './helper-protocol';

export type HelperPost = (message: FromHelper, transfer: Transferable[]) => void;

export function helperHandler(post: HelperPost): (message: ToHelper) => void {
  const open = new Map<number, { sink: ByteSink<DeflateResult | string>; queue: Promise<void> }>();
  const fail = (id: number) => (e: unknown) => post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) }, []);
  return (m) => {
    if (m.type === 'open') {
      open.set(m.id, { sink: m.kind === 'deflate' ? IN_THREAD_SINKS.deflate() : IN_THREAD_SINKS.sha256(), queue: Promise.resolve() });
      return;
    }
    const entry = open.get(m.id);
    if (!entry) return fail(m.id)(new Error(`No open sink ${m.id}.`));
    if (m.type === 'data') {
      // Written means read (compressed or hashed): the chunk goes back to be filled again.
      entry.queue = entry.queue.then(() => entry.sink.write(m.bytes)).then(() => post({ type: 'ack', id: m.id, bytes: m.bytes }, [m.bytes.buffer]), fail(m.id));
      return;
    }
    entry.queue = entry.queue
      .then(() => entry.sink.finish())
      .then((result) => {
        open.delete(m.id);
        // The compressed chunks go back transferred (each buffer once, though chunks may share one).
        const buffers = typeof result === 'string' ? [] : [...new Set(result.data.map((c) => c.buffer as ArrayBuffer))];
        post({ type: 'result', id: m.id, result }, buffers);
      }, fail(m.id));
  };
}
