import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { evaluateResponse } from '../../../renderer/src/core/engine/evaluate-response';
import { dataColumns } from '../../../renderer/src/core/export/data-columns';
import { cellState, dataRow, type CellValue, type Truncation } from '../../../renderer/src/core/export/data-rows';
import { UNANSWERED_CODE } from '../../../renderer/src/core/export/missing-codes';
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import { innovationAnswers, noInnovationAnswers, record } from './fixtures';

const q = loadBuiltinQuestionnaire();
const columns = dataColumns(q);
const sectionC = new Set(q.variables.filter((v) => v.sectionId === 'C').map((v) => v.name));

function cells(answers: Answers): Map<string, CellValue> {
  const row = dataRow(q, record(answers), columns);
  return new Map(columns.map((c, i) => [c.name, row[i] ?? null]));
}

function states(answers: Answers): Map<string, string> {
  const evaluation = evaluateResponse(q, answers);
  return new Map(columns.map((c) => [c.name, cellState(c, evaluation)]));
}

describe('dataRow: metadata', () => {
  it('writes identity, status and author as text, and the timestamps as Dates', () => {
    const row = cells(innovationAnswers);
    expect(row.get('key')).toBe('K7M-4QX');
    expect(row.get('uuid')).toBe('0b6f7c1e-3d2a-4f5b-9c8d-1e2f3a4b5c6d');
    expect(row.get('status')).toBe('completed');
    expect(row.get('created_by')).toBe('Mette Hansen');
    expect(row.get('created_at')).toEqual(new Date('2026-03-01T09:15:30.000Z'));
    expect(row.get('updated_at')).toEqual(new Date('2026-03-02T14:05:00.000Z'));
    expect(row.get('questionnaire_id')).toBe('innovation-barometer');
    expect(row.get('questionnaire_version')).toBe('2024.1');
  });

  it('keeps a timestamp that is not a valid date as text', () => {
    const row = dataRow(q, record({}, { createdAt: 'garbled' }), columns);
    expect(row[columns.findIndex((c) => c.name === 'created_at')]).toBe('garbled');
  });
});

describe('dataRow: the innovation path', () => {
  const row = cells(innovationAnswers);
  const state = states(innovationAnswers);

  it('writes codes for single choices and numbers as numbers', () => {
    expect(row.get('sector_level')).toBe('municipality');
    expect(row.get('n_employees')).toBe(120);
    expect(row.get('period_start')).toBe(2021);
    expect(typeof row.get('period_end')).toBe('number');
    expect(row.get('novelty')).toBe('adapted');
    expect(row.get('factor_citizens')).toBe('promoted_greatly');
  });

  it('writes a multiple choice as space-separated codes and 1/0 in every option column', () => {
    expect(row.get('recent_types')).toBe('service process');
    expect(row.get('recent_types/product')).toBe(0);
    expect(row.get('recent_types/service')).toBe(1);
    expect(row.get('recent_types/process')).toBe(1);
    expect(row.get('recent_types/communication')).toBe(0);
    expect(row.get('collab_partner')).toBe('research citizens');
    expect(row.get('collab_partner/none')).toBe(0);
    expect(row.get('collab_phase_citizens/evaluation')).toBe(1);
  });

  it('writes derived variables from the engine', () => {
    expect(row.get('innov_any')).toBe(1);
    expect(row.get('size_class')).toBe('100_plus');
    expect(row.get('civil_role')).toBe(1);
    expect(state.get('civil_role')).toBe('answered');
  });

  it('leaves skipped cells empty, stale stored answers included, and their option columns empty (not 0)', () => {
    for (const name of ['dev_ongoing', 'dev_types', 'tech_new', 'collab_phase_own_org']) {
      expect(row.get(name), name).toBeNull();
      expect(state.get(name), name).toBe('skipped');
    }
    for (const name of ['dev_types/product', 'collab_phase_own_org/development']) {
      expect(row.get(name), name).toBeNull();
      expect(state.get(name), name).toBe('skipped');
    }
  });

  it('writes the missing code -99 for asked-but-unanswered cells, which cellState calls unanswered', () => {
    for (const name of ['factor_it', 'culture_citizen_input', 'comment']) {
      expect(row.get(name), name).toBe(UNANSWERED_CODE);
      expect(state.get(name), name).toBe('unanswered');
    }
    expect(UNANSWERED_CODE).toBe(-99);
    expect(state.get('key')).toBe('metadata');
    expect(state.get('weight')).toBe('metadata');
  });

  it('leaves the weight column for the workbook to fill', () => {
    expect(row.get('weight')).toBeNull();
  });
});

describe('dataRow: the no-innovation path', () => {
  const row = cells(noInnovationAnswers);
  const state = states(noInnovationAnswers);

  it('leaves every section C cell empty, although stale C answers are stored', () => {
    const cColumns = columns.filter((c) => (c.kind === 'value' || c.kind === 'option') && sectionC.has(c.variable.name));
    expect(cColumns.length).toBeGreaterThan(50);
    for (const c of cColumns) {
      expect(row.get(c.name), c.name).toBeNull();
      expect(state.get(c.name), c.name).toBe('skipped');
    }
    expect(row.get('recent_types/service')).toBeNull(); // not 0
  });

  it('answers the B follow-ups and the derived variables of the path', () => {
    expect(row.get('innov_any')).toBe(0);
    expect(row.get('dev_ongoing')).toBe('yes');
    expect(row.get('dev_types')).toBe('product communication');
    expect(row.get('dev_types/product')).toBe(1);
    expect(row.get('dev_types/service')).toBe(0);
    expect(row.get('size_class')).toBe('3_9');
    expect(row.get('civil_role')).toBeNull();
    expect(state.get('civil_role')).toBe('skipped');
    expect(row.get('comment')).toBe('Ringet op to gange');
  });

  it('calls an incomputable derived value unanswered, not skipped', () => {
    const partial = states({ innov_product: 'no' });
    expect(partial.get('innov_any')).toBe('unanswered');
    expect(cells({ innov_product: 'no' }).get('innov_any')).toBe(UNANSWERED_CODE);
  });
});

describe('dataRow: export safety', () => {
  it('neutralises texts that start like a formula, and keeps a negative number numeric', () => {
    const row = cells({ ...innovationAnswers, workplace_name: '=HYPERLINK("http://x","y")', recent_desc: '@SUM(A1)' });
    expect(row.get('workplace_name')).toBe('\'=HYPERLINK("http://x","y")');
    expect(row.get('recent_desc')).toBe("'@SUM(A1)");
    const negative = cells({ ...innovationAnswers, n_employees: -5 });
    expect(negative.get('n_employees')).toBe(-5);
  });

  it('neutralises metadata too (a surveyor name is typed text)', () => {
    const row = dataRow(q, record({}, { createdByName: '+45 1234' }), columns);
    expect(row[columns.findIndex((c) => c.name === 'created_by')]).toBe("'+45 1234");
  });

  it('cuts a text over 32,767 characters and reports it', () => {
    const truncated: Truncation[] = [];
    const long = 'x'.repeat(40_000);
    const row = dataRow(q, record({ ...innovationAnswers, recent_desc: long }), columns, { onTruncate: (t) => truncated.push(t) });
    const cell = row[columns.findIndex((c) => c.name === 'recent_desc')];
    expect(cell).toBe('x'.repeat(32_767));
    expect(truncated).toEqual([{ key: 'K7M-4QX', uuid: '0b6f7c1e-3d2a-4f5b-9c8d-1e2f3a4b5c6d', column: 'recent_desc', originalLength: 40_000 }]);
  });
});
