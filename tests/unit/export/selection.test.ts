process.env.TZ = 'Europe/Copenhagen'; // calendar days are local days

import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import type { ExportRecord } from '../../../renderer/src/core/export/data-rows';
import {
  countSelection,
  describeSelection,
  matchesSelection,
  selectionFacts,
  surveyorsOf,
  type ExportSelection,
} from '../../../renderer/src/core/export/selection';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { ResponseSummary } from '../../../renderer/src/db/records';
import { summaryFacts } from '../../../renderer/src/features/export/export-services';
import { innovationAnswers, noInnovationAnswers, record } from './fixtures';
import { readBook, request, rowsOf } from './workbook-fixtures';

const records = [
  record(innovationAnswers, { id: 'a', key: 'A', status: 'completed', createdByName: 'Mette', createdAt: '2026-01-31T23:30:00.000Z', updatedAt: '2026-02-10T09:00:00.000Z' }),
  record(noInnovationAnswers, { id: 'b', key: 'B', status: 'draft', createdByName: 'Bo', createdAt: '2026-02-01T09:00:00.000Z', updatedAt: '2026-02-01T09:00:00.000Z' }),
  record(innovationAnswers, { id: 'c', key: 'C', status: 'approved', createdByName: 'Bo', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' }),
  record({}, { id: 'd', key: 'D', status: 'completed', createdByName: 'Mette', createdAt: 'not a date', updatedAt: 'not a date' }),
];
const facts = records.map((r) => selectionFacts(r));
const keys = (s: ExportSelection) => records.filter((_, i) => matchesSelection(facts[i] as never, s)).map((r) => r.key);
const all: ExportSelection = { status: 'all', dateField: 'created' };

describe('the export selection', () => {
  it('filters by status: completed includes approved; approved is accepted though review does not exist yet', () => {
    expect(keys(all)).toEqual(['A', 'B', 'C', 'D']);
    expect(keys({ ...all, status: 'completed' })).toEqual(['A', 'C', 'D']);
    expect(keys({ ...all, status: 'approved' })).toEqual(['C']);
  });

  it('filters by local calendar days of the created or updated time, both ends inclusive', () => {
    // A was created 2026-01-31 23:30 UTC = 2026-02-01 00:30 in Copenhagen.
    expect(keys({ ...all, dateFrom: '2026-02-01', dateTo: '2026-02-01' })).toEqual(['A', 'B']);
    expect(keys({ ...all, dateField: 'updated', dateFrom: '2026-02-02' })).toEqual(['A', 'C']);
    expect(keys({ ...all, dateTo: '2026-01-31' })).toEqual([]);
  });

  it('filters by surveyor, government level and area, and combines every filter', () => {
    expect(keys({ ...all, surveyor: 'Bo' })).toEqual(['B', 'C']);
    expect(keys({ ...all, sectorLevel: 'state' })).toEqual(['B']);
    expect(keys({ ...all, policyArea: 'elderly_disability' })).toEqual(['A', 'C']);
    expect(keys({ ...all, status: 'completed', surveyor: 'Bo', policyArea: 'elderly_disability' })).toEqual(['C']);
    expect(countSelection(facts, { ...all, status: 'completed' })).toBe(3);
    expect(surveyorsOf(facts)).toEqual(['Bo', 'Mette']);
  });

  it('counts with the list summaries in the app (an unanswered level or area reads as none)', () => {
    const summary: ResponseSummary = {
      id: 'x', key: 'X', status: 'completed', workplaceName: '', workplaceId: '', createdById: 'p', createdByName: 'Bo',
      sectorLevel: '', policyArea: 'health', createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z', deleted: 0, progress: 1,
    };
    expect(summaryFacts(summary)).toEqual({ status: 'completed', createdAt: summary.createdAt, updatedAt: summary.updatedAt, surveyor: 'Bo', sectorLevel: undefined, policyArea: 'health', verified: null });
    expect(summaryFacts(summary, 1).verified).toBe(1);
  });

  it('filters by double entry: verified, marked but not verified yet, or not marked', () => {
    const marked: ExportRecord[] = [
      { ...record(innovationAnswers, { id: 'v', key: 'V', status: 'completed' }), verified: 1 },
      { ...record(innovationAnswers, { id: 'm', key: 'M', status: 'completed' }), verified: 0 },
      { ...record(innovationAnswers, { id: 'u', key: 'U', status: 'completed' }), verified: null },
      record(innovationAnswers, { id: 'n', key: 'N', status: 'completed' }),
    ];
    const pick = (s: ExportSelection) => marked.filter((r) => matchesSelection(selectionFacts(r), s)).map((r) => r.key);
    expect(pick(all)).toEqual(['V', 'M', 'U', 'N']);
    expect(pick({ ...all, verification: 'verified' })).toEqual(['V']);
    expect(pick({ ...all, verification: 'marked' })).toEqual(['M']);
    expect(pick({ ...all, verification: 'unmarked' })).toEqual(['U', 'N']);
    expect(describeSelection({ ...all, verification: 'verified' }, 'da', (_d, c) => c)).toBe('Alle besvarelser; kun verificerede. Slettede besvarelser er aldrig med.');
    expect(describeSelection({ ...all, verification: 'unmarked' }, 'en', (_d, c) => c)).toBe('All responses; not marked for verification only. Deleted responses are never included.');
  });

  it('is described in words for About', () => {
    const label = (_d: string, code: string) => (code === 'municipality' ? 'Kommune' : code);
    expect(describeSelection({ status: 'completed', dateField: 'updated', dateFrom: '2026-01-01', dateTo: '2026-03-31', sectorLevel: 'municipality', surveyor: 'Bo' }, 'da', label)).toBe(
      'Afsluttede besvarelser (afsluttede og godkendte); senest ændret fra 2026-01-01 til 2026-03-31; interviewer = Bo; forvaltningsniveau = Kommune. Slettede besvarelser er aldrig med.',
    );
    expect(describeSelection(all, 'en', label)).toBe('All responses. Deleted responses are never included.');
  });

  it('decides what the workbook holds, and About says so', async () => {
    const q = loadBuiltinQuestionnaire();
    const result = await buildWorkbook(q, records, request({ selection: { ...all, status: 'completed', surveyor: 'Bo' } }));
    const book = readBook(result.bytes);
    expect(rowsOf(book, 'Data').slice(1).map((r) => r[0])).toEqual(['C']);
    expect(rowsOf(book, 'About').find((r) => r[0] === 'Udvalg')?.[1]).toBe('Afsluttede besvarelser (afsluttede og godkendte); interviewer = Bo. Slettede besvarelser er aldrig med.');
  });
});
