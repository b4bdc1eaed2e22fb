import { describe, expect, it } from 'vitest';
import {
  EXCEL_MAX_CELL_CHARS,
  neutraliseFormula,
  safeCellText,
  truncateCellText,
  unneutraliseCode,
  wellFormed,
} from '../../../renderer/src/core/export/neutralise-formula';

describe('neutraliseFormula', () => {
  it.each([
    ['=', '=1+1'],
    ['+', '+45 12 34 56 78'],
    ['-', '-2+3+cmd|\' /C calc\'!A0'],
    ['@', '@SUM(A1:A2)'],
    ['tab', '\t=1+1'],
    ['CR', '\r=1+1'],
  ])('prefixes an apostrophe to a text starting with %s', (_name, text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves other texts alone', () => {
    for (const text of ['', 'Ældreplejen', ' =1', "'quoted", '1=1', 'a-b', '\n=1']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });
});

describe('truncateCellText / safeCellText', () => {
  it('keeps a text that fits', () => {
    const text = 'ø'.repeat(EXCEL_MAX_CELL_CHARS);
    expect(truncateCellText(text)).toBe(text);
    expect(safeCellText(text)).toEqual({ text });
  });

  it('cuts a longer text to the limit and reports its length before cutting', () => {
    const result = safeCellText('x'.repeat(40_000));
    expect(result.text).toHaveLength(EXCEL_MAX_CELL_CHARS);
    expect(result.truncatedFrom).toBe(40_000);
  });

  it('never splits a surrogate pair', () => {
    const text = 'a'.repeat(EXCEL_MAX_CELL_CHARS - 1) + '😀😀';
    const cut = truncateCellText(text);
    expect(cut).toBe('a'.repeat(EXCEL_MAX_CELL_CHARS - 1));
  });

  it('neutralises before cutting, so the result still fits', () => {
    const text = '=' + 'x'.repeat(EXCEL_MAX_CELL_CHARS - 1); // exactly the limit, one more with the guard
    const result = safeCellText(text);
    expect(result.text.startsWith("'=")).toBe(true);
    expect(result.text).toHaveLength(EXCEL_MAX_CELL_CHARS);
    expect(result.truncatedFrom).toBe(EXCEL_MAX_CELL_CHARS);
  });
});

describe('wellFormed and unneutraliseCode', () => {
  it('replaces an unpaired surrogate, as UTF-8 would, and keeps a pair (an emoji) whole', () => {
    expect(wellFormed('a\uD800b')).toBe('a\uFFFDb');
    expect(wellFormed('a\uDC00')).toBe('a\uFFFD');
    expect(wellFormed('😀 æøå')).toBe('😀 æøå');
    expect(safeCellText('=\uD83D').text).toBe("'=\uFFFD");
  });

  it('reads a neutralised code back as the code, and leaves other texts alone', () => {
    expect(unneutraliseCode(neutraliseFormula('-1'))).toBe('-1');
    expect(unneutraliseCode('yes')).toBe('yes');
    expect(unneutraliseCode("'quoted")).toBe("'quoted");
  });
});
