/**
 * Operator statistics as CSPro reports them: one row per keying session (mode, operator, start,
 * elapsed and pause time, responses, keystrokes per hour, errors per 1,000 keystrokes, % of fields
 * with verification errors split into keyer and verifier), and the same summed per operator.
 *
 * Formulas: keystrokes per hour = keystrokes × 3,600,000 / (elapsed − pause) ms; errors per 1,000
 * keystrokes = (keyer + verifier errors found in the session) × 1,000 / keystrokes; keyer % =
 * keyer errors × 100 / fields verified (verifier % and total % alike). A figure whose denominator
 * is zero is null (shown as blank), never 0 or infinity.
 */
export type KeyingMode = 'add' | 'modify' | 'verify';

export interface KeyingSession {
  mode: KeyingMode;
  operatorId: string;
  operatorName: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  pauseMs: number;
  responses: number;
  keystrokes: number;
  /** Verification only (0 elsewhere): fields compared, and the mismatches counted against each side. */
  fieldsVerified: number;
  keyerErrors: number;
  verifierErrors: number;
}

export interface KeyingStatistics {
  mode: KeyingMode | 'all';
  operatorId: string;
  operatorName: string;
  start: number;
  elapsedMs: number;
  pauseMs: number;
  responses: number;
  keystrokes: number;
  keystrokesPerHour: number | null;
  errorsPer1000: number | null;
  keyerErrorPct: number | null;
  verifierErrorPct: number | null;
  totalErrorPct: number | null;
}

const ratio = (numerator: number, denominator: number, scale: number): number | null => (denominator > 0 ? (numerator * scale) / denominator : null);

function statistics(mode: KeyingStatistics['mode'], sessions: readonly KeyingSession[]): KeyingStatistics {
  const first = sessions[0];
  if (!first) throw new RangeError('statistics need at least one session');
  const sum = (pick: (s: KeyingSession) => number) => sessions.reduce((t, s) => t + pick(s), 0);
  const elapsedMs = sum((s) => Math.max(0, s.end - s.start));
  const pauseMs = Math.min(elapsedMs, sum((s) => s.pauseMs));
  const keystrokes = sum((s) => s.keystrokes);
  const keyer = sum((s) => s.keyerErrors);
  const verifier = sum((s) => s.verifierErrors);
  const fields = sum((s) => s.fieldsVerified);
  return {
    mode,
    operatorId: first.operatorId,
    operatorName: first.operatorName,
    start: Math.min(...sessions.map((s) => s.start)),
    elapsedMs,
    pauseMs,
    responses: sum((s) => s.responses),
    keystrokes,
    keystrokesPerHour: ratio(keystrokes, elapsedMs - pauseMs, 3_600_000),
    errorsPer1000: ratio(keyer + verifier, keystrokes, 1000),
    keyerErrorPct: ratio(keyer, fields, 100),
    verifierErrorPct: ratio(verifier, fields, 100),
    totalErrorPct: ratio(keyer + verifier, fields, 100),
  };
}

/** One row per session, in the order given. */
export function sessionStatistics(sessions: readonly KeyingSession[]): KeyingStatistics[] {
  return sessions.map((s) => statistics(s.mode, [s]));
}

/** One row per operator (all their sessions, every mode), ordered by operator name. */
export function operatorStatistics(sessions: readonly KeyingSession[]): KeyingStatistics[] {
  const byOperator = new Map<string, KeyingSession[]>();
  for (const s of sessions) byOperator.set(s.operatorId, [...(byOperator.get(s.operatorId) ?? []), s]);
  return [...byOperator.values()].map((list) => statistics('all', list)).sort((a, b) => a.operatorName.localeCompare(b.operatorName));
}
