/**
 * Byte sinks that run in the helper Worker: chunks are transferred (not copied), at most a few in
 * flight per sink, so memory stays bounded however fast the rows are produced; each comes back
 * once read and is handed out again (`spare`), so the chunks are a handful, not one per megabyte.
 */
import type { ByteSink, ByteSinks, DeflateResult } from '../../core/export/byte-sinks';
import type { FromHelper, SinkKind, ToHelper } from './helper-protocol';

/** Chunks (of about 1 MB) a sink may have queued in the helper before `write` waits. */
const MAX_IN_FLIGHT = 4;
/** Chunks kept for reuse once the helper handed them back (more are left to the garbage collector). */
const MAX_SPARE = 2 * (MAX_IN_FLIGHT + 1);

export interface HelperWorkerLike {
  postMessage(message: ToHelper, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromHelper>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface OpenSink {
  inFlight: number;
  waiters: (() => void)[];
  done?: { resolve(result: DeflateResult | string): void; reject(e: Error): void };
  failure?: Error;
}

export function helperSinks(worker: HelperWorkerLike): ByteSinks {
  const sinks = new Map<number, OpenSink>();
  const spares: ArrayBuffer[] = [];
  /** Sizes asked for (the writer's chunk size): other buffers (the checksum's batches) are not kept. */
  const wanted = new Set<number>();
  let nextId = 1;
  const failAll = (e: Error) => {
    for (const s of sinks.values()) {
      s.failure = e;
      s.done?.reject(e);
      for (const wake of s.waiters.splice(0)) wake();
    }
  };
  worker.onerror = (event) => failAll(new Error(event.message || 'The export helper failed.'));
  worker.onmessage = ({ data: m }) => {
    const s = sinks.get(m.id);
    if (!s) return;
    if (m.type === 'ack') {
      if (spares.length < MAX_SPARE && wanted.has(m.bytes.buffer.byteLength)) spares.push(m.bytes.buffer);
      s.inFlight--;
      s.waiters.shift()?.();
    } else if (m.type === 'result') {
      sinks.delete(m.id);
      s.done?.resolve(m.result);
    } else {
      s.failure = new Error(m.message);
      s.done?.reject(s.failure);
      for (const wake of s.waiters.splice(0)) wake();
    }
  };

  function open<R extends DeflateResult | string>(kind: SinkKind): ByteSink<R> {
    const id = nextId++;
    const s: OpenSink = { inFlight: 0, waiters: [] };
    sinks.set(id, s);
    worker.postMessage({ type: 'open', id, kind }, []);
    return {
      async write(bytes) {
        while (s.inFlight >= MAX_IN_FLIGHT && !s.failure) await new Promise<void>((wake) => s.waiters.push(wake));
        if (s.failure) throw s.failure;
        s.inFlight++;
        worker.postMessage({ type: 'data', id, bytes }, [bytes.buffer]);
      },
      spare(size) {
        wanted.add(size);
        const i = spares.findIndex((b) => b.byteLength === size);
        return i < 0 ? undefined : new Uint8Array(spares.splice(i, 1)[0] as ArrayBuffer);
      },
      finish() {
        return new Promise<R>((resolve, reject) => {
          if (s.failure) return reject(s.failure);
          s.done = { resolve: resolve as (r: DeflateResult | string) => void, reject };
          worker.postMessage({ type: 'finish', id }, []);
        });
      },
    };
  }

  return { deflate: () => open<DeflateResult>('deflate'), sha256: () => open<string>('sha256') };
}
