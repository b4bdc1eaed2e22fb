import { describe, expect, it } from 'vitest';
import { operatorStatistics, sessionStatistics, type KeyingSession } from '../../../../renderer/src/core/verification/keyer-statistics';

const T0 = Date.UTC(2026, 11, 2, 8, 0, 0);
const MIN = 60_000;

const add: KeyingSession = {
  mode: 'add', operatorId: 'p1', operatorName: 'Mette Hansen', start: T0, end: T0 + 70 * MIN, pauseMs: 10 * MIN,
  responses: 4, keystrokes: 480, fieldsVerified: 0, keyerErrors: 0, verifierErrors: 0,
};
const verify: KeyingSession = {
  mode: 'verify', operatorId: 'p2', operatorName: 'Jonas Berg', start: T0 + 90 * MIN, end: T0 + 120 * MIN, pauseMs: 0,
  responses: 2, keystrokes: 250, fieldsVerified: 200, keyerErrors: 3, verifierErrors: 1,
};

describe('keyer statistics as CSPro reports them', () => {
  it('an entry session: 480 keystrokes in 60 working minutes are 480 per hour; no verification figures', () => {
    const [row] = sessionStatistics([add]);
    expect(row).toEqual({
      mode: 'add', operatorId: 'p1', operatorName: 'Mette Hansen', start: T0, elapsedMs: 70 * MIN, pauseMs: 10 * MIN,
      responses: 4, keystrokes: 480, keystrokesPerHour: 480, errorsPer1000: 0,
      keyerErrorPct: null, verifierErrorPct: null, totalErrorPct: null,
    });
  });

  it('a verification session: 250 keystrokes in 30 minutes = 500/h; 4 errors per 250 keystrokes = 16 per 1,000; 3 and 1 of 200 fields = 1.5 % and 0.5 %', () => {
    const [row] = sessionStatistics([verify]);
    expect(row).toMatchObject({ keystrokesPerHour: 500, errorsPer1000: 16, keyerErrorPct: 1.5, verifierErrorPct: 0.5, totalErrorPct: 2 });
  });

  it('per operator: sessions summed (Mette: two sessions, 720 keystrokes in 90 working minutes = 480/h), sorted by name', () => {
    const second: KeyingSession = { ...add, start: T0 + 200 * MIN, end: T0 + 230 * MIN, pauseMs: 0, responses: 2, keystrokes: 240 };
    const rows = operatorStatistics([add, verify, second]);
    expect(rows.map((r) => r.operatorName)).toEqual(['Jonas Berg', 'Mette Hansen']);
    expect(rows[1]).toMatchObject({ mode: 'all', start: T0, elapsedMs: 100 * MIN, pauseMs: 10 * MIN, responses: 6, keystrokes: 720, keystrokesPerHour: 480 });
  });

  it('no keystrokes or no working time: the figures are blank, not zero or infinite', () => {
    const idle: KeyingSession = { ...add, end: add.start, pauseMs: 0, keystrokes: 0 };
    expect(sessionStatistics([idle])[0]).toMatchObject({ keystrokesPerHour: null, errorsPer1000: null });
  });
});
