/**
 * With a sample frame in force: the Weights sheet shows N_h (population table), n_h (sampled, from
 * the frame) and r_h (respondents); the Sample, Dispositions, Response rates and Progress by day
 * sheets hold the fieldwork, with figures worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import type { FieldworkCase } from '../../../renderer/src/core/export/fieldwork-sheets';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { ExportRecord } from '../../../renderer/src/core/export/data-rows';
import { readBook, request, rowsOf, tableRowsOf } from './workbook-fixtures';

const q = loadBuiltinQuestionnaire();

const record = (id: string, level: string): ExportRecord => ({
  id, key: `K-${id}`, status: 'completed', createdByName: 'Anna Jensen', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T11:00:00.000Z',
  questionnaireId: q.id, questionnaireVersion: q.version, answers: { workplace_name: `W ${id}`, sector_level: level, policy_area: 'health' },
});

const c = (id: string, level: string, disposition: FieldworkCase['disposition'], attempts = 1, responses = 0): FieldworkCase => ({
  id, name: `=W ${id}`, sector_level: level, policy_area: 'health', size_class: '10_49', assignee: 'Anna Jensen', disposition, attempts, responses,
});

// State: 4 sampled — 1 complete, 1 refusal, 1 not reached, 1 not attempted. Municipality: 2 — 1 complete, 1 closed.
const cases = [
  c('10000001', 'state', 'complete', 2, 1),
  c('10000002', 'state', 'refusal'),
  c('10000003', 'state', 'non-contact'),
  c('10000004', 'state', 'not-attempted', 0),
  c('20000001', 'municipality', 'complete', 1, 1),
  c('20000002', 'municipality', 'closed'),
];
const population = [
  { sector_level: 'state', population: 40 },
  { sector_level: 'municipality', population: 200 },
];

// Worked on Monday 2 and Wednesday 4 November 2026 (Copenhagen): 23:30 UTC on the 3rd is 00:30 on the 4th.
const progress = [
  { attempts: ['2026-11-02T08:00:00Z', '2026-11-03T23:30:00Z'], responsesStarted: ['2026-11-04T09:00:00Z'], completedAt: '2026-11-04T10:00:00Z' },
  { attempts: ['2026-11-02T09:00:00Z'], responsesStarted: [], completedAt: null },
  { attempts: [], responsesStarted: [], completedAt: null },
];

describe('a workbook with the sample frame', async () => {
  const result = await buildWorkbook(q, [record('a', 'state'), record('b', 'municipality')], request({ population, labelLanguage: 'en', fieldwork: { frameVersion: 2, cases, progress } }));
  const book = readBook(result.bytes);

  it('adds the fieldwork sheets after Weights', () => {
    expect(book.SheetNames).toEqual(['Data', 'Labels', 'Codebook', 'Indicators', 'Weights', 'Sample', 'Dispositions', 'Response rates', 'Progress by day', 'About']);
  });

  it('Weights: N_h from the table, n_h from the frame, r_h the respondents, w = N_h / r_h', () => {
    const rows = tableRowsOf(book, 'Weights').slice(1).map((r) => [r[0], r[5], r[6], r[7], r[8]]);
    expect(rows).toEqual([
      ['sector_level=state', 40, 4, 1, 40],
      ['sector_level=municipality', 200, 2, 1, 200],
    ]);
  });

  it('Sample: one row per case, names neutralised', () => {
    const rows = rowsOf(book, 'Sample');
    expect(rows[0]).toEqual(['workplace_id', 'name', 'stratum', 'sector_level', 'policy_area', 'size_class', 'surveyor', 'disposition', 'aapor', 'attempts', 'responses', 'frame_version']);
    expect(rows[2]).toEqual(['10000002', "'=W 10000002", 'sector_level=state|policy_area=health|size_class=10_49', 'state', 'health', '10_49', 'Anna Jensen', 'Refusal', '2.1', 1, 0, 2]);
    expect(rows).toHaveLength(7);
  });

  it('Response rates per stratum, by hand', () => {
    const rows = rowsOf(book, 'Response rates');
    const col = (name: string) => rows[0]!.indexOf(name);
    const [state, municipality, total] = rows.slice(1);
    // State: I=1 R=1 NC=1 U=1 NE=0 → RR1 = 1/4, e = 1, RR3 = 1/4, COOP1 = 1/2, REF1 = 1/4, CON1 = 2/4.
    expect([state![col('RR1')], state![col('RR3')], state![col('COOP1')], state![col('REF1')], state![col('CON1')], state![col('e')]]).toEqual([0.25, 0.25, 0.5, 0.25, 0.5, 1]);
    // Municipality: I=1 NE=1 → RR1 = 1/1, e = 1/2.
    expect([municipality![col('RR1')], municipality![col('e')], municipality![col('NE')]]).toEqual([1, 0.5, 1]);
    // Total: I=2 R=1 NC=1 U=1 NE=1; eligible 4 → e = 4/5; RR1 = 2/5; RR3 = 2 / (4 + 0.8) = 0.41667.
    expect(total![0]).toBe('total');
    expect(total![col('RR1')]).toBeCloseTo(0.4, 12);
    expect(total![col('e')]).toBeCloseTo(0.8, 12);
    expect(total![col('RR3')]).toBeCloseTo(2 / 4.8, 12);
    expect([total![col('sampled')], total![col('attempted')]]).toEqual([6, 5]);
  });

  it('Progress by day: every Copenhagen day from the first to the last, with running totals', () => {
    expect(rowsOf(book, 'Progress by day')).toEqual([
      ['day', 'attempts', 'attempted', 'first_attempted', 'completed', 'attempted_so_far', 'completed_so_far'],
      ['2026-11-02', 2, 2, 2, 0, 2, 0],
      ['2026-11-03', 0, 0, 0, 0, 2, 0],
      ['2026-11-04', 1, 1, 0, 1, 2, 1],
    ]);
  });

  it('Dispositions: the count per AAPOR code and stratum', () => {
    const rows = rowsOf(book, 'Dispositions');
    expect(rows[0]?.slice(0, 4)).toEqual(['stratum', '1.1 Completed interview', '1.2 Partial interview', '2.1 Refusal']);
    expect(rows.map((r) => [r[0], r[1], r[3], r[rows[0]!.indexOf('4.1 Not eligible: closed')], r[r.length - 1]])).toEqual([
      ['stratum', '1.1 Completed interview', '2.1 Refusal', '4.1 Not eligible: closed', 'total'],
      ['sector_level=state|policy_area=health|size_class=10_49', 1, 1, 0, 4],
      ['sector_level=municipality|policy_area=health|size_class=10_49', 1, 0, 1, 2],
      ['total', 2, 1, 1, 6],
    ]);
  });
});
