/**
 * The Data rows of one export, collected as responses arrive (in chunks, in any order): each is
 * evaluated once and kept only as its row of cells, compactly (`RowStore`). `finish` puts them in
 * the export order and fills the weight column once the whole selection is known.
 */
import { evaluateResponse } from '../engine/evaluate-response';
import type { Questionnaire } from '../questionnaire/model';
import { computeWeights, editionVocabulary, rowDimensions, stratumVocabulary, type PopulationTable, type Respondent, type StratumCollapse, type StratumDimension, type StratumVocabulary, type WeightSet } from '../weights';
import type { EditionSet } from '../editions/edition-set';
import { dataColumns, type ExportColumn } from './data-columns';
import { editionColumns, editionDataRow, editionPlan } from './edition-columns';
import { isRepeatedText, makeRowSafe, rawDataRow, type CellValue, type ExportRecord, type Truncation } from './data-rows';
import { respondentViews, valueColumnIndex } from './respondent-view';
import { RowStore } from './row-store';
import { matchesSelection, selectionFacts, type ExportSelection } from './selection';

/** The rows in export order, with their weights and the respondents the indicators read. */
export interface CollectedRows {
  columns: ExportColumn[];
  count: number;
  /** Row `k` in export order, as a fresh array. */
  row(k: number): CellValue[];
  respondents: Respondent[];
  weights: WeightSet;
  truncated: Truncation[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class DataRowCollector {
  readonly columns: ExportColumn[];
  /**
   * The strata's codes: across editions every edition's, in the reference's codes (`editionVocabulary`),
   * so a population table written in them (or with a code only an older edition has) is used.
   */
  readonly vocabulary: StratumVocabulary;
  private readonly store: RowStore;
  /** Sort key per stored row: creation time, then key, then UUID (ISO timestamps sort as text). */
  private readonly keys: { created: string; key: string; id: string }[] = [];
  private readonly truncated: Truncation[] = [];
  private readonly shared = new Map<string, string>();
  private readonly plans = new Map<Questionnaire, ReturnType<typeof editionPlan>>();
  /** The editions when the export holds several (the selection's level and area are in their reference's codes). */
  private readonly across: EditionSet | undefined;

  /**
   * @param editions the workbook's editions when it holds more than one (`q` is then their
   *   reference): union columns, each response evaluated in its own edition (`edition-columns.ts`).
   */
  constructor(
    private readonly q: Questionnaire,
    private readonly selection: ExportSelection,
    private readonly editions?: EditionSet,
  ) {
    const across = editions && editions.editions.length > 1;
    this.across = across ? editions : undefined;
    this.columns = across ? editionColumns(editions) : dataColumns(q);
    this.vocabulary = across ? editionVocabulary(editions) : stratumVocabulary(q);
    this.store = new RowStore(this.columns.length, this.columns.map(isRepeatedText));
  }

  /** Responses selected so far. */
  get count(): number {
    return this.store.length;
  }

  /** Adds the responses of `records` that the selection holds; returns how many it held. */
  add(records: readonly ExportRecord[]): number {
    let added = 0;
    const onTruncate = (t: Truncation) => this.truncated.push(t);
    for (const record of records) {
      if (!matchesSelection(selectionFacts(record, this.across), this.selection)) continue;
      this.store.push(makeRowSafe(this.rawRow(record), record, this.columns, onTruncate, this.shared));
      this.keys.push({ created: record.createdAt, key: record.key, id: record.id });
      added++;
    }
    return added;
  }

  private rawRow(record: ExportRecord) {
    const set = this.editions;
    if (!set || set.editions.length < 2) return rawDataRow(record, this.columns, evaluateResponse(this.q, record.answers, record));
    const edition = set.editionOf(record.questionnaireId, record.questionnaireVersion);
    if (!edition) throw new Error(`Response ${record.key} was keyed in questionnaire ${record.questionnaireId} ${record.questionnaireVersion}, which is not stored on this computer.`);
    let plan = this.plans.get(edition);
    if (!plan) this.plans.set(edition, (plan = editionPlan(set, edition, this.columns)));
    return editionDataRow(record, plan, evaluateResponse(edition, record.answers, record));
  }

  /**
   * Puts the rows in export order, computes the weights (w = N_h / r_h from `population`, or 1 for
   * everyone without a table) over the selected respondents and writes them into the weight column.
   * `collapses`: the coordinator's collapsed strata (`computeWeights`).
   */
  finish(
    population: PopulationTable | null,
    sampled?: (dims: readonly StratumDimension[]) => ReadonlyMap<string, number>,
    collapses: readonly StratumCollapse[] = [],
  ): CollectedRows {
    const keys = this.keys;
    const order = keys.map((_, i) => i);
    order.sort((a, b) => {
      const ka = keys[a] as (typeof keys)[number];
      const kb = keys[b] as (typeof keys)[number];
      return compare(ka.created, kb.created) || compare(ka.key, kb.key) || compare(ka.id, kb.id);
    });
    const store = this.store;
    const view = respondentViews(valueColumnIndex(this.columns), store);
    const respondents = order.map((i) => view((keys[i] as (typeof keys)[number]).id, i));
    const dims = population?.[0] ? rowDimensions(population[0]) : [];
    const weights = computeWeights(population, respondents, this.vocabulary, sampled?.(dims), collapses);
    const weightIndex = this.columns.findIndex((c) => c.kind === 'weight');
    if (weightIndex >= 0) {
      respondents.forEach((r, k) => store.setNumber(order[k] as number, weightIndex, weights.weights.get(r.id) ?? null));
    }
    return {
      columns: this.columns,
      count: order.length,
      row: (k) => store.row(order[k] as number),
      respondents,
      weights,
      truncated: [...this.truncated],
    };
  }
}
