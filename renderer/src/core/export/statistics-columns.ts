/**
 * The columns of the statistics-package export (`statistics-export.ts`): how each is written (a coded
 * single choice, a number, text, a time, a date), its cells in the CSV, its labels and value labels
 * cut to SPSS's and Stata's limits, and text made safe for the DDI XML.
 */
import type { Lang, Variable } from '../questionnaire/model';
import type { ExportColumn } from './data-columns';
import type { CellValue } from './data-rows';
import { isoWithOffset, localDay } from './excel-date';
import { isFreeTextColumn, NOT_IN_EDITION_CODE, NOT_IN_EDITION_LABEL, UNANSWERED_CODE, UNANSWERED_LABEL } from './missing-codes';
import { unneutraliseCode } from './neutralise-formula';
import { cutText } from './stata-dta';

/** Skipped by routing (not asked), in the numeric columns of the statistics CSV. */
export const SKIPPED_CODE = -98;
export const SKIPPED_LABEL: Record<Lang, string> = { da: 'Sprunget over (ikke stillet)', en: 'Skipped (not asked)' };

/** How a column is written: a coded single choice (numbered), a number, or text. */
export type Kind = { type: 'coded'; codes: Map<string, number>; variable: Variable } | { type: 'number' } | { type: 'text' } | { type: 'time' } | { type: 'date' };

/**
 * Whether a column is text in the CSV: text, times, and dates (ISO `yyyy-mm-dd`, `-99` not answered,
 * empty skipped, as text columns), which the .sps reads as SDATE10 dates and the .do daily() dates.
 */
export const isCsvText = (k: Kind) => k.type === 'text' || k.type === 'time' || k.type === 'date';

/** Text and times are strings in SPSS and Stata; every other column is numeric. */
export const isStringKind = (k: Kind) => k.type === 'text' || k.type === 'time';

export function kindOf(c: ExportColumn): Kind {
  if (c.kind === 'meta') return c.name === 'created_at' || c.name === 'updated_at' ? { type: 'time' } : { type: 'text' };
  if (c.kind === 'weight' || c.kind === 'option') return { type: 'number' };
  const v = c.variable;
  if (v.type === 'date') return { type: 'date' };
  if (v.valueKind === 'number') return { type: 'number' };
  if (v.valueKind === 'string' && (v.choices?.length ?? 0) > 0) return { type: 'coded', codes: new Map((v.choices ?? []).map((ch, i) => [ch.code, i + 1])), variable: v };
  return { type: 'text' };
}

/** A CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function cellText(cell: CellValue, kind: Kind, column: ExportColumn, plainText = false): string {
  if (column.kind === 'weight') return cell === null ? '' : String(cell);
  if (kind.type === 'time') return cell instanceof Date ? isoWithOffset(cell) : cell === null ? '' : String(cell);
  if (kind.type === 'date') return cell instanceof Date ? localDay(cell) : cell === null ? '' : String(cell);
  if (kind.type === 'text') {
    if (cell === null || (plainText && cell === UNANSWERED_CODE && isFreeTextColumn(column))) return '';
    // One case per line for SPSS's GET DATA: a line break in free text becomes a space.
    return cell instanceof Date ? isoWithOffset(cell) : String(cell).replace(/\r\n|[\r\n]/g, ' ');
  }
  if (cell === null) return String(SKIPPED_CODE);
  if (cell === UNANSWERED_CODE) return String(UNANSWERED_CODE);
  // Only a workbook across editions has −97 (`edition-columns.ts`): never an answer of a coded column.
  if (cell === NOT_IN_EDITION_CODE && kind.type === 'coded') return String(NOT_IN_EDITION_CODE);
  if (kind.type === 'coded') {
    const code = typeof cell === 'string' ? unneutraliseCode(cell) : String(cell);
    const n = kind.codes.get(code);
    if (n === undefined) throw new Error(`Statistics export: ${kind.variable.name} has no option "${code}".`);
    return String(n);
  }
  return typeof cell === 'number' ? String(cell) : String(cell);
}

/** UTF-8 byte length. */
export const bytesOf = (s: string) => new TextEncoder().encode(s).length;

/** Cut to at most `max` UTF-8 bytes without splitting a character. */
export function cutBytes(text: string, max: number): string {
  if (bytesOf(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (bytesOf(out + ch) > max) break;
    out += ch;
  }
  return out;
}

export const spssQuote = (s: string) => `'${s.replace(/'/g, "''").replace(/[\r\n]+/g, ' ')}'`;
/** Stata's compound double quotes hold any text but a line break. */
export const stataQuote = (s: string) => `\`"${s.replace(/[\r\n]+/g, ' ')}"'`;

export function columnLabel(c: ExportColumn, lang: Lang): string {
  const t = { da: { weight: 'Vægt (w = N_h / r_h)', chosen: 'valgt' }, en: { weight: 'Weight (w = N_h / r_h)', chosen: 'chosen' } }[lang];
  switch (c.kind) {
    case 'meta':
      return c.name;
    case 'weight':
      return t.weight;
    case 'value':
      return c.variable.kind === 'grid-row' && c.variable.question ? `${c.variable.question.label[lang]} – ${c.variable.label[lang]}` : c.variable.label[lang];
    case 'option':
      return `${c.variable.label[lang]}: ${c.choice.label[lang]}`;
  }
}

/** Stata's variable label: 80 characters, one line, no space left dangling where it was cut. */
export const stataLabel = (c: ExportColumn, lang: Lang) => cutText(columnLabel(c, lang).replace(/[\r\n]+/g, ' '), 80).trimEnd();

export const CHOSEN: Record<Lang, [string, string]> = { da: ['Ikke valgt', 'Valgt'], en: ['Not chosen', 'Chosen'] };

/**
 * The value labels of a numeric column (codes 1…k of a single choice, 0/1 of an option column, then
 * the two missing codes), or null for a column without them (metadata, the weight, text, times).
 * The .sps and the DDI codebook take them from here, so the two cannot differ.
 */
export function valueLabels(c: ExportColumn, k: Kind, lang: Lang, acrossEditions = false): [number, string][] | null {
  if (c.kind === 'meta' || c.kind === 'weight' || isCsvText(k)) return null;
  const pairs: [number, string][] = [];
  if (k.type === 'coded') (k.variable.choices ?? []).forEach((ch, j) => pairs.push([j + 1, ch.label[lang]]));
  if (c.kind === 'option') pairs.push([0, CHOSEN[lang][0]], [1, CHOSEN[lang][1]]);
  pairs.push([UNANSWERED_CODE, UNANSWERED_LABEL[lang]], [SKIPPED_CODE, SKIPPED_LABEL[lang]]);
  if (acrossEditions) pairs.push([NOT_IN_EDITION_CODE, NOT_IN_EDITION_LABEL[lang]]);
  return pairs;
}

// eslint-disable-next-line no-control-regex -- matching the characters XML 1.0 forbids is the point
export const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for XML 1.0 content and attributes: the five entities escaped, characters XML forbids dropped. */
export function xmlText(s: string): string {
  return s
    .replace(NOT_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The full wording of a question column (for DDI's question text), or undefined. */
export function questionText(c: ExportColumn, lang: Lang): string | undefined {
  if (c.kind !== 'value' && c.kind !== 'option') return undefined;
  const v = c.variable;
  if (v.kind === 'derived') return v.derived?.description?.[lang];
  return v.kind === 'grid-row' && v.question ? `${v.question.label[lang]} – ${v.label[lang]}` : v.label[lang];
}

/** Builds the zip from stored records (framework-free; runs in the export Worker and in tests). */
