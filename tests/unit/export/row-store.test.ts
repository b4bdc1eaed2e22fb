import { describe, expect, it } from 'vitest';
import { RowStore } from '../../../renderer/src/core/export/row-store';

describe('the compact store of Data rows gives every cell back exactly as it went in', () => {
  it('empty cells, codes, −99, fractions, large numbers, −0, NaN, dates and texts', () => {
    const store = new RowStore(10, [true, false, false, false, false, false, false, false, false, false]);
    const created = new Date(Date.UTC(2026, 10, 26, 22, 10, 5, 123));
    store.push(['yes', 'Plejecenter Solsikken', null, 1, 0, -99, 14.285714285714286, 2_147_483_648, created, -32_768]);
    store.push(['yes', 'Plejecenter Solsikken', 32_767, 32_768, -32_769, -0, Number.NaN, null, null, 'no']);
    expect(store.length).toBe(2);
    expect(store.row(0)).toEqual(['yes', 'Plejecenter Solsikken', null, 1, 0, -99, 14.285714285714286, 2_147_483_648, created, -32_768]);
    const second = store.row(1);
    expect(second.slice(0, 5)).toEqual(['yes', 'Plejecenter Solsikken', 32_767, 32_768, -32_769]);
    expect(Object.is(second[5], -0)).toBe(true);
    expect(Number.isNaN(second[6])).toBe(true);
    expect(second.slice(7)).toEqual([null, null, 'no']);
    expect(store.cell(0, 8)).toBeInstanceOf(Date);
    expect((store.cell(0, 8) as Date).getTime()).toBe(created.getTime());
  });

  it('texts past the first 32,768 distinct ones, and rows past the first block of 1,024', () => {
    const store = new RowStore(2, [false, true]);
    for (let i = 0; i < 40_000; i++) store.push([`note ${i}`, i % 2 === 0 ? 'even' : 'odd']);
    expect(store.row(0)).toEqual(['note 0', 'even']);
    expect(store.row(32_767)).toEqual(['note 32767', 'odd']);
    expect(store.row(39_999)).toEqual(['note 39999', 'odd']);
  });

  it('a weight set after the rows were stored replaces the empty cell, and can be emptied again', () => {
    const store = new RowStore(3, [false, false, false]);
    store.push(['A1', 4, null]);
    store.push(['A2', 5, null]);
    store.setNumber(1, 2, 12.5);
    store.setNumber(0, 2, 0.75);
    expect(store.row(0)).toEqual(['A1', 4, 0.75]);
    expect(store.row(1)).toEqual(['A2', 5, 12.5]);
    store.setNumber(1, 2, null);
    expect(store.row(1)).toEqual(['A2', 5, null]);
    expect(() => store.setNumber(2, 0, 1)).toThrow(RangeError);
  });
});
