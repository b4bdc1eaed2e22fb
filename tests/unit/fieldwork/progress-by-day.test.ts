/**
 * Progress by Copenhagen calendar day, against tables worked out by hand: midnight is Copenhagen's
 * (CET in winter, CEST in summer), days without work are kept, and a case counts once a day.
 */
import { describe, expect, it } from 'vitest';
import { completionTime, copenhagenDay, nextDay, progressByDay, type ProgressCase } from '../../../renderer/src/core/fieldwork/progress-by-day';

const none: ProgressCase = { attempts: [], responsesStarted: [], completedAt: null };

describe('Copenhagen calendar days', () => {
  it('a UTC instant falls on the day the clock in Copenhagen shows', () => {
    expect(copenhagenDay('2026-03-27T22:59:59Z')).toBe('2026-03-27'); // 23:59:59 CET
    expect(copenhagenDay('2026-03-27T23:00:00Z')).toBe('2026-03-28'); // 00:00 CET
    expect(copenhagenDay('2026-03-29T22:30:00Z')).toBe('2026-03-30'); // 00:30 CEST (summer time from 29 March)
    expect(copenhagenDay('2026-10-25T22:30:00Z')).toBe('2026-10-25'); // 23:30 CET (winter time from 25 October)
    expect(copenhagenDay('2026-12-31T23:15:00Z')).toBe('2027-01-01');
  });

  it('the next day is counted on the calendar, across month, year and the change to summer time', () => {
    expect(nextDay('2026-03-28')).toBe('2026-03-29');
    expect(nextDay('2026-03-29')).toBe('2026-03-30');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('progress by day', () => {
  it('no work yet: no days', () => {
    expect(progressByDay([])).toEqual([]);
    expect(progressByDay([none, none])).toEqual([]);
  });

  it('four cases over the weekend summer time begins', () => {
    const rows = progressByDay([
      // A: tried Friday morning and again just after midnight Saturday→Sunday (00:30 CET is Sunday).
      { attempts: ['2026-03-27T09:00:00Z', '2026-03-28T23:30:00Z'], responsesStarted: [], completedAt: null },
      // B: tried at 23:59:59 Friday; a response started at 00:00 Saturday; completed 00:30 CEST Monday.
      { attempts: ['2026-03-27T22:59:59Z'], responsesStarted: ['2026-03-27T23:00:00Z'], completedAt: '2026-03-29T22:30:00Z' },
      // C: never worked.
      none,
      // D: tried twice on Sunday, completed on the second.
      { attempts: ['2026-03-29T10:00:00Z', '2026-03-29T12:00:00Z'], responsesStarted: [], completedAt: '2026-03-29T12:00:00Z' },
    ]);
    expect(rows).toEqual([
      { day: '2026-03-27', attempts: 2, attempted: 2, firstAttempted: 2, completed: 0, attemptedSoFar: 2, completedSoFar: 0 },
      { day: '2026-03-28', attempts: 0, attempted: 1, firstAttempted: 0, completed: 0, attemptedSoFar: 2, completedSoFar: 0 },
      { day: '2026-03-29', attempts: 3, attempted: 2, firstAttempted: 1, completed: 1, attemptedSoFar: 3, completedSoFar: 1 },
      { day: '2026-03-30', attempts: 0, attempted: 0, firstAttempted: 0, completed: 1, attemptedSoFar: 3, completedSoFar: 2 },
    ]);
  });

  it('instants of one UTC hour share a day; one written with an offset is read as the instant it is', () => {
    const rows = progressByDay([
      { attempts: ['2026-03-28T22:59:59.999Z', '2026-03-28T23:00:00Z', '2026-03-28T23:59:59Z', '2026-03-29T00:30:00+01:00'], responsesStarted: [], completedAt: null },
    ]);
    // 23:59:59.999 CET is the 28th; 00:00 and 00:59:59 CET the 29th; 00:30+01:00 is 23:30Z on the 28th → 00:30 CET on the 29th.
    expect(rows.map((r) => [r.day, r.attempts])).toEqual([['2026-03-28', 1], ['2026-03-29', 3]]);
  });

  it('days without work between the first and the last are listed with zeros', () => {
    const rows = progressByDay([
      { attempts: ['2026-10-22T08:00:00Z'], responsesStarted: [], completedAt: null },
      // 23:30 CET on the 25th (winter time since that night), then 00:00 CET on the 26th.
      { attempts: ['2026-10-25T22:30:00Z', '2026-10-25T23:00:00Z'], responsesStarted: [], completedAt: null },
    ]);
    expect(rows.map((r) => [r.day, r.attempts, r.attempted, r.firstAttempted, r.attemptedSoFar])).toEqual([
      ['2026-10-22', 1, 1, 1, 1],
      ['2026-10-23', 0, 0, 0, 1],
      ['2026-10-24', 0, 0, 0, 1],
      ['2026-10-25', 1, 1, 1, 2],
      ['2026-10-26', 1, 1, 0, 2],
    ]);
  });
});

describe('when a case was completed', () => {
  const attempts = [
    { at: '2026-05-04T08:00:00Z', outcome: 'non-contact' as const },
    { at: '2026-05-06T08:00:00Z', outcome: 'complete' as const },
  ];

  it('the first complete attempt, or the first completion of a completed or approved response, whichever is earlier', () => {
    expect(completionTime('complete', attempts, [])).toBe('2026-05-06T08:00:00Z');
    expect(completionTime('complete', attempts, [{ status: 'approved', completedAt: '2026-05-05T14:00:00Z' }])).toBe('2026-05-05T14:00:00Z');
    // A draft's old completion does not count (it was reopened); a completed one does.
    expect(completionTime('complete', [], [{ status: 'draft', completedAt: '2026-05-01T10:00:00Z' }, { status: 'completed', completedAt: '2026-05-07T10:00:00Z' }])).toBe('2026-05-07T10:00:00Z');
  });

  it('a case that is not a completed interview now has no completion time', () => {
    expect(completionTime('refusal', attempts, [])).toBeNull();
    expect(completionTime('complete', [], [{ status: 'completed', completedAt: null }])).toBeNull();
  });
});
