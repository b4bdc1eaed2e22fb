/** Messages between the export Worker and its helper Worker, which compresses and hashes on the second core. */
import type { DeflateResult } from '../../core/export/byte-sinks';

export type SinkKind = 'deflate' | 'sha256';

export type ToHelper =
  | { type: 'open'; id: number; kind: SinkKind }
  /** Bytes for sink `id`, transferred. */
  | { type: 'data'; id: number; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'finish'; id: number };

export type FromHelper =
  /** One `data` message of sink `id` is done with (flow control); its chunk handed back, transferred, to be written into again. */
  | { type: 'ack'; id: number; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'result'; id: number; result: DeflateResult | string }
  | { type: 'error'; id: number; message: string };
