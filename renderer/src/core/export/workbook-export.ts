/**
 * The full barometer workbook: Data (+ "Data (2)" … past Excel's row limit), Labels, Codebook,
 * Indicators, Weights, the verification sheets when there is verification or keying to report,
 * About, and Audit when the audit log hands its rows in.
 *
 * Responses are added in chunks as they are read (`add`), each evaluated once and kept only as its
 * Data row; `finish` sorts them, weights them, computes the indicators from the rows and streams
 * every sheet into the file. Framework-free: it runs in the export Worker, in Node tests and in
 * the benchmark alike.
 */
import { AUDIT_HEADS_SHEET_NAME, type AuditSheet } from '../audit/audit-rows';
import type { ChainHead } from '../audit/audit-entry';
import { computeIndicators } from '../indicators';
import type { Lang, Questionnaire } from '../questionnaire/model';
import { usableCollapses, validatePopulationTable, type PopulationTable, type StratumVocabulary } from '../weights';
import { IN_THREAD_SINKS, type ByteSinks } from './byte-sinks';
import { aboutSheet, type AuditInclusion, type ExportContent } from './about-sheet';
import { codebookSheet } from './codebook-sheet';
import type { CellValue, ExportRecord, Truncation } from './data-rows';
import { indicatorsSheet } from './indicators-sheet';
import { labelRowMapper } from './label-rows';
import { isFreeTextColumn, plainTextRowMapper } from './missing-codes';
import { safeCellText } from './neutralise-formula';
import { RowChecksum } from './row-checksum';
import { describeSelection, type ExportSelection } from './selection';
import { splitSheetRows } from './sheet-limits';
import { DataRowCollector, type CollectedRows } from './workbook-rows';
import { weightsSheet } from './weights-sheet';
import { fieldworkSheets, sampledPerStratum, type FieldworkInput } from './fieldwork-sheets';
import { XlsxWriter, type SheetData } from './xlsx-writer';
import type { EditionSet } from '../editions/edition-set';

export const DATA_SHEET = 'Data';
export const LABELS_SHEET = 'Labels';
export const AUDIT_SHEET = 'Audit';

/** Rows of the audit log, when it exists (a later issue fills them); the first row is the header. */
export type AuditRows = readonly (readonly CellValue[])[];

export interface WorkbookRequest {
  content: ExportContent;
  labelLanguage: Lang;
  selection: ExportSelection;
  /** The stored population table (validated here), or null for unweighted figures. */
  population: unknown;
  /** The stored collapsed strata (`stratumCollapses`, checked here); absent or invalid = none. */
  collapses?: unknown;
  exportedAt: Date;
  /** Who exported, e.g. "Mette Hansen (MH)". */
  exportedBy: string;
  appVersion: string;
  /** Responses on the device that are not deleted, for About. */
  storedCount?: number | null;
  /** The Audit sheet's rows when the audit log is exported; null or absent = no Audit sheet. */
  audit?: AuditRows | null;
  /** Whether the user asked for the audit sheet (for About when it cannot be given). */
  auditRequested?: boolean;
  /** Data rows per sheet before a continuation sheet (tests; default Excel's limit). */
  maxRowsPerSheet?: number;
  /**
   * "Free text without −99": free-text columns (`isFreeTextColumn`) as plain text in Data and Labels,
   * an unanswered text left empty; every other column keeps −99. Said on About and in the Codebook.
   */
  plainText?: boolean;
  /** The sample frame's cases when one is in force: n_h in the Weights sheet, and the Sample, Dispositions, Response rates and Progress by day sheets. */
  fieldwork?: FieldworkInput | null;
}

export type ExportPhase = 'reading' | 'preparing' | 'writing' | 'finishing';
export interface ExportProgress {
  phase: ExportPhase;
  /** 0..1 within the phase. */
  fraction: number;
}

export interface WorkbookSummary {
  rowCount: number;
  sheetNames: string[];
  truncated: Truncation[];
  checksum: { sheet: string; hex: string };
  weighted: boolean;
  populationProblem?: string;
  /** With the audit log: the chain heads its Audit sheet was taken at, and its entries. */
  audit?: { heads: ChainHead[]; entries: number };
}

/** What is known only once every response was read: the store's count, the audit log (when asked for). */
export interface LateFacts {
  storedCount?: number;
  audit?: AuditSheet | null;
  /** Sheets of their own read from the store after the responses (Verification, Keyer statistics), before About. */
  extraSheets?: readonly SheetData[];
}

export interface WorkbookResult {
  bytes: Uint8Array;
  summary: WorkbookSummary;
}

const PROGRESS_EVERY = 1_000;

/**
 * The population table if it is valid for this questionnaire; otherwise none (unweighted), with the
 * reason for About. A stored table can go stale (e.g. codes of a later edition): never used unchecked.
 */
function usablePopulation(raw: unknown, vocabulary: StratumVocabulary, lang: Lang): { population: PopulationTable | null; populationProblem?: string } {
  if (raw === null || raw === undefined) return { population: null };
  const checked = validatePopulationTable(raw, vocabulary);
  if (checked.ok) return { population: checked.value };
  const why = lang === 'da' ? 'Populationstabellen er ugyldig og er ikke brugt' : 'The population table is invalid and was not used';
  return { population: null, populationProblem: `${why}: ${checked.error.map((p) => p.message[lang]).join(' ')}` };
}

const safeRows = (rows: AuditRows): CellValue[][] => rows.map((r) => r.map((c) => (typeof c === 'string' ? safeCellText(c).text : c)));

function* slice(rows: CollectedRows, start: number, end: number, map: (row: CellValue[]) => CellValue[]): Generator<CellValue[]> {
  for (let k = start; k < end; k++) yield map(rows.row(k));
}

export class WorkbookExport {
  private readonly collector: DataRowCollector;

  /**
   * @param sinks where compression and hashing run (default: this thread).
   * @param editions every stored edition when there are several (`q` is their reference): the
   *   workbook across editions (`edition-columns.ts`).
   */
  constructor(
    private readonly q: Questionnaire,
    private readonly request: WorkbookRequest,
    private readonly sinks: ByteSinks = IN_THREAD_SINKS,
    private readonly editions?: EditionSet,
  ) {
    this.collector = new DataRowCollector(q, request.selection, editions);
  }

  /** Adds a chunk of stored responses; those outside the selection are skipped. Returns how many were kept. */
  add(records: readonly ExportRecord[]): number {
    return this.collector.add(records);
  }

  get count(): number {
    return this.collector.count;
  }

  /** Writes the workbook. `late` carries what is known only once every response was read. */
  async finish(onProgress: (p: ExportProgress) => void = () => undefined, late: LateFacts = {}): Promise<WorkbookResult> {
    const { q, request } = this;
    const lang = request.labelLanguage;
    onProgress({ phase: 'preparing', fraction: 0 });
    const vocabulary = this.collector.vocabulary;
    const { population, populationProblem } = usablePopulation(request.population, vocabulary, lang);
    const fieldwork = request.fieldwork && request.fieldwork.cases.length > 0 ? request.fieldwork : null;
    const collected = this.collector.finish(population, fieldwork ? (dims) => sampledPerStratum(fieldwork.cases, dims) : undefined, usableCollapses(request.collapses));
    const { columns, weights } = collected;
    const rowCount = collected.count;
    const indicators = computeIndicators(q, collected.respondents, weights.weights, weights);
    collected.respondents.length = 0;
    onProgress({ phase: 'preparing', fraction: 1 });

    const writer = new XlsxWriter(request.exportedAt, this.sinks);
    const header = columns.map((c) => c.name);
    const plainText = request.plainText === true;
    const plain = plainText ? plainTextRowMapper(columns) : (r: CellValue[]) => r;
    const labelRow = labelRowMapper(q, columns, lang);
    const kinds = [
      ...(request.content !== 'labels' ? [{ base: DATA_SHEET, map: plain }] : []),
      ...(request.content !== 'codes' ? [{ base: LABELS_SHEET, map: (r: CellValue[]) => labelRow(plain(r)) }] : []),
    ];
    const checksum = new RowChecksum(this.sinks.sha256());
    await checksum.add(header);
    const totalRows = Math.max(1, rowCount * kinds.length);
    let written = 0;
    const sheetRows: { name: string; rows: number }[] = [];
    for (const [k, kind] of kinds.entries()) {
      for (const part of splitSheetRows(kind.base, rowCount, request.maxRowsPerSheet)) {
        sheetRows.push({ name: part.name, rows: part.end - part.start });
        await writer.addSheet({
          name: part.name,
          header,
          rowCount: part.end - part.start,
          rows: slice(collected, part.start, part.end, kind.map),
          columnStyles: columns.map((c) => (c.kind === 'value' && c.variable.type === 'date' ? 'day' : undefined)),
          onRow: (row) => {
            if (++written % PROGRESS_EVERY === 0) onProgress({ phase: 'writing', fraction: written / totalRows });
            return k === 0 ? checksum.add(row) : undefined;
          },
        });
      }
    }
    const checksumHex = { sheet: kinds[0]?.base ?? DATA_SHEET, hex: await checksum.hex() };
    onProgress({ phase: 'writing', fraction: 1 });

    const small: SheetData[] = [codebookSheet(q, columns, weights, { plainText, ...(this.editions ? { editions: this.editions } : {}) }), indicatorsSheet(indicators, lang), weightsSheet(weights, rowCount, lang)];
    if (fieldwork) small.push(...fieldworkSheets(fieldwork, lang));
    small.push(...(late.extraSheets ?? []));
    const auditLog = late.audit ?? null;
    const auditIncluded: AuditInclusion = request.audit || auditLog ? 'included' : request.auditRequested ? 'unavailable' : 'not-requested';
    small.push(
      aboutSheet(
        {
          exportedAt: request.exportedAt,
          exportedBy: request.exportedBy,
          appVersion: request.appVersion,
          questionnaireId: q.id,
          questionnaireVersion: q.version,
          ...(this.editions && this.editions.editions.length > 1 ? { editions: this.editions.editions.map((e) => e.version) } : {}),
          selection: describeSelection(request.selection, lang, (dim, code) => vocabulary[dim].find((c) => c.code === code)?.label[lang] ?? code),
          storedCount: late.storedCount ?? request.storedCount ?? null,
          exportedCount: rowCount,
          sheetRows,
          content: request.content,
          labelLanguage: lang,
          plainText,
          freeTextColumns: columns.filter(isFreeTextColumn).map((c) => c.name),
          weights,
          ...(populationProblem ? { populationProblem } : {}),
          checksum: checksumHex,
          truncated: collected.truncated,
          audit: auditIncluded,
        },
        lang,
      ),
    );
    if (auditLog) {
      // The log's own rows are neutralised already (audit-rows.ts); the heads say when it was taken.
      small.push({ name: AUDIT_SHEET, rows: [[...auditLog.columns], ...auditLog.rows] });
      small.push({ name: AUDIT_HEADS_SHEET_NAME, rows: [[...auditLog.headColumns], ...auditLog.headRows] });
    } else if (request.audit) small.push({ name: AUDIT_SHEET, rows: safeRows(request.audit) });
    for (const sheet of small) await writer.addSheetData(sheet);
    onProgress({ phase: 'finishing', fraction: 0 });
    const bytes = await writer.finish();
    onProgress({ phase: 'finishing', fraction: 1 });
    return {
      bytes,
      summary: {
        rowCount,
        sheetNames: [...sheetRows.map((s) => s.name), ...small.map((s) => s.name)],
        truncated: collected.truncated,
        checksum: checksumHex,
        weighted: !weights.unweighted,
        ...(populationProblem ? { populationProblem } : {}),
        ...(auditLog ? { audit: { heads: auditLog.heads, entries: auditLog.rows.length } } : {}),
      },
    };
  }
}
