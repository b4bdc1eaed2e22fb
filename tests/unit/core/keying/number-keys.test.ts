import { describe, expect, it } from 'vitest';
import { acceptsNumberText, fullLength, isFull } from '../../../../renderer/src/core/keying/number-keys';

describe('what a number field lets the typist type', () => {
  it('an integer of at least 3 takes digits and spaces, never letters or a sign', () => {
    const employees = { kind: 'integer' as const, min: 3 };
    expect(acceptsNumberText(employees, '25')).toBe(true);
    expect(acceptsNumberText(employees, '1 250')).toBe(true);
    expect(acceptsNumberText(employees, '')).toBe(true);
    expect(acceptsNumberText(employees, '25a')).toBe(false);
    expect(acceptsNumberText(employees, 'abc')).toBe(false);
    expect(acceptsNumberText(employees, '-3')).toBe(false);
    expect(acceptsNumberText(employees, '2,5')).toBe(false);
  });

  it('a decimal takes one comma or point; a sign only where the range allows negatives', () => {
    expect(acceptsNumberText({ kind: 'decimal' }, '-2,5')).toBe(true);
    expect(acceptsNumberText({ kind: 'decimal' }, '2.')).toBe(true);
    expect(acceptsNumberText({ kind: 'decimal' }, '2,5,1')).toBe(false);
    expect(acceptsNumberText({ kind: 'decimal', min: 0 }, '-1')).toBe(false);
    expect(acceptsNumberText({ kind: 'integer', min: -10 }, '-')).toBe(true);
  });

  it('a year takes digits only and is full after four', () => {
    const year = { kind: 'year' as const, min: 2000, max: 2035 };
    expect(acceptsNumberText(year, '201')).toBe(true);
    expect(acceptsNumberText(year, '20 1')).toBe(false);
    expect(acceptsNumberText(year, '2o15')).toBe(false);
    expect(fullLength(year)).toBe(4);
    expect(isFull(year, '201')).toBe(false);
    expect(isFull(year, '2015')).toBe(true);
  });

  it('an integer is full at its maximum’s number of digits; without a maximum, never', () => {
    expect(fullLength({ kind: 'integer', max: 99 })).toBe(2);
    expect(isFull({ kind: 'integer', max: 99 }, '9')).toBe(false);
    expect(isFull({ kind: 'integer', max: 99 }, '42')).toBe(true);
    expect(fullLength({ kind: 'integer', min: 3 })).toBeNull();
    expect(isFull({ kind: 'integer', min: 3 }, '123456')).toBe(false);
    expect(fullLength({ kind: 'decimal', max: 10 })).toBeNull();
  });
});
