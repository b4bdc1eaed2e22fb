/**
 * Helpers for the workbook tests: a default request, reading our own fresh file back with SheetJS,
 * and an independent oracle of what Data and Labels must hold, worked out from the store records
 * with the engine and the questionnaire definition only (not with the export code under test).
 */
import * as XLSX from 'xlsx';
import { evaluateResponse } from '../../../renderer/src/core/engine/evaluate-response';
import type { WorkbookRequest } from '../../../renderer/src/core/export/workbook-export';
import { toBoolean } from '../../../renderer/src/core/expressions/values';
import type { ChoiceDef, Lang, Questionnaire, Variable } from '../../../renderer/src/core/questionnaire/model';
import type { ResponseRecord } from '../../../renderer/src/db/records';

export type Cell = string | number | null;

export function request(overrides: Partial<WorkbookRequest> = {}): WorkbookRequest {
  return {
    content: 'both',
    labelLanguage: 'da',
    selection: { status: 'all', dateField: 'created' },
    population: null,
    exportedAt: new Date(2026, 10, 26, 23, 10, 5),
    exportedBy: 'Mette Hansen (MH)',
    appVersion: '0.1.0',
    ...overrides,
  };
}

export function readBook(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array' }); // dates stay serial numbers: compared exactly
}

/** A sheet as rows of raw values (null for an empty cell), header first. */
export function rowsOf(book: XLSX.WorkBook, name: string): Cell[][] {
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<Cell[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
}

/** The rows of a sheet down to its first empty row: the Weights sheet's table without the diagnostics below it. */
export function tableRowsOf(book: XLSX.WorkBook, name: string): Cell[][] {
  const rows = rowsOf(book, name);
  const end = rows.findIndex((r) => r.every((c) => c === null));
  return end < 0 ? rows : rows.slice(0, end);
}

/** The Excel serial of a timestamp's local wall-clock time, to the second. */
export function expectedSerial(iso: string): number {
  const d = new Date(iso);
  const wall = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
  return wall / 86_400_000 + 25_569;
}

/** What an auditor does with a date cell: the serial's wall-clock time as `YYYY-MM-DD hh:mm:ss`. */
export function serialToStamp(serial: number): string {
  const d = new Date(Math.round((serial - 25_569) * 86_400) * 1000);
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

/** OWASP neutralisation and Excel's cut, written out again for the oracle. */
export function oracleSafe(text: string): string {
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return guarded.length > 32_767 ? guarded.slice(0, 32_767) : guarded;
}

export const sortRecords = (records: readonly ResponseRecord[]) =>
  [...records].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

type Evaluated = ReturnType<typeof evaluateResponse>;

function asked(v: Variable, ev: Evaluated): { asked: boolean; value: unknown } {
  const value = ev.values[v.name];
  if (v.kind !== 'derived') return { asked: ev.states.get(v.name) !== 'skipped', value };
  const relevant = v.relevant ? toBoolean(v.relevant.evaluate({ value: (n) => ev.values[n] })) : true;
  return { asked: relevant, value };
}

function listOf(q: Questionnaire, v: Variable): ChoiceDef[] {
  const name = v.question?.choices ?? v.derived?.choices;
  return name ? (q.def.choiceLists[name] ?? []) : [];
}

const STATUS: Record<Lang, Record<string, string>> = {
  da: { draft: 'Kladde', completed: 'Afsluttet' },
  en: { draft: 'Draft', completed: 'Completed' },
};
const NOT_ANSWERED: Record<Lang, string> = { da: 'Ikke besvaret', en: 'Not answered' };
const CHOSEN: Record<Lang, [string, string]> = { da: ['Valgt', 'Ikke valgt'], en: ['Selected', 'Not selected'] };

/** Data (codes) or Labels (labels in `lang`) rows of `records`, header excluded; dates as serials. */
export function oracleRows(q: Questionnaire, records: readonly ResponseRecord[], weightOf: (id: string) => number | null, lang: Lang | null): Cell[][] {
  return sortRecords(records).map((r) => {
    const ev = evaluateResponse(q, r.answers);
    const row: Cell[] = [
      // `verified` is empty: none of these responses is marked for verification.
      oracleSafe(r.key), oracleSafe(r.id), lang ? STATUS[lang][r.status] ?? r.status : r.status, null, oracleSafe(r.createdByName),
      expectedSerial(r.createdAt), expectedSerial(r.updatedAt), r.questionnaireId, r.questionnaireVersion,
    ];
    for (const v of q.variables) {
      const { asked: isAsked, value } = asked(v, ev);
      const choices = listOf(q, v);
      const label = (code: string) => (lang ? choices.find((c) => c.code === code)?.label[lang] ?? code : code);
      let cell: Cell;
      if (!isAsked) cell = null;
      else if (value === undefined) cell = lang ? NOT_ANSWERED[lang] : -99;
      else if (Array.isArray(value)) cell = oracleSafe(value.map(label).join(lang ? '; ' : ' '));
      else if (typeof value === 'string') cell = oracleSafe(label(value));
      else cell = value as number;
      row.push(cell);
      if (v.valueKind !== 'multi') continue;
      for (const c of choices) {
        const hit = Array.isArray(value) && value.includes(c.code);
        const code: Cell = !isAsked ? null : value === undefined ? -99 : hit ? 1 : 0;
        row.push(lang && code !== null ? (code === -99 ? NOT_ANSWERED[lang] : CHOSEN[lang][code === 1 ? 0 : 1] ?? null) : code);
      }
    }
    row.push(weightOf(r.id));
    return row;
  });
}
