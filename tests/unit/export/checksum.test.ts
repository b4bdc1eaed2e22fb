import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalCell, canonicalRow, RowChecksum } from '../../../renderer/src/core/export/row-checksum';
import { Sha256 } from '../../../renderer/src/core/export/sha256';

const nodeHex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('Sha256', () => {
  it('agrees with node:crypto for every length around the block and padding edges', () => {
    for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 7 + n) & 255);
      expect(new Sha256().update(data).hex(), `length ${n}`).toBe(nodeHex(data));
    }
    expect(new Sha256().hex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the same digest however the input is split', () => {
    const data = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) & 255);
    const h = new Sha256();
    for (let i = 0; i < data.length; ) {
      const step = 1 + ((i * 13) % 97);
      h.update(data.subarray(i, i + step));
      i += step;
    }
    expect(h.hex()).toBe(nodeHex(data));
  });

  it('refuses input after the digest', () => {
    const h = new Sha256();
    h.hex();
    expect(() => h.update(new Uint8Array(1))).toThrow();
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
