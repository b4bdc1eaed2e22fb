/**
 * The standalone audit export: the whole audit log as a workbook of its own (sheets `Audit`, the
 * chain heads it was taken at, and `About`), so an auditor can later prove that the log still holds
 * those heads (give them to "Verify integrity"). Texts are neutralised as in every export.
 */
import { AUDIT_HEADS_SHEET_NAME, AUDIT_SHEET_NAME, auditSheet, type AuditSheet } from '../audit/audit-rows';
import type { AuditEntry } from '../audit/audit-entry';
import type { Lang } from '../questionnaire/model';
import type { CellValue } from './data-rows';
import { safeCellText } from './neutralise-formula';
import { writeXlsx, type SheetData } from './xlsx-writer';

export const AUDIT_ABOUT_SHEET_NAME = 'About';

export interface AuditWorkbookInfo {
  exportedAt: Date;
  /** Who exported, e.g. "Dora Ibsen (DI)". */
  exportedBy: string;
  appVersion: string;
  lang: Lang;
}

export interface AuditWorkbook {
  bytes: Uint8Array;
  sheet: AuditSheet;
  sheetNames: string[];
}

const WORDS = {
  da: {
    title: 'Innovationsbarometeret – revisionslog',
    exportedAt: 'Eksporteret',
    exportedBy: 'Eksporteret af',
    app: 'App-version',
    entries: 'Poster',
    devices: 'Enheder (kæder)',
    heads: 'Kædetoppe, loggen er taget ved (se arket "Audit chain heads")',
    head: 'Kædetop',
    texts: 'Tekster',
    textsNote: 'En tekst, der begynder med = + - @, tabulator eller vognretur, har fået en apostrof foran; en tekst over 32.767 tegn (Excels grænse for én celle) er afkortet til 32.767 tegn efter apostroffen. Loggen i appen har teksten hel.',
  },
  en: {
    title: 'The Innovation Barometer – audit log',
    exportedAt: 'Exported at',
    exportedBy: 'Exported by',
    app: 'App version',
    entries: 'Entries',
    devices: 'Devices (chains)',
    heads: 'Chain heads the log was taken at (see sheet "Audit chain heads")',
    head: 'Chain head',
    texts: 'Texts',
    textsNote: 'A text beginning with = + - @, tab or carriage return has an apostrophe put in front; a text over 32,767 characters (Excel\'s limit for one cell) is cut to 32,767 characters after the apostrophe. The log in the app holds the whole text.',
  },
} as const;

/** The About sheet: who took the log, when, and the chain heads it was taken at. */
function aboutRows(sheet: AuditSheet, info: AuditWorkbookInfo): CellValue[][] {
  const w = WORDS[info.lang];
  return [
    ['item', 'value'],
    [w.title, null],
    [w.exportedAt, sheet.takenAt],
    [w.exportedBy, safeCellText(info.exportedBy).text],
    [w.app, info.appVersion],
    [w.entries, sheet.rows.length],
    [w.devices, sheet.heads.length],
    [w.heads, sheet.heads.length],
    ...sheet.heads.map((h): CellValue[] => [w.head, `${h.deviceId} #${h.deviceSeq} ${h.hash}`]),
    [w.texts, w.textsNote],
  ];
}

/** The sheets of the audit workbook for `entries` (storage order). */
export function auditWorkbookSheets(sheet: AuditSheet, info: AuditWorkbookInfo): SheetData[] {
  return [
    { name: AUDIT_SHEET_NAME, rows: [[...sheet.columns], ...sheet.rows] },
    { name: AUDIT_HEADS_SHEET_NAME, rows: [[...sheet.headColumns], ...sheet.headRows] },
    { name: AUDIT_ABOUT_SHEET_NAME, rows: aboutRows(sheet, info), autoFilter: false },
  ];
}

/** Writes the audit workbook of `entries` (in storage order). */
export async function buildAuditWorkbook(entries: readonly AuditEntry[], info: AuditWorkbookInfo): Promise<AuditWorkbook> {
  const sheet = auditSheet(entries, info.exportedAt.toISOString());
  const sheets = auditWorkbookSheets(sheet, info);
  const bytes = await writeXlsx(sheets, info.exportedAt);
  return { bytes, sheet, sheetNames: sheets.map((s) => s.name) };
}
