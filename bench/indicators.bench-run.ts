/**
 * Indicators benchmark (issue 11): for 100,000 responses (BENCH_INDICATORS_N to change), the
 * indicators with their standard errors (`computeIndicators` with the stratified design) against the
 * point estimates alone (the same specs summed in one plain loop), and the statistics-package export
 * (CSV + .sps + .do + .dta zip) against the codes-only workbook, both in Node on this thread. Figures are
 * printed, never asserted.
 */
import { it } from 'vitest';
import { evaluateResponse } from '../renderer/src/core/engine/evaluate-response';
import { StatisticsExport } from '../renderer/src/core/export/statistics-export';
import { WorkbookExport } from '../renderer/src/core/export/workbook-export';
import { computeIndicators, indicatorSpecs, isInnovator, type ShareSpec } from '../renderer/src/core/indicators';
import { loadBuiltinQuestionnaire } from '../renderer/src/core/questionnaire/builtin';
import { computeWeights, stratumVocabulary, weightDiagnostics, type PopulationTable } from '../renderer/src/core/weights';
import { generateResponses } from '../tests/fixtures/generate-responses';
import { report } from './support/launch';

const N = Number(process.env.BENCH_INDICATORS_N ?? 100_000);

const POPULATION: PopulationTable = ['state', 'region', 'municipality'].flatMap((sector_level) =>
  ['3_9', '10_49', '50_99', '100_plus'].map((size_class, i) => ({ sector_level, size_class, population: 500 * (i + 1) })),
);

function time<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

it(`indicators with standard errors and the statistics export, ${N.toLocaleString('en')} responses`, async () => {
  const q = loadBuiltinQuestionnaire();
  const { records } = generateResponses(q, N, 42);
  const respondents = records.map((r) => ({ id: r.id, values: evaluateResponse(q, r.answers).values }));
  const set = computeWeights(POPULATION, respondents, stratumVocabulary(q));
  console.log(`Indicators, ${N.toLocaleString('en')} responses, ${set.strata.length} strata`);

  const specs = indicatorSpecs(q).filter((s): s is ShareSpec => s.kind === 'share');
  const points = time(() => {
    // The point estimates alone: Σw·x and Σw per figure, overall only (a lower bound).
    const sums = specs.map(() => [0, 0]);
    for (const r of respondents) {
      const w = set.weights.get(r.id);
      if (w === undefined) continue;
      const innovator = isInnovator(r.values);
      specs.forEach((spec, s) => {
        if (spec.population === 'innovators' && !innovator) return;
        const x = spec.score(r.values);
        const acc = sums[s];
        if (x === undefined || !acc) return;
        acc[0] = (acc[0] ?? 0) + w * x;
        acc[1] = (acc[1] ?? 0) + w;
      });
    }
    return sums;
  });
  const full = time(() => computeIndicators(q, respondents, set.weights, set));
  // Weighting diagnostics and collapsed strata (issue 11, item 3): the weights with two collapses, then the diagnostics.
  const collapses = ['state', 'region'].map((level) => ({ from: `sector_level=${level}|size_class=100_plus`, into: `sector_level=${level}|size_class=50_99` }));
  // Alternated, the fastest of three each: one run of either is mostly the garbage collector's timing.
  const runs = [0, 1, 2].map(() => [time(() => computeWeights(POPULATION, respondents, stratumVocabulary(q))), time(() => computeWeights(POPULATION, respondents, stratumVocabulary(q), undefined, collapses))] as const);
  const fastest = (k: 0 | 1) => runs.map((r) => r[k]).reduce((a, b) => (b.ms < a.ms ? b : a));
  const weights = fastest(0);
  const collapsed = fastest(1);
  const diagnostics = time(() => weightDiagnostics(collapsed.result));
  report('point estimates alone (overall)', points.ms);
  report('computeIndicators with SE, CI, deff (19 groups)', full.ms);
  report('ratio', full.ms / points.ms, '×');
  report('computeWeights (fastest of 3)', weights.ms);
  report('computeWeights with 2 collapsed strata (fastest of 3)', collapsed.ms);
  report('weightDiagnostics', diagnostics.ms);
  report('Kish deff from weighting (collapsed)', (diagnostics.result?.spread?.deff ?? Number.NaN).toFixed(3), '');

  const selection = { status: 'all' as const, dateField: 'created' as const };
  const statsStart = performance.now();
  const stats = new StatisticsExport(q, { selection, labelLanguage: 'da', population: POPULATION, exportedAt: new Date() });
  stats.add(records);
  const zip = await stats.finish();
  const statsMs = performance.now() - statsStart;
  const bookStart = performance.now();
  const book = new WorkbookExport(q, { content: 'codes', labelLanguage: 'da', selection, population: POPULATION, exportedAt: new Date(), exportedBy: 'bench', appVersion: 'bench' });
  book.add(records);
  const xlsx = await book.finish();
  const bookMs = performance.now() - bookStart;
  report('statistics export (CSV + .sps + .do + .dta, zipped)', statsMs);
  report('statistics export size', zip.bytes.byteLength / 1e6, 'MB');
  report('codes-only workbook', bookMs);
  report('codes-only workbook size', xlsx.bytes.byteLength / 1e6, 'MB');
  report('ratio statistics / workbook', statsMs / bookMs, '×');
}, 1_800_000); // 100,000 responses ran past the bench's 10-minute limit on a busy 2-core machine
