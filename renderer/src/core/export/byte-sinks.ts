/**
 * Where the workbook's bytes go to be compressed (each ZIP entry) and hashed (the data checksum).
 * By default both run on the calling thread; the export Worker hands in sinks that run in a helper
 * Worker instead, so deflate and SHA-256 use the second core while the rows are turned into XML.
 * Bytes written to a sink are handed over: the caller must not touch them afterwards (they may be
 * transferred to another thread).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export interface ByteSink<R> {
  write(bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  finish(): Promise<R>;
  /**
   * A buffer of `size` bytes that was written earlier and is done with, to write the next chunk
   * into, or undefined (then allocate one). Why: a fresh 1 MB chunk per write left the helper
   * Worker, which allocates almost no JS and so seldom collects garbage, holding ~130 MB of dead
   * chunks at 100,000 responses (`npm run bench`); recycled, a sink's chunks are a handful.
   */
  spare?(size: number): Uint8Array<ArrayBuffer> | undefined;
}

/**
 * Frees the memory behind `bytes` now rather than at the next garbage collection, by detaching its
 * buffer (`ArrayBuffer.prototype.transfer(0)`; a no-op where the runtime lacks it). Only for bytes
 * nothing else holds (a file's compressed parts once copied into the file). Not for the stream of
 * sheet chunks: detaching ~1 MB chunks one by one made the renderer's resident memory grow, not
 * shrink (`npm run bench`); those are recycled instead.
 */
export function releaseBytes(bytes: Uint8Array): void {
  const buffer = bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer; detached?: boolean };
  if (buffer instanceof ArrayBuffer && buffer.detached !== true) buffer.transfer?.(0);
}

/** A raw DEFLATE stream (as ZIP stores it) and the CRC-32 and length of what went in. */
export interface DeflateResult {
  crc: number;
  size: number;
  data: Uint8Array[];
}

export interface ByteSinks {
  deflate(): ByteSink<DeflateResult>;
  sha256(): ByteSink<string>;
}

const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

/** The last `n` bytes of a list of chunks. */
function tail(chunks: readonly Uint8Array[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  let need = n;
  for (let i = chunks.length - 1; i >= 0 && need > 0; i--) {
    const chunk = chunks[i] as Uint8Array;
    const take = Math.min(need, chunk.length);
    out.set(chunk.subarray(chunk.length - take), need - take);
    need -= take;
  }
  return out;
}

/**
 * DEFLATE by the platform's native `CompressionStream`. Why gzip and not deflate-raw: a gzip stream
 * is a raw DEFLATE stream between a 10-byte header and a trailer holding the CRC-32 and length of
 * the input, so the native code computes the CRC-32 that ZIP needs too; header and trailer are cut.
 */
export function gzipSink(): ByteSink<DeflateResult> {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const collected = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      chunks.push(value);
    }
  })();
  return {
    async write(bytes) {
      if (bytes.length === 0) return;
      size += bytes.length;
      await writer.ready;
      // Awaited: once written, the chunk has been read and may be handed back (`spare`). A failure
      // surfaces again in finish().
      await writer.write(bytes).catch(() => undefined);
    },
    async finish() {
      await writer.close();
      await collected;
      const first = chunks[0];
      if (!first || first.length < GZIP_HEADER || first[0] !== 0x1f || first[1] !== 0x8b || first[3] !== 0) {
        throw new Error('Unexpected gzip header from CompressionStream.');
      }
      const crc = new DataView(tail(chunks, GZIP_TRAILER).buffer).getUint32(0, true);
      const data: Uint8Array[] = [];
      let skip = GZIP_HEADER;
      let keep = chunks.reduce((n, c) => n + c.length, 0) - GZIP_HEADER - GZIP_TRAILER;
      for (const chunk of chunks) {
        const start = Math.min(skip, chunk.length);
        skip -= start;
        const end = Math.min(chunk.length, start + keep);
        if (end > start) data.push(chunk.subarray(start, end));
        keep -= end - start;
      }
      return { crc, size, data };
    },
  };
}

/**
 * SHA-256 fed chunk by chunk (@noble/hashes' incremental hash): WebCrypto's `digest` only hashes one
 * whole buffer, so the data checksum would need every row's text in memory at once.
 */
export function sha256Sink(): ByteSink<string> {
  const hash = sha256.create();
  return {
    async write(bytes) {
      hash.update(bytes);
    },
    async finish() {
      return bytesToHex(hash.digest());
    },
  };
}

/** Both on the calling thread. */
export const IN_THREAD_SINKS: ByteSinks = { deflate: gzipSink, sha256: sha256Sink };
