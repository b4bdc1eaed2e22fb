/**
 * AAPOR rates per stratum from case dispositions, against figures worked out by hand, and a case's
 * disposition from its attempts and the responses started from it.
 */
import { describe, expect, it } from 'vitest';
import { caseDisposition, DISPOSITIONS, RECORDABLE, type Disposition } from '../../../renderer/src/core/fieldwork/dispositions';
import { ratesBy, ratesOf, type RateCase } from '../../../renderer/src/core/fieldwork/response-rates';

const cases = (spec: Partial<Record<Disposition, number>>, attempted = true): RateCase[] =>
  Object.entries(spec).flatMap(([d, n]) =>
    Array.from({ length: n ?? 0 }, () => ({ disposition: d as Disposition, assigned: true, attempted: attempted && d !== 'not-attempted' })),
  );

describe('AAPOR response rates', () => {
  it('a stratum of 20: 6 complete, 2 partial, 3 refusals, 2 not reached, 1 other, 2 unknown, 2 not attempted, 2 ineligible', () => {
    const row = ratesOf('s', cases({ complete: 6, partial: 2, refusal: 3, 'non-contact': 2, other: 1, unknown: 2, 'not-attempted': 2, closed: 1, 'out-of-scope': 1 }));
    // I=6 P=2 R=3 NC=2 O=1 U=4 NE=2; eligible = 14; all but NE = 18.
    expect(row.counts).toEqual({ I: 6, P: 2, R: 3, NC: 2, O: 1, U: 4, NE: 2 });
    expect(row.sampled).toBe(20);
    expect(row.attempted).toBe(18);
    expect(row.RR1).toBeCloseTo(6 / 18, 12); // 0.3333
    expect(row.RR2).toBeCloseTo(8 / 18, 12); // 0.4444
    expect(row.e).toBeCloseTo(14 / 16, 12); // 0.875
    expect(row.RR3).toBeCloseTo(6 / (14 + 0.875 * 4), 12); // 6 / 17.5 = 0.342857
    expect(row.COOP1).toBeCloseTo(6 / 12, 12); // (I+P)+R+O = 12
    expect(row.REF1).toBeCloseTo(3 / 18, 12);
    expect(row.CON1).toBeCloseTo(12 / 18, 12); // 12 / (12 + 2 + 4)
  });

  it('the 2021-23 barometer: 1,611 of 4,494 completed is RR1 = 35.8 % when nothing else is known', () => {
    const row = ratesOf('total', cases({ complete: 1611, 'not-attempted': 4494 - 1611 }, false));
    expect(row.RR1).toBeCloseTo(1611 / 4494, 12);
    expect(Math.round((row.RR1 ?? 0) * 1000) / 10).toBe(35.8);
    // No case of known ineligibility: e = 1, so RR3 = RR1.
    expect(row.e).toBe(1);
    expect(row.RR3).toBeCloseTo(row.RR1 ?? 0, 12);
  });

  it('ineligible cases leave every denominator; a group with only ineligible cases has no rates', () => {
    const row = ratesOf('s', cases({ merged: 3 }));
    expect([row.RR1, row.RR2, row.RR3, row.COOP1, row.REF1, row.CON1]).toEqual([null, null, null, null, null, null]);
    expect(row.e).toBe(0);
  });

  it('per stratum in first-met order, then the total over all of them', () => {
    const list = [
      { stratum: 'b', ...cases({ complete: 1 })[0]! },
      { stratum: 'a', ...cases({ refusal: 1 })[0]! },
      { stratum: 'b', ...cases({ 'not-attempted': 1 })[0]!, assigned: false },
    ];
    const rows = ratesBy(list, (c) => c.stratum);
    expect(rows.map((r) => [r.key, r.sampled, r.assigned, r.RR1])).toEqual([
      ['b', 2, 1, 0.5],
      ['a', 1, 1, 0],
      ['total', 3, 2, 1 / 3],
    ]);
  });
});

describe("a case's disposition", () => {
  it('is not attempted with no attempt and no response', () => {
    expect(caseDisposition([], [])).toBe('not-attempted');
  });
  it('is the latest attempt’s outcome', () => {
    const attempts = [
      { at: '2025-03-02T10:00:00.000Z', outcome: 'refusal' as const },
      { at: '2025-03-01T10:00:00.000Z', outcome: 'non-contact' as const },
    ];
    expect(caseDisposition(attempts, [])).toBe('refusal');
  });
  it('is partial while a response started from it is being keyed, complete once it is completed or approved', () => {
    expect(caseDisposition([], ['draft'])).toBe('partial');
    expect(caseDisposition([{ at: '2025-03-01T10:00:00.000Z', outcome: 'non-contact' }], ['completed'])).toBe('complete');
    expect(caseDisposition([], ['rejected', 'approved'])).toBe('complete');
  });
  it('has one key per recordable outcome, and AAPOR codes in their four groups', () => {
    const keys = RECORDABLE.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(DISPOSITIONS.map((d) => d.aapor[0])).toEqual(['1', '1', '2', '2', '2', '3', '4', '4', '4', '3']);
  });
});
