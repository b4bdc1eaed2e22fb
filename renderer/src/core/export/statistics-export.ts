/**
 * The export for statistics packages: one zip holding
 *
 * - `<name>.csv`: UTF-8 with a BOM, comma-separated, RFC 4180 quoting, one row per response in the
 *   workbook's order and with the Data sheet's values (texts made safe the same way), under the
 *   short statistics names (`statistics-names.ts`). Single choices are numbered 1…k in the order of
 *   their choice list (the labels say what each number is), option columns are 0/1, numbers stay
 *   numbers, times are ISO 8601 with their own UTC offset. Missing: −99 = asked but not answered,
 *   −98 = skipped by routing (not asked), in every numeric column; a text column has "-99" for not
 *   answered and is empty when skipped. An empty weight means no weight (see Weights). A line break
 *   in free text becomes a space (one case per line); the workbook keeps the text as entered.
 * - `<name>.sps`: SPSS/PSPP syntax: GET DATA, VARIABLE LABELS, VALUE LABELS, MISSING VALUES.
 * - `<name>.do`: a Stata do-file: import delimited, label variable, label define/values, −99 → .a
 *   and −98 → .b (extended missing values, labelled), notes with the full question text.
 * - `<name>.dta`: the same dataset as a native Stata file (format 118, `stata-dta.ts`): what the
 *   do-file makes of the CSV, with the same names, labels, value labels, notes and missing values.
 * - `variables.csv`: statistics name, workbook name, kind and label of every column.
 * - `<name>.xml`: a DDI-Codebook 2.5 description: every variable with its label, question text,
 *   value labels as categories and the missing codes.
 *
 * Labels are in the chosen language and cut to SPSS's limits (variable labels 255 bytes, value
 * labels 120 bytes) and Stata's (variable labels 80 characters); the full wording is in the notes.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Lang, Questionnaire } from '../questionnaire/model';
import { usableCollapses, validatePopulationTable, type PopulationTable } from '../weights';
import { IN_THREAD_SINKS, type ByteSinks } from './byte-sinks';
import type { ExportColumn } from './data-columns';
import type { CellValue, ExportRecord } from './data-rows';
import { NOT_IN_EDITION_CODE, NOT_IN_EDITION_LABEL, UNANSWERED_CODE, UNANSWERED_LABEL } from './missing-codes';
import { statisticsNames } from './statistics-names';
import {
  bytesOf, cellText, CHOSEN, columnLabel, csvField, cutBytes, isCsvText, isStringKind, kindOf, questionText, SKIPPED_CODE, SKIPPED_LABEL, spssQuote, stataLabel, stataQuote, valueLabels, xmlText, type Kind,
} from './statistics-columns';
import { writeDta, type DtaCell, type DtaValueLabelTable, type DtaVariable, type StataMissing } from './stata-dta';
import type { ExportSelection } from './selection';
import { DataRowCollector } from './workbook-rows';
import type { EditionSet } from '../editions/edition-set';
import { ZipWriter } from './zip-writer';

export { SKIPPED_CODE, xmlText } from './statistics-columns';

export const STATS_FILE_BASE = 'innovationsbarometer';

export interface StatisticsRequest {
  selection: ExportSelection;
  labelLanguage: Lang;
  population: unknown;
  /** The stored collapsed strata, as for the workbook (absent or invalid = none). */
  collapses?: unknown;
  exportedAt: Date;
  /** The base of the file names inside the zip (default `innovationsbarometer`). */
  fileBase?: string;
  /**
   * Free-text columns (`isFreeTextColumn`) as plain text: an unanswered text is empty instead of "-99"
   * (then empty means "not answered or skipped" in those columns; every other column keeps −99 and −98).
   */
  plainText?: boolean;
}

export interface StatisticsResult {
  bytes: Uint8Array;
  rowCount: number;
  files: string[];
  /** SHA-256 of the CSV's bytes. */
  csvSha256: string;
  weighted: boolean;
}

const TITLE: Record<Lang, string> = { da: 'Innovationsbarometeret – dataudtræk', en: 'The Innovation Barometer – data export' };

export class StatisticsExport {
  private readonly collector: DataRowCollector;
  /** More than one edition: −97 (not in the response's edition) is a third missing code. */
  private readonly acrossEditions: boolean;

  constructor(
    private readonly q: Questionnaire,
    private readonly request: StatisticsRequest,
    private readonly sinks: ByteSinks = IN_THREAD_SINKS,
    editions?: EditionSet,
  ) {
    this.acrossEditions = editions !== undefined && editions.editions.length > 1;
    // Across editions the CSV has the workbook's union columns (−97: not in the response's edition).
    this.collector = new DataRowCollector(q, request.selection, editions);
  }

  add(records: readonly ExportRecord[]): number {
    return this.collector.add(records);
  }

  get count(): number {
    return this.collector.count;
  }

  async finish(): Promise<StatisticsResult> {
    const { request } = this;
    const lang = request.labelLanguage;
    const base = request.fileBase ?? STATS_FILE_BASE;
    const raw = request.population;
    const checked = raw === null || raw === undefined ? null : validatePopulationTable(raw, this.collector.vocabulary);
    const population: PopulationTable | null = checked?.ok ? checked.value : null;
    const collected = this.collector.finish(population, undefined, usableCollapses(request.collapses));
    const { columns } = collected;
    const names = statisticsNames(columns);
    const kinds = columns.map(kindOf);
    const header = columns.map((c) => names.get(c.name) ?? c.name);

    // The CSV, and the widest text of each column (SPSS needs string widths).
    const widths = columns.map(() => 1);
    const lines: string[] = [header.map(csvField).join(',')];
    for (let k = 0; k < collected.count; k++) {
      const row = collected.row(k);
      const fields = row.map((cell, i) => {
        const text = cellText(cell, kinds[i] as Kind, columns[i] as ExportColumn, request.plainText === true);
        if (isCsvText(kinds[i] as Kind)) widths[i] = Math.max(widths[i] ?? 1, bytesOf(text));
        return csvField(text);
      });
      lines.push(fields.join(','));
    }
    const csv = `\ufeff${lines.join('\r\n')}\r\n`;
    const csvBytes = new TextEncoder().encode(csv);
    const csvSha256 = bytesToHex(sha256(csvBytes));

    const csvName = `${base}.csv`;
    const sps = this.spss(columns, kinds, names, widths, csvName, lang);
    const dofile = this.stata(columns, kinds, names, csvName, lang);
    const variables = [
      ['stats_name', 'workbook_name', 'kind', 'label'].join(','),
      ...columns.map((c, i) => [names.get(c.name) ?? c.name, c.name, (kinds[i] as Kind).type, columnLabel(c, lang)].map(csvField).join(',')),
    ].join('\r\n');

    const ddi = this.ddi(columns, kinds, names, csvName, collected.count, lang);
    const zip = new ZipWriter(request.exportedAt, this.sinks);
    const files = [csvName, `${base}.sps`, `${base}.do`, `${base}.dta`, 'variables.csv', `${base}.xml`];
    await zip.add(csvName, csvBytes);
    await zip.add(`${base}.sps`, sps);
    await zip.add(`${base}.do`, dofile);
    const dta = zip.entry(`${base}.dta`);
    for (const part of this.dta(columns, kinds, names, collected, lang)) await dta.write(part);
    await dta.close();
    await zip.add('variables.csv', `\ufeff${variables}\r\n`);
    await zip.add(`${base}.xml`, ddi);
    const bytes = await zip.finish();
    return { bytes, rowCount: collected.count, files, csvSha256, weighted: !collected.weights.unweighted };
  }

  /** The third missing code's sentence, across editions (empty otherwise). */
  private get editionMissing(): string {
    return this.acrossEditions ? ` ${NOT_IN_EDITION_CODE} = ${NOT_IN_EDITION_LABEL.en} (a workbook across questionnaire editions; see questionnaire_version).` : '';
  }

  /** How the syntax files describe the missing values of text columns. */
  private get textMissing(): string {
    return this.request.plainText === true
      ? 'Free-text columns: empty = not answered or skipped. Other text columns: "-99" = not answered, empty = skipped.'
      : 'Text columns: "-99" = not answered, empty = skipped.';
  }

  private spss(columns: readonly ExportColumn[], kinds: readonly Kind[], names: ReadonlyMap<string, string>, widths: readonly number[], csvName: string, lang: Lang): string {
    const name = (c: ExportColumn) => names.get(c.name) ?? c.name;
    const format = (c: ExportColumn, k: Kind, i: number) => {
      if (k.type === 'date') return 'SDATE10';
      if (isCsvText(k)) return `A${Math.min(32_767, Math.max(1, widths[i] ?? 1))}`;
      if (c.kind === 'weight') return 'F16.6';
      if (c.kind === 'value' && c.variable.type === 'decimal') return 'F16.6';
      return 'F10.0';
    };
    const out: string[] = [
      '* Innovation Barometer: SPSS / PSPP syntax. Run it in the folder that holds the CSV.',
      `* Missing: ${UNANSWERED_CODE} = ${UNANSWERED_LABEL.en}; ${SKIPPED_CODE} = ${SKIPPED_LABEL.en} (numeric columns).${this.editionMissing} ${this.textMissing}`,
      '* Encoding: UTF-8.',
      'GET DATA',
      '  /TYPE=TXT',
      `  /FILE=${spssQuote(csvName)}`,
      "  /ENCODING='UTF8'",
      '  /ARRANGEMENT=DELIMITED',
      '  /DELCASE=LINE',
      '  /FIRSTCASE=2',
      "  /DELIMITERS=','",
      `  /QUALIFIER='"'`,
      '  /VARIABLES=',
      ...columns.map((c, i) => `    ${name(c)} ${format(c, kinds[i] as Kind, i)}`),
      '.',
      'VARIABLE LABELS',
      columns.map((c) => `  ${name(c)} ${spssQuote(cutBytes(columnLabel(c, lang), 255))}`).join('\n  /') + '.',
    ];
    const labelled: string[] = [];
    const missing: string[] = [];
    columns.forEach((c, i) => {
      const pairs = valueLabels(c, kinds[i] as Kind, lang, this.acrossEditions);
      if (!pairs) return;
      labelled.push(`  ${name(c)} ${pairs.map(([v, l]) => `${v} ${spssQuote(cutBytes(l, 120))}`).join(' ')}`);
      missing.push(name(c));
    });
    if (kinds.some((k) => k.type === 'date')) {
      // Read as dates (SPSS and PSPP take yyyy-mm-dd as SDATE10); the CSV and the .do keep the two missing kinds apart.
      out.push('* Date questions are read as SDATE10 dates: -99 (not answered, with a warning) and empty (skipped) are both system-missing.');
    }
    if (labelled.length > 0) out.push('VALUE LABELS', `${labelled.join('\n  /')}.`);
    const codes = [UNANSWERED_CODE, SKIPPED_CODE, ...(this.acrossEditions ? [NOT_IN_EDITION_CODE] : [])];
    if (missing.length > 0) out.push(`MISSING VALUES ${missing.join(' ')} (${codes.join(', ')}).`);
    out.push('EXECUTE.', '');
    return out.join('\n');
  }

  /**
   * A DDI-Codebook 2.5 description of the CSV: one <var> per column under its statistics name, with
   * its label (as in the .sps, uncut), the question text, the missing codes (−99, −98) as invalid
   * values and categories marked missing, the value labels as categories, and numeric or character.
   */
  private ddi(columns: readonly ExportColumn[], kinds: readonly Kind[], names: ReadonlyMap<string, string>, csvName: string, cases: number, lang: Lang): string {
    const x = xmlText;
    const title = TITLE[lang];
    const out: string[] = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<codeBook xmlns="ddi:codebook:2_5" version="2.5" xml:lang="${lang}">`,
      '  <stdyDscr>',
      `    <citation><titlStmt><titl>${x(title)}</titl></titlStmt></citation>`,
      '  </stdyDscr>',
      '  <fileDscr ID="F1">',
      '    <fileTxt>',
      `      <fileName>${x(csvName)}</fileName>`,
      `      <dimensns><caseQnty>${cases}</caseQnty><varQnty>${columns.length}</varQnty></dimensns>`,
      '      <fileType charset="UTF-8">text/csv</fileType>',
      '    </fileTxt>',
      `    <notes>${x(`Missing: ${UNANSWERED_CODE} = ${UNANSWERED_LABEL.en}; ${SKIPPED_CODE} = ${SKIPPED_LABEL.en} (numeric columns).${this.editionMissing} ${this.textMissing}`)}</notes>`,
      '  </fileDscr>',
      '  <dataDscr>',
    ];
    columns.forEach((c, i) => {
      const k = kinds[i] as Kind;
      const pairs = valueLabels(c, k, lang, this.acrossEditions);
      const numeric = !isCsvText(k);
      const interval = k.type === 'coded' || c.kind === 'option' ? 'discrete' : 'contin';
      out.push(`    <var ID="V${i + 1}" name="${x(names.get(c.name) ?? c.name)}" files="F1"${numeric ? ` intrvl="${interval}"` : ''}>`);
      out.push(`      <labl>${x(columnLabel(c, lang))}</labl>`);
      const question = questionText(c, lang);
      if (question) out.push(`      <qstn><qstnLit>${x(question)}</qstnLit></qstn>`);
      if (pairs) {
        const invalid = this.acrossEditions ? `<item VALUE="${NOT_IN_EDITION_CODE}"/>` : '';
        out.push(`      <invalrng><item VALUE="${UNANSWERED_CODE}"/><item VALUE="${SKIPPED_CODE}"/>${invalid}</invalrng>`);
        for (const [value, label] of pairs) {
          const missing = value === UNANSWERED_CODE || value === SKIPPED_CODE || value === NOT_IN_EDITION_CODE ? ' missing="Y"' : '';
          out.push(`      <catgry${missing}><catValu>${value}</catValu><labl>${x(label)}</labl></catgry>`);
        }
      }
      out.push(`      <varFormat type="${numeric ? 'numeric' : 'character'}" schema="other"/>`);
      out.push(`      <notes>${x(`Workbook column: ${c.name}`)}</notes>`);
      out.push('    </var>');
    });
    out.push('  </dataDscr>', '</codeBook>', '');
    return out.join('\n');
  }

  /**
   * The .dta: each value is what the do-file's `import delimited` and `mvdecode` make of the CSV's
   * text (so the two cannot differ): text and times as strings, an empty number as system missing,
   * −99 / −98 (/ −97) as .a / .b (/ .c) in the columns the do-file decodes (not the weight), the
   * value labels of the .sps with the missing codes as .a / .b / .c, the do-file's variable labels
   * (80 characters) and notes.
   */
  private dta(columns: readonly ExportColumn[], kinds: readonly Kind[], names: ReadonlyMap<string, string>, collected: { count: number; row(k: number): CellValue[] }, lang: Lang): Uint8Array<ArrayBuffer>[] {
    const plain = this.request.plainText === true;
    const tags = new Map<number, StataMissing>([
      [UNANSWERED_CODE, '.a'],
      [SKIPPED_CODE, '.b'],
      ...(this.acrossEditions ? ([[NOT_IN_EDITION_CODE, '.c']] as const) : []),
    ]);
    const tagOf = new Map([...tags].map(([code, tag]) => [String(code), tag]));
    const tables: DtaValueLabelTable[] = [];
    const decoded = columns.map(() => false);
    const variables = columns.map((c, i): DtaVariable => {
      const k = kinds[i] as Kind;
      const name = names.get(c.name) ?? c.name;
      const pairs = valueLabels(c, k, lang, this.acrossEditions);
      const notes = c.kind === 'value' && c.variable.kind !== 'derived' ? [columnLabel(c, lang).replace(/[\r\n]+/g, ' ')] : [];
      const variable: DtaVariable = { name, label: stataLabel(c, lang), type: isStringKind(k) ? 'string' : 'numeric', notes };
      if (!pairs) return variable;
      decoded[i] = true;
      tables.push({ name, entries: pairs.map(([v, l]) => [tags.get(v) ?? v, l] as const) });
      return { ...variable, valueLabel: name };
    });
    const row = (r: number): DtaCell[] =>
      collected.row(r).map((cell, i) => {
        const k = kinds[i] as Kind;
        const text = cellText(cell, k, columns[i] as ExportColumn, plain);
        if (isStringKind(k)) return text;
        if (text === '') return null;
        const tag = decoded[i] ? tagOf.get(text) : undefined;
        if (tag) return tag;
        const value = Number(text);
        return Number.isFinite(value) ? value : null; // as Stata's numericcols() reads a non-number
      });
    return writeDta({ label: TITLE[lang], timestamp: this.request.exportedAt, variables, rowCount: collected.count, row, valueLabels: tables });
  }

  private stata(columns: readonly ExportColumn[], kinds: readonly Kind[], names: ReadonlyMap<string, string>, csvName: string, lang: Lang): string {
    const name = (c: ExportColumn) => names.get(c.name) ?? c.name;
    const textCols = kinds.map((k, i) => (isCsvText(k) ? i + 1 : 0)).filter((i) => i > 0);
    const numCols = kinds.map((k, i) => (isCsvText(k) ? 0 : i + 1)).filter((i) => i > 0);
    const out: string[] = [
      '* Innovation Barometer: Stata do-file (Stata 14 or later). Run it in the folder that holds the CSV.',
      `* Missing: ${UNANSWERED_CODE} -> .a (${UNANSWERED_LABEL.en}), ${SKIPPED_CODE} -> .b (${SKIPPED_LABEL.en})${this.acrossEditions ? `, ${NOT_IN_EDITION_CODE} -> .c (${NOT_IN_EDITION_LABEL.en})` : ''}. ${this.textMissing}`,
      'version 14',
      // No names from the file's first line (its BOM would spoil the first one): read from row 2, then name v1 … vN.
      `import delimited using "${csvName}", varnames(nonames) rowrange(2) encoding("utf-8") delimiters(",") bindquote(strict) ` +
        `stringcols(${textCols.join(' ')}) numericcols(${numCols.join(' ')}) clear`,
      ...columns.map((c, i) => `rename v${i + 1} ${name(c)}`),
    ];
    // Date questions: ISO text to Stata dates, keeping not answered (.a) and skipped (.b) apart.
    columns.forEach((c, i) => {
      if ((kinds[i] as Kind).type !== 'date') return;
      const n = name(c);
      out.push(
        'tempvar day',
        `generate double \`day' = cond(${n} == "${UNANSWERED_CODE}", .a, cond(${n} == "", .b, daily(${n}, "YMD")))`,
        `order \`day', before(${n})`,
        `drop ${n}`,
        `rename \`day' ${n}`,
        `format ${n} %tdCCYY-NN-DD`,
      );
    });
    columns.forEach((c, i) => {
      const k = kinds[i] as Kind;
      const n = name(c);
      out.push(`label variable ${n} ${stataQuote(stataLabel(c, lang))}`);
      if (c.kind === 'value' && c.variable.kind !== 'derived') out.push(`notes ${n}: ${columnLabel(c, lang).replace(/[\r\n]+/g, ' ')}`);
      if (c.kind === 'meta' || c.kind === 'weight' || isCsvText(k)) return;
      const pairs: [string, string][] = [];
      if (k.type === 'coded') (k.variable.choices ?? []).forEach((ch, j) => pairs.push([String(j + 1), ch.label[lang]]));
      if (c.kind === 'option') pairs.push(['0', CHOSEN[lang][0]], ['1', CHOSEN[lang][1]]);
      pairs.push(['.a', UNANSWERED_LABEL[lang]], ['.b', SKIPPED_LABEL[lang]]);
      if (this.acrossEditions) pairs.push(['.c', NOT_IN_EDITION_LABEL[lang]]);
      out.push(`mvdecode ${n}, mv(${UNANSWERED_CODE}=.a \\ ${SKIPPED_CODE}=.b${this.acrossEditions ? ` \\ ${NOT_IN_EDITION_CODE}=.c` : ''})`);
      out.push(`label define ${n} ${pairs.map(([v, l]) => `${v} ${stataQuote(l)}`).join(' ')}, replace`);
      out.push(`label values ${n} ${n}`);
    });
    out.push('');
    return out.join('\n');
  }
}
