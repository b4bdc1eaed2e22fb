/**
 * A ZIP container (the outside of an .xlsx) written entry by entry, each entry DEFLATE-compressed by
 * a `ByteSink` (native `CompressionStream`, on this thread or in a helper Worker).
 *
 * The compressed chunks are this writer's own (a sink hands them over): `finish` frees each once copied.
 * Each entry's compressed bytes are held until it closes (ZIP wants sizes and CRC before the data
 * unless data descriptors are used); the uncompressed text never is. No ZIP64: an entry or a file
 * over 4 GiB is refused.
 */
import { IN_THREAD_SINKS, releaseBytes, type ByteSink, type ByteSinks, type DeflateResult } from './byte-sinks';

const MAX_ZIP32 = 0xffff_ffff;

interface CentralEntry {
  name: Uint8Array;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** One entry being written: `write` its bytes (handed over), then `close` it. */
export class ZipEntry {
  private size = 0;

  constructor(
    private readonly zip: ZipWriter,
    private readonly name: string,
    private readonly sink: ByteSink<DeflateResult>,
  ) {}

  async write(bytes: Uint8Array<ArrayBuffer>): Promise<void> {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.size > MAX_ZIP32) throw new Error(`"${this.name}" would be over 4 GiB uncompressed; the .xlsx format cannot hold it.`);
    await this.sink.write(bytes);
  }

  /** A buffer of `size` bytes to write the next chunk into, done with by the compressor, if any. */
  spare(size: number): Uint8Array<ArrayBuffer> | undefined {
    return this.sink.spare?.(size);
  }

  async close(): Promise<void> {
    const { crc, size, data } = await this.sink.finish();
    if (size !== this.size) throw new Error(`"${this.name}": ${this.size} bytes written, ${size} compressed.`);
    this.zip.commit(this.name, crc, size, data);
  }
}

/** Writes ZIP entries one after another and assembles the file. */
export class ZipWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly entries: CentralEntry[] = [];
  private readonly encoder = new TextEncoder();
  private readonly stamp: { time: number; date: number };
  private offset = 0;
  private open = false;

  constructor(
    modified: Date,
    private readonly sinks: Pick<ByteSinks, 'deflate'> = IN_THREAD_SINKS,
  ) {
    this.stamp = dosDateTime(modified);
  }

  /** Starts an entry; close it before starting the next. */
  entry(name: string): ZipEntry {
    if (this.open) throw new Error('ZipWriter: close the previous entry first.');
    this.open = true;
    return new ZipEntry(this, name, this.sinks.deflate());
  }

  /** Compresses and adds a whole entry at once. */
  async add(name: string, content: string | Uint8Array<ArrayBuffer>): Promise<void> {
    const entry = this.entry(name);
    await entry.write(typeof content === 'string' ? this.encoder.encode(content) : content);
    await entry.close();
  }

  /** @internal called by `ZipEntry.close`. */
  commit(name: string, crc: number, size: number, data: readonly Uint8Array[]): void {
    const nameBytes = this.encoder.encode(name);
    const compressed = data.reduce((n, c) => n + c.length, 0);
    const header = new Uint8Array(30 + nameBytes.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    v.setUint16(8, 8, true); // method: deflate
    v.setUint16(10, this.stamp.time, true);
    v.setUint16(12, this.stamp.date, true);
    v.setUint32(14, crc, true);
    v.setUint32(18, compressed, true);
    v.setUint32(22, size, true);
    v.setUint16(26, nameBytes.length, true);
    header.set(nameBytes, 30);
    this.entries.push({ name: nameBytes, crc, compressed, size, offset: this.offset });
    this.push(header);
    for (const chunk of data) this.push(chunk);
    this.open = false;
  }

  /** The whole file: entries, central directory, end record. */
  finish(): Uint8Array {
    const start = this.offset;
    for (const e of this.entries) {
      const record = new Uint8Array(46 + e.name.length);
      const v = new DataView(record.buffer);
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(10, 8, true);
      v.setUint16(12, this.stamp.time, true);
      v.setUint16(14, this.stamp.date, true);
      v.setUint32(16, e.crc, true);
      v.setUint32(20, e.compressed, true);
      v.setUint32(24, e.size, true);
      v.setUint16(28, e.name.length, true);
      v.setUint32(42, e.offset, true);
      record.set(e.name, 46);
      this.push(record);
    }
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, this.entries.length, true);
    v.setUint16(10, this.entries.length, true);
    v.setUint32(12, this.offset - start, true);
    v.setUint32(16, start, true);
    this.push(end);
    // Each part's buffer is freed once its last part is copied, so the file and its compressed
    // parts are not both held whole (the file's pages are only touched as they are filled).
    const lastUse = new Map<ArrayBufferLike, number>();
    this.parts.forEach((part, i) => lastUse.set(part.buffer, i));
    const out = new Uint8Array(this.offset);
    let at = 0;
    this.parts.forEach((part, i) => {
      out.set(part, at);
      at += part.length;
      if (lastUse.get(part.buffer) === i) releaseBytes(part);
    });
    this.parts.length = 0;
    return out;
  }

  private push(bytes: Uint8Array): void {
    if (this.offset + bytes.length > MAX_ZIP32) throw new Error('The workbook would be over 4 GiB; the .xlsx format cannot hold it.');
    this.parts.push(bytes);
    this.offset += bytes.length;
  }
}
