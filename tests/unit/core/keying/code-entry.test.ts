import { describe, expect, it } from 'vitest';
import { codeWidth, endCode, NO_CODE, optionCodes, typeDigit, type CodeEntry } from '../../../../renderer/src/core/keying/code-entry';

const positions = (n: number) => optionCodes(Array.from({ length: n }, (_, i) => `opt${i}`));

/** Types the digits one by one; returns every step's kind and the last step. */
function typeAll(codes: readonly string[], digits: string) {
  let entry: CodeEntry = NO_CODE;
  const kinds: string[] = [];
  let last = null as ReturnType<typeof typeDigit> | null;
  for (const d of digits) {
    last = typeDigit(codes, entry, d);
    kinds.push(last.kind);
    entry = last.next;
  }
  return { kinds, last, entry };
}

describe('keying an option code', () => {
  it('every option has a code: its position, or the list’s own numeric codes', () => {
    expect(positions(3)).toEqual(['1', '2', '3']);
    expect(positions(12).slice(8)).toEqual(['9', '10', '11', '12']);
    expect(optionCodes(['1', '2', '9', '99'])).toEqual(['1', '2', '9', '99']);
    // A leading zero, a code twice or a non-number: positions instead.
    expect(optionCodes(['01', '02'])).toEqual(['1', '2']);
    expect(optionCodes(['5', '5'])).toEqual(['1', '2']);
    expect(optionCodes(['yes', 'no', 'dk'])).toEqual(['1', '2', '3']);
    expect(codeWidth(positions(9))).toBe(1);
    expect(codeWidth(positions(11))).toBe(2);
  });

  it('in a list of up to nine, one digit is a complete code: chosen at once', () => {
    const { last } = typeAll(positions(4), '3');
    expect(last).toEqual({ kind: 'chosen', next: NO_CODE, index: 2, code: '3', complete: true });
  });

  it('in a list of twelve, "1" waits; "1" then "1" is the eleventh option, complete', () => {
    const codes = positions(12);
    const first = typeDigit(codes, NO_CODE, '1');
    expect(first).toEqual({ kind: 'pending', next: { typed: '1' }, typed: '1', match: 0 });
    const second = typeDigit(codes, first.next, '1');
    expect(second).toEqual({ kind: 'chosen', next: NO_CODE, index: 10, code: '11', complete: true });
  });

  it('"1" and a pause is the first option, but not complete: it never moves the typist on by itself', () => {
    const codes = positions(12);
    const first = typeDigit(codes, NO_CODE, '1');
    expect(endCode(codes, first.next)).toEqual({ kind: 'chosen', next: NO_CODE, index: 0, code: '1', complete: false });
    expect(endCode(codes, NO_CODE)).toBeNull();
  });

  it('digits that no code begins with change nothing and say so', () => {
    expect(typeAll(positions(11), '15')).toMatchObject({ kinds: ['pending', 'invalid'], last: { typed: '15' }, entry: NO_CODE });
    expect(typeAll(positions(4), '7').last).toEqual({ kind: 'invalid', next: NO_CODE, typed: '7' });
    expect(typeAll(positions(11), '0').last).toEqual({ kind: 'invalid', next: NO_CODE, typed: '0' });
  });

  it('a code that is not the start of a longer one is complete even in a long list ("2" among twelve)', () => {
    expect(typeAll(positions(12), '2').last).toMatchObject({ kind: 'chosen', index: 1, complete: true });
    expect(typeAll(positions(12), '12').last).toMatchObject({ kind: 'chosen', index: 11, complete: true });
  });

  it('the list’s own codes: "9" waits when "99" exists, "99" is complete, and a pause on "9" picks it', () => {
    const codes = optionCodes(['1', '2', '9', '99']);
    const nine = typeDigit(codes, NO_CODE, '9');
    expect(nine).toMatchObject({ kind: 'pending', match: 2 });
    expect(typeDigit(codes, nine.next, '9')).toMatchObject({ kind: 'chosen', index: 3, code: '99', complete: true });
    expect(endCode(codes, nine.next)).toMatchObject({ kind: 'chosen', index: 2, complete: false });
  });

  it('a pending start with no option of its own (codes 10–12 only) is refused after a pause', () => {
    const codes = optionCodes(['10', '11', '12']);
    const one = typeDigit(codes, NO_CODE, '1');
    expect(one).toMatchObject({ kind: 'pending', match: null });
    expect(endCode(codes, one.next)).toEqual({ kind: 'invalid', next: NO_CODE, typed: '1' });
  });
});
