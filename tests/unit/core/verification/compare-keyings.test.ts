import { describe, expect, it } from 'vitest';
import { compareKeyings } from '../../../../renderer/src/core/verification/compare-keyings';
import { sameKeyedValue } from '../../../../renderer/src/core/verification/same-value';
import { compile, integer, multi, section, single, text } from '../form-builder';

const q = compile({
  lists: { yesno: ['yes', 'no'], partner: ['citizens', 'companies', 'none'] },
  sections: [
    section('A', [text('name'), integer('staff')]),
    section('B', [single('innov', 'yesno'), multi('partners', 'partner', { relevant: "${innov} = 'yes'" })]),
  ],
});

describe('comparing two keyings of one form', () => {
  it('two identical keyings are verified: every asked field compared, none differs', () => {
    const keyed = { name: 'Skolen', staff: 40, innov: 'yes', partners: ['citizens', 'companies'] };
    const result = compareKeyings(q, keyed, { ...keyed, partners: ['companies', 'citizens'], name: ' Skolen ' });
    expect(result.fields.map((f) => f.variable)).toEqual(['name', 'staff', 'innov', 'partners']);
    expect(result.differences).toEqual([]);
    expect(result.verified).toBe(true);
  });

  it('two seeded mismatches are found, named, with both values', () => {
    const first = { name: 'Skolen', staff: 40, innov: 'yes', partners: ['citizens'] };
    const second = { name: 'Skolen', staff: 48, innov: 'yes', partners: ['companies'] };
    const result = compareKeyings(q, first, second);
    expect(result.differences).toEqual([
      { variable: 'staff', first: 40, second: 48, outcome: 'differs' },
      { variable: 'partners', first: ['citizens'], second: ['companies'], outcome: 'differs' },
    ]);
    expect(result.verified).toBe(false);
  });

  it('a field keyed in one keying only, and a question skipped by the other keying’s routing', () => {
    const first = { name: 'Skolen', innov: 'yes', partners: ['none'] };
    const second = { name: 'Skolen', staff: 12, innov: 'no' };
    const result = compareKeyings(q, first, second);
    expect(result.fields).toHaveLength(4);
    expect(result.differences).toEqual([
      { variable: 'staff', first: undefined, second: 12, outcome: 'only-second' },
      { variable: 'innov', first: 'yes', second: 'no', outcome: 'differs' },
      { variable: 'partners', first: ['none'], second: undefined, outcome: 'only-first' },
    ]);
  });

  it('fields skipped in both keyings are not compared', () => {
    const result = compareKeyings(q, { innov: 'no' }, { innov: 'no' });
    expect(result.fields.map((f) => f.variable)).toEqual(['name', 'staff', 'innov']);
    expect(result.verified).toBe(true);
  });

  it('the same answer: spacing in text, tick order; not the same: a number and its text, a code and a tick list', () => {
    expect(sameKeyedValue('Digital  booking', 'Digital booking')).toBe(true);
    expect(sameKeyedValue(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameKeyedValue(undefined, undefined)).toBe(true);
    expect(sameKeyedValue(25, '25')).toBe(false);
    expect(sameKeyedValue('a', ['a'])).toBe(false);
    expect(sameKeyedValue(undefined, '')).toBe(false);
  });

  it('a read-only question is given by the questionnaire, not keyed: it is not compared', () => {
    const withGiven = compile({
      lists: { yesno: ['yes', 'no'] },
      sections: [section('A', [text('edition', { default: 'Barometer 2026', readOnly: true }), integer('staff')])],
    });
    const result = compareKeyings(withGiven, { edition: 'Barometer 2026', staff: 40 }, { staff: 40 });
    expect(result.fields.map((f) => f.variable)).toEqual(['staff']);
    expect(result.verified).toBe(true);
  });
});
