/**
 * Cross-check with R's `survey` package: for the thirty workplaces and their population table, every
 * share figure (overall and by government level) and the I7 ratio get the same estimate and standard
 * error from `svydesign(ids = ~1, strata = ~stratum, fpc = ~N)` + `svymean(na.rm = TRUE)` /
 * `svyby` + `svycontrast` as from computeIndicators. Skipped (one line) without Rscript and survey.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { civilRole, computeIndicators, indicatorSpecs, isInnovator, type ShareSpec } from '../../../renderer/src/core/indicators';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { computeWeights, stratumVocabulary } from '../../../renderer/src/core/weights';
import { stratumKey } from '../../../renderer/src/core/weights/population';
import { POPULATION, THIRTY_WORKPLACES } from '../../fixtures/indicators/thirty-workplaces';
import { rWith } from '../../support/external-tools';

const haveR = rWith(['survey'], 'the R survey cross-check');

describe.skipIf(!haveR)('standard errors against R survey', () => {
  it('every share overall and by government level, and the I7 ratio, match to 1e-9', () => {
    const q = loadBuiltinQuestionnaire();
    const set = computeWeights(POPULATION, THIRTY_WORKPLACES, stratumVocabulary(q));
    const results = computeIndicators(q, THIRTY_WORKPLACES, set.weights, set);
    const specs = indicatorSpecs(q).filter((s): s is ShareSpec => s.kind === 'share');
    const levels = ['all', 'state', 'region', 'municipality'];
    const design = THIRTY_WORKPLACES.filter((r) => set.weights.has(r.id)); // the weighted respondents are the design
    const columns = specs.flatMap((_, s) => levels.map((_l, g) => `f${s}_${g}`));
    const rows = design.map((r) => {
      const cells = { sector_level: String(r.values.sector_level), size_class: String(r.values.size_class) };
      const stratum = set.strata.find((x) => x.key === stratumKey(cells, set.dimensions));
      const ys = specs.flatMap((spec) => {
        const inPopulation = spec.population === 'all' || isInnovator(r.values);
        const y = inPopulation ? spec.score(r.values) : undefined;
        return levels.map((level) => (y !== undefined && (level === 'all' || r.values.sector_level === level) ? String(y) : 'NA'));
      });
      const civil = isInnovator(r.values) ? civilRole(r.values) : undefined;
      const insight = Array.isArray(r.values.value) ? (r.values.value.includes('insight_influence') ? '1' : '0') : 'NA';
      return [stratum?.key ?? '', String(stratum?.N_h ?? ''), ...ys, civil === undefined ? 'NA' : String(civil), civil === undefined ? 'NA' : insight];
    });
    const dir = mkdtempSync(join(tmpdir(), 'svy-'));
    try {
      writeFileSync(join(dir, 'd.csv'), [['stratum', 'N', ...columns, 'civil', 'insight'].join(','), ...rows.map((r) => r.map((c) => `"${c}"`).join(','))].join('\n'));
      const script = `
        suppressMessages(library(survey)); options(survey.lonely.psu = "remove")
        d <- read.csv("${join(dir, 'd.csv')}", na.strings = "NA")
        des <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = d)
        out <- c()
        for (col in ${JSON.stringify(columns).replace('[', 'c(').replace(/]$/, ')')}) {
          if (sum(!is.na(d[[col]])) == 0) next
          m <- svymean(as.formula(paste0("~", col)), des, na.rm = TRUE)
          out <- c(out, sprintf("%s,%.15g,%.15g", col, coef(m)[1], SE(m)[1]))
        }
        inn <- subset(des, !is.na(civil) & !is.na(insight))
        b <- svyby(~insight, ~civil, inn, svymean, covmat = TRUE)
        r <- svycontrast(b, quote(\`1\` / \`0\`))
        out <- c(out, sprintf("ratio,%.15g,%.15g", coef(r)[1], SE(r)[1]))
        writeLines(out, "${join(dir, 'out.csv')}")`;
      const run = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const lines = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
      let compared = 0;
      for (const [col, est, se] of lines) {
        if (col === 'ratio') {
          const ratio = results.find((x) => x.kind === 'ratio' && x.group.dimension === 'overall');
          expect(ratio?.kind === 'ratio' ? ratio.weightedRatio : null).toBeCloseTo(Number(est), 9);
          expect(ratio?.se).toBeCloseTo(Number(se), 9);
          compared += 1;
          continue;
        }
        const [s, g] = (col ?? '').slice(1).split('_').map(Number);
        const spec = specs[s ?? -1];
        const level = levels[g ?? -1];
        const r = results.find((x) => x.key === spec?.key && (level === 'all' ? x.group.dimension === 'overall' : x.group.dimension === 'sector_level' && x.group.code === level));
        expect(r?.kind === 'share' ? r.weightedShare : null, col).toBeCloseTo(Number(est), 9);
        expect(r?.se, col).toBeCloseTo(Number(se), 9);
        compared += 1;
      }
      expect(compared).toBeGreaterThan(100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000); // R starts slowly on a busy machine
});
