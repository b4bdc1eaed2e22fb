import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalCell, canonicalRow, RowChecksum } from '../../../renderer/src/core/export/row-checksum';
import { sha256Sink } from '../../../renderer/src/core/export/byte-sinks';

const nodeHex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('the SHA-256 sink (@noble/hashes, fed chunk by chunk)', () => {
  const hexOf = async (chunks: readonly Uint8Array[]) => {
    const sink = sha256Sink();
    for (const c of chunks) await sink.write(Uint8Array.from(c));
    return sink.finish();
  };

  it('gives the FIPS 180-4 test vectors', async () => {
    const utf8 = (s: string) => new TextEncoder().encode(s);
    expect(await hexOf([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await hexOf([utf8('abc')])).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await hexOf([utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')])).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto for every length around the block and padding edges', async () => {
    for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 7 + n) & 255);
      expect(await hexOf([data]), `length ${n}`).toBe(nodeHex(data));
    }
  });

  it('gives the same digest however the input is split', async () => {
    const data = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) & 255);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < data.length; ) {
      const step = 1 + ((i * 13) % 97);
      chunks.push(data.subarray(i, i + step));
      i += step;
    }
    expect(await hexOf(chunks)).toBe(nodeHex(data));
  });
});

describe('the canonical text of the data rows', () => {
  it('writes cells by the definition in About', () => {
    expect(canonicalCell(null)).toBe('');
    expect(canonicalCell(120)).toBe('120');
    expect(canonicalCell(-99)).toBe('-99');
    expect(canonicalCell(14.285714285714286)).toBe('14.285714285714286');
    expect(canonicalCell(new Date(2026, 2, 1, 9, 15, 30, 789))).toBe('2026-03-01 09:15:30');
    expect(canonicalCell("'=1+1")).toBe("'=1+1");
    expect(canonicalCell('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(canonicalRow(['a', null, 1])).toBe('a\t\t1\n');
  });

  it("hashes the UTF-8 bytes of the rows, LF after each", async () => {
    const rows = [['key', 'værdi'], ['K1', 'æøå'], ['K2', null]];
    const checksum = new RowChecksum();
    for (const row of rows) checksum.add(row);
    expect(await checksum.hex()).toBe(nodeHex('key\tværdi\nK1\tæøå\nK2\t\n'));
  });
});
