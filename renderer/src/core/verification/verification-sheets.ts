/**
 * The workbook's verification sheets: "Verification" (one row per response marked for
 * verification: who keyed it, who verified it, how, what was compared, what differed and how each
 * disagreement was resolved; variable names and choices only, no answers) and "Keyer statistics"
 * (CSPro's operator statistics, per profile and per session; counts and times only). Header names
 * are English variable-style names, as on the Data sheet; every text is made safe for Excel.
 */
import type { CellValue } from '../export/data-rows';
import { safeCellText } from '../export/neutralise-formula';
import type { SheetData } from '../export/xlsx-writer';
import type { KeyingStatistics } from './keyer-statistics';

export const VERIFICATION_SHEET_NAME = 'Verification';
export const KEYER_STATISTICS_SHEET_NAME = 'Keyer statistics';

/** What the sheet reads of a verification (a stored `VerificationRecord` fits). */
export interface VerificationFacts {
  responseId: string;
  responseKey: string;
  state: string;
  selection: string;
  mode: string | null;
  keyerName: string;
  verifierName: string | null;
  markedAt: string;
  keyedAt: string | null;
  verifiedAt: string | null;
  fieldsCompared: number;
  flyErrors: Readonly<Record<string, 'keyer' | 'verifier'>>;
  disagreements: readonly { variable: string }[];
  resolutions: readonly { variable: string; choice: 'first' | 'second'; error: 'keyer' | 'verifier'; byName: string }[];
}

export const VERIFICATION_HEADER = [
  'key', 'uuid', 'verified', 'state', 'selection', 'mode', 'keyer', 'verifier', 'marked_at', 'keyed_at', 'verified_at',
  'fields_compared', 'keyer_errors', 'verifier_errors', 'disagreements', 'resolved_by', 'resolutions', 'settled_on_the_fly',
] as const;

export const KEYER_STATISTICS_HEADER = [
  'level', 'mode', 'operator', 'start', 'elapsed_min', 'pause_min', 'responses', 'keystrokes', 'keystrokes_per_hour',
  'errors_per_1000_keystrokes', 'keyer_error_pct', 'verifier_error_pct', 'total_error_pct',
] as const;

const safe = (text: string): string => safeCellText(text).text;
const date = (iso: string | null): CellValue => {
  if (iso === null) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? safe(iso) : d;
};
/** A figure to one decimal (null stays empty: its denominator was zero). */
const oneDecimal = (n: number | null): CellValue => (n === null ? null : Math.round(n * 10) / 10);

/** 1 verified, 0 marked but not (yet) verified; for the Data sheet's `verified` column. */
export function verifiedFlag(state: string | undefined): 0 | 1 | null {
  return state === undefined ? null : state === 'verified' ? 1 : 0;
}

export function verificationSheet(verifications: readonly VerificationFacts[]): SheetData {
  const rows: CellValue[][] = [[...VERIFICATION_HEADER]];
  const sorted = [...verifications].sort((a, b) => a.responseKey.localeCompare(b.responseKey));
  for (const v of sorted) {
    const sides = [...Object.values(v.flyErrors), ...v.resolutions.map((r) => r.error)];
    const count = (side: 'keyer' | 'verifier') => sides.filter((s) => s === side).length;
    const keyed = v.keyedAt !== null;
    rows.push([
      safe(v.responseKey),
      v.responseId,
      verifiedFlag(v.state),
      v.state,
      v.selection,
      v.mode,
      safe(v.keyerName),
      v.verifierName === null ? null : safe(v.verifierName),
      date(v.markedAt),
      date(v.keyedAt),
      date(v.verifiedAt),
      keyed ? v.fieldsCompared : null,
      keyed ? count('keyer') : null,
      keyed ? count('verifier') : null,
      keyed ? v.disagreements.length : null,
      v.resolutions.length > 0 ? safe([...new Set(v.resolutions.map((r) => r.byName))].join(', ')) : null,
      v.resolutions.length > 0 ? safe(v.resolutions.map((r) => `${r.variable}: ${r.choice}`).join('; ')) : null,
      Object.keys(v.flyErrors).length > 0 ? safe(Object.entries(v.flyErrors).map(([field, side]) => `${field}: ${side}`).join('; ')) : null,
    ]);
  }
  return { name: VERIFICATION_SHEET_NAME, rows };
}

function statisticsRow(level: 'operator' | 'session', s: KeyingStatistics): CellValue[] {
  return [
    level,
    s.mode,
    safe(s.operatorName),
    new Date(s.start),
    Math.round(s.elapsedMs / 6_000) / 10,
    Math.round(s.pauseMs / 6_000) / 10,
    s.responses,
    s.keystrokes,
    oneDecimal(s.keystrokesPerHour),
    oneDecimal(s.errorsPer1000),
    oneDecimal(s.keyerErrorPct),
    oneDecimal(s.verifierErrorPct),
    oneDecimal(s.totalErrorPct),
  ];
}

/** One row per operator (every mode), then one per session. */
export function keyerStatisticsSheet(report: { operators: readonly KeyingStatistics[]; sessions: readonly KeyingStatistics[] }): SheetData {
  return {
    name: KEYER_STATISTICS_SHEET_NAME,
    rows: [[...KEYER_STATISTICS_HEADER], ...report.operators.map((s) => statisticsRow('operator', s)), ...report.sessions.map((s) => statisticsRow('session', s))],
  };
}
