/**
 * The `Audit` sheet, in the barometer workbook (when chosen) and in the standalone audit export:
 * one row per entry in storage order, plus the chain heads the sheet was taken at, so a reader can
 * later check the log still holds them. Plain values; texts neutralised against formula injection
 * and cut to Excel's cell limit, as the Data sheet does.
 */
import { safeCellText } from '../export/neutralise-formula';
import type { AnswerValue } from '../questionnaire/model';
import type { AuditEntry, ChainHead } from './audit-entry';
import { chainHeads } from './verify-chain';

export const AUDIT_SHEET_NAME = 'Audit';
export const AUDIT_HEADS_SHEET_NAME = 'Audit chain heads';

export const AUDIT_COLUMNS = [
  'seq', 'device', 'deviceSeq', 'time', 'actor', 'role', 'action', 'response', 'field', 'old', 'new', 'reason', 'hash',
] as const;
export const CHAIN_HEAD_COLUMNS = ['device', 'deviceSeq', 'hash', 'takenAt'] as const;

/** A cell: null is an empty cell. */
export type AuditCell = string | number | null;

export interface AuditSheet {
  columns: readonly string[];
  rows: AuditCell[][];
  /** Each device's last entry among the rows: the chain heads the sheet was taken at. */
  heads: ChainHead[];
  headColumns: readonly string[];
  headRows: AuditCell[][];
  takenAt: string;
}

/** Neutralised first, then cut to a cell (the one function of every export). */
const safe = (text: string): string => safeCellText(text).text;

/** A value as a cell: numbers stay numbers, multiple choices are space-separated codes. */
function valueCell(value: AnswerValue | null): AuditCell {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  return safe(Array.isArray(value) ? value.join(' ') : value);
}

const textCell = (text: string | null): AuditCell => (text === null || text === '' ? null : safe(text));

/** One entry as a row of AUDIT_COLUMNS. `seq` falls back to the row number where the entry has none. */
export function auditRow(e: AuditEntry, rowNumber: number): AuditCell[] {
  return [
    e.seq ?? rowNumber,
    e.deviceId,
    e.deviceSeq,
    e.at,
    textCell(`${e.actorName} (${e.actorInitials})`),
    e.actorRole,
    e.action,
    textCell(e.responseKey ?? e.responseId),
    textCell(e.field),
    valueCell(e.oldValue),
    valueCell(e.newValue),
    textCell(e.reason),
    e.hash,
  ];
}

/** The sheet for `entries` (in storage order), taken at `takenAt` (ISO time; default now). */
export function auditSheet(entries: readonly AuditEntry[], takenAt: string = new Date().toISOString()): AuditSheet {
  const heads = chainHeads(entries);
  return {
    columns: AUDIT_COLUMNS,
    rows: entries.map((e, i) => auditRow(e, i + 1)),
    heads,
    headColumns: CHAIN_HEAD_COLUMNS,
    headRows: heads.map((h) => [h.deviceId, h.deviceSeq, h.hash, takenAt]),
    takenAt,
  };
}
