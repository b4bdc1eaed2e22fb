/**
 * SHA-256 of a chunk of canonical texts for "Verify integrity", by WebCrypto. The reader hands over
 * the texts of one chunk as UTF-8 in one buffer (`ends[i]`: where text i ends), so the chunk moves
 * between Workers as one transfer, and gets back every digest, hex, in one string (64 characters
 * each), to compare with the hashes the entries carry.
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The digests of one chunk, and the time the hashing took (ms, from the texts to the last digest). */
export interface ChunkDigests {
  hex: string;
  ms: number;
}

/** Works out a chunk's digests: here on this thread's WebCrypto, or in the hashing Worker. */
export interface Hasher {
  digests(texts: Uint8Array<ArrayBuffer>, ends: Uint32Array<ArrayBuffer>): Promise<ChunkDigests>;
  close(): void;
}

export async function webCryptoDigests(texts: Uint8Array<ArrayBuffer>, ends: Uint32Array<ArrayBuffer>): Promise<ChunkDigests> {
  const started = performance.now();
  const pending: Promise<ArrayBuffer>[] = new Array<Promise<ArrayBuffer>>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    pending[i] = crypto.subtle.digest('SHA-256', texts.subarray(start, end));
    start = end;
  }
  const digests = await Promise.all(pending);
  let hex = '';
  for (const digest of digests) {
    const bytes = new Uint8Array(digest);
    for (let i = 0; i < 32; i++) hex += HEX[bytes[i] as number];
  }
  return { hex, ms: performance.now() - started };
}

/** Hashing on the calling thread (where Workers do not exist: tests in Node). */
export const hashHere: Hasher = { digests: webCryptoDigests, close: () => undefined };

/** A chunk sent to the hashing Worker, and its answer. */
export interface HashRequest {
  id: number;
  texts: Uint8Array<ArrayBuffer>;
  ends: Uint32Array<ArrayBuffer>;
}
export type HashReply = { id: number; ok: true; digests: ChunkDigests } | { id: number; ok: false; error: string };

/** Hashing in another Worker, reached through `port` (its end of a MessageChannel). */
export function hashThrough(port: MessagePort): Hasher {
  let next = 0;
  const waiting = new Map<number, { resolve: (d: ChunkDigests) => void; reject: (e: Error) => void }>();
  port.onmessage = (event: MessageEvent<HashReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) w?.resolve(reply.digests);
    else w?.reject(new Error(reply.error));
  };
  return {
    digests(texts, ends) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        port.postMessage({ id, texts, ends } satisfies HashRequest, [texts.buffer, ends.buffer]);
      });
    },
    close: () => port.close(),
  };
}

/** The hashing Worker's side: answers every chunk that comes through `port`. */
export function serveHashes(port: MessagePort): void {
  port.onmessage = (event: MessageEvent<HashRequest>) => {
    const { id, texts, ends } = event.data;
    webCryptoDigests(texts, ends).then(
      (digests) => port.postMessage({ id, ok: true, digests } satisfies HashReply),
      (error: unknown) => port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies HashReply),
    );
  };
}
