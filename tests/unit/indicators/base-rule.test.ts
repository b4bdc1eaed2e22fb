/**
 * The one base rule (issue 11, item 1): a figure's base is the responses in its population that
 * answered its source question; unanswered leaves the base, "don't know" stays in. The case:
 * three complete responses and one empty draft gave I1 n = 3 but I2 n = 4 (product 50 %); now both
 * have n = 3 and product innovation is 2 / 3 = 66.7 %, in the workbook and on the dashboard alike.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../renderer/src/analysis/compute-dashboard';
import { evaluateResponse } from '../../../renderer/src/core/engine/evaluate-response';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { BASE_RULE, computeIndicators, type ShareResult } from '../../../renderer/src/core/indicators';
import type { AnswerValue, Answers } from '../../../renderer/src/core/questionnaire/model';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { ResponseRecord, ResponseStatus } from '../../../renderer/src/db/records';
import { readBook, request, rowsOf } from '../export/workbook-fixtures';

const q = loadBuiltinQuestionnaire();

const workplace = { workplace_name: 'X', sector_level: 'municipality', policy_area: 'education', n_employees: 20 };
const innovator: Record<string, AnswerValue> = {
  ...workplace, innov_product: 'yes', innov_service: 'no', innov_process: 'no', innov_comm: 'no',
  recent_types: ['product'], novelty: 'adapted', initiator: ['employees'], collab_partner: ['none'], value: ['quality'], evaluated: 'no', tech_role: 'none',
};
const nonInnovator: Record<string, AnswerValue> = { ...workplace, innov_product: 'no', innov_service: 'no', innov_process: 'no', innov_comm: 'dk', dev_ongoing: 'no' };

function record(i: number, status: ResponseStatus, answers: Answers): ResponseRecord {
  const at = new Date(Date.UTC(2026, 0, 5, 9, i)).toISOString();
  return {
    id: `00000000-0000-4000-8000-00000000000${i}`, key: `K${i}`, questionnaireId: q.id, questionnaireVersion: q.version, status,
    createdAt: at, createdById: 'p', createdByName: 'Anne Holm', updatedAt: at, revision: 1, answers, deletedAt: null,
  };
}

// Three complete responses (two with product innovation, one without) and one empty draft.
const records = [record(1, 'completed', innovator), record(2, 'completed', innovator), record(3, 'completed', nonInnovator), record(4, 'draft', {})];
const respondents = records.map((r) => ({ id: r.id, values: evaluateResponse(q, r.answers).values }));

const overall = (results: ReturnType<typeof computeIndicators>, key: string): ShareResult => {
  const r = results.find((x) => x.key === key && x.group.dimension === 'overall');
  if (r?.kind !== 'share') throw new Error(`no ${key}`);
  return r;
};

describe('the base rule', () => {
  it('three complete responses and an empty draft: I1 and I2 both have n = 3, product innovation 2 / 3', () => {
    const { results } = figuresOf(q, respondents, null);
    const i1 = overall(results, 'I1.innovative');
    const product = overall(results, 'I2.product');
    expect([i1.n, i1.hits]).toEqual([3, 2]);
    expect([product.n, product.hits]).toEqual([3, 2]);
    expect(product.unweightedShare).toBeCloseTo(2 / 3, 12);
    expect((100 * (product.weightedShare ?? 0)).toFixed(1)).toBe('66.7');
    // innov_comm "don't know" is an answer: the non-innovator stays in I2.communication as "not".
    expect(overall(results, 'I2.communication').n).toBe(3);
    // Every figure leaves the empty draft out.
    for (const r of results) if (r.group.dimension === 'overall') expect(r.n).toBeLessThanOrEqual(3);
  });

  it('the workbook says the same: n 3 and 66.7 % for product innovation, and states the rule in About and the Codebook', async () => {
    const book = readBook((await buildWorkbook(q, records, request({ labelLanguage: 'en' }))).bytes);
    const sheet = rowsOf(book, 'Indicators');
    const header = sheet[0] ?? [];
    const at = (name: string) => header.indexOf(name);
    const row = (key: string) => sheet.find((r) => r[at('figure')] === key && r[at('group_code')] === 'all') ?? [];
    expect([row('I1.innovative')[at('n')], row('I2.product')[at('n')]]).toEqual([3, 3]);
    expect(row('I2.product')[at('unweighted_share')]).toBeCloseTo(2 / 3, 12);
    const about = rowsOf(book, 'About');
    expect(about.find((r) => r[0] === 'Indicator denominator')?.[1]).toBe(BASE_RULE.en);
    expect(String(about.find((r) => r[0] === 'Indicators')?.[1])).not.toMatch(/count in the denominator as "no"/);
    const codebook = rowsOf(book, 'Codebook');
    const col = (codebook[0] ?? []).indexOf('indicator_base');
    expect(String(codebook.find((r) => r[0] === 'innov_product')?.[col])).toMatch(/^Read by I1, I2\. A response that left it unanswered \(-99\) is out of those indicators' denominator/);
    expect(codebook.find((r) => r[0] === 'workplace_name')?.[col] ?? '').toBe('');
  });

  it('partial responses and DK for every indicator: unanswered leaves, "don\'t know" stays as "not"', () => {
    const base = { ...workplace, innov_product: 'yes', innov_service: 'no', innov_process: 'no', innov_comm: 'no', recent_types: ['product'] };
    const dk: Record<string, AnswerValue> = {
      ...base, novelty: 'dk', initiator: ['dk'], collab_partner: ['none'], value: ['dk'], evaluated: 'dk', tech_role: 'dk',
    };
    const blank: Record<string, AnswerValue> = { ...base }; // an innovator who left all of section C blank
    const yes: Record<string, AnswerValue> = {
      ...base, novelty: 'copied', initiator: ['citizens'], collab_partner: ['citizens'], collab_phase_citizens: ['implementation'],
      value: ['insight_influence'], evaluated: 'internal', tech_role: 'important',
    };
    const people = [dk, blank, yes].map((answers, i) => ({ id: `r${i}`, values: evaluateResponse(q, answers).values }));
    const results = computeIndicators(q, people, new Map(people.map((p) => [p.id, 1])));
    // DK (r0) and yes (r2) are in each innovator figure's base; blank (r1) is in none of them.
    for (const key of ['I3.reuse', 'I4.collaboration', 'I6.insight_influence', 'I8.evaluated', 'I9.citizens', 'I10.technology']) {
      const r = overall(results, key);
      expect([key, r.n, r.hits]).toEqual([key, 2, 1]);
    }
    // civil_role: yes (r2) is 1; DK (r0) answered initiator and collab_partner without a citizen → 0; blank (r1) undeterminable.
    expect([overall(results, 'I5.civil_role').n, overall(results, 'I5.civil_role').hits]).toEqual([2, 1]);
    expect(overall(results, 'I7.with_civil_role').n).toBe(1);
    expect(overall(results, 'I7.without_civil_role').n).toBe(1);
    // I1 and I2 count all three: every B question is answered.
    expect([overall(results, 'I1.innovative').n, overall(results, 'I2.product').n]).toEqual([3, 3]);
  });
});
