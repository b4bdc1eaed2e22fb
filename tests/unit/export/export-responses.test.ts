import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import * as XLSX from 'xlsx';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { err, ok, type Result } from '../../../renderer/src/core/result';
import type { SavedFile } from '../../../renderer/src/host/host';
import { exportResponses, type ExportOutcome, type ExportServices } from '../../../renderer/src/features/export/export-responses';
import { exportMessage } from '../../../renderer/src/features/export/export-message';
import { exportStrings } from '../../../renderer/src/features/export/strings';
import type { ResponseRecord } from '../../../renderer/src/db/records';
import { innovationAnswers, noInnovationAnswers, record } from './fixtures';

const q = loadBuiltinQuestionnaire();
const now = new Date(2026, 10, 26, 23, 10);

interface Saved {
  name: string;
  kind: string;
  data: Uint8Array;
}

function services(records: ResponseRecord[], answer: (name: string) => Result<SavedFile>) {
  const saved: Saved[] = [];
  const fake: ExportServices = {
    questionnaire: q,
    responses: { allResponses: async () => records },
    host: {
      saveFile: async (name, kind, data) => {
        saved.push({ name, kind, data });
        return answer(name);
      },
    },
  };
  return { fake, saved };
}

const records = [
  record(innovationAnswers, { id: 'a', key: 'AAA-111' }),
  record(noInnovationAnswers, { id: 'b', key: 'BBB-222' }),
  record(innovationAnswers, { id: 'c', key: 'DEL-333', deletedAt: '2026-03-03T10:00:00.000Z' }),
];

describe('exportResponses', () => {
  it('saves the workbook of the responses that are not deleted, under the suggested name', async () => {
    const { fake, saved } = services(records, (name) => ok({ saved: true, fileName: `/home/u/${name}` }));
    const outcome = await exportResponses(fake, now);
    expect(outcome).toEqual({ kind: 'saved', count: 2, fileName: '/home/u/innovationsbarometer-2026-11-26T2310.xlsx', truncated: [] });
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toBe('innovationsbarometer-2026-11-26T2310.xlsx');
    expect(saved[0]?.kind).toBe('xlsx');
    const sheet = XLSX.read(saved[0]?.data, { type: 'array' }).Sheets.Data;
    const keys = XLSX.utils.sheet_to_json<{ key: string }>(sheet as XLSX.WorkSheet).map((r) => r.key);
    expect(keys.sort()).toEqual(['AAA-111', 'BBB-222']);
  });

  it('reports a cancelled save dialog and a host error', async () => {
    expect(await exportResponses(services(records, () => ok({ saved: false })).fake, now)).toEqual({ kind: 'cancelled' });
    expect(await exportResponses(services(records, () => err('Disk full')).fake, now)).toEqual({ kind: 'failed', message: 'Disk full' });
  });

  it('turns a failing repository into a failed outcome instead of throwing', async () => {
    const { fake } = services([], () => ok({ saved: true }));
    fake.responses = { allResponses: () => Promise.reject(new Error('IndexedDB closed')) };
    expect(await exportResponses(fake, now)).toEqual({ kind: 'failed', message: 'IndexedDB closed' });
  });

  it('reports texts cut to fit a cell', async () => {
    const long = record({ ...innovationAnswers, recent_desc: 'z'.repeat(40_000) }, { id: 'l', key: 'LNG-444' });
    const outcome = await exportResponses(services([long], (name) => ok({ saved: true, fileName: name })).fake, now);
    expect(outcome.kind === 'saved' && outcome.truncated).toEqual([
      { key: 'LNG-444', uuid: 'l', column: 'recent_desc', originalLength: 40_000 },
    ]);
  });
});

describe('exportMessage and the export strings', () => {
  const t = i18next.createInstance();
  const ready = t.init({
    lng: 'da',
    fallbackLng: false,
    resources: { da: { export: exportStrings.da }, en: { export: exportStrings.en } },
    defaultNS: 'export',
    interpolation: { escapeValue: false },
  });

  async function say(outcome: ExportOutcome | 'working', lang: 'da' | 'en'): Promise<string> {
    await ready;
    await t.changeLanguage(lang);
    return exportMessage(outcome, lang).lines.map((l) => t.t(l.key, l.values ?? {})).join(' ');
  }

  const saved = (count: number, truncated = 0): ExportOutcome => ({
    kind: 'saved',
    count,
    fileName: 'x.xlsx',
    truncated: Array.from({ length: truncated }, (_, i) => ({ key: `K${i}`, uuid: `u${i}`, column: 'comment', originalLength: 40_000 })),
  });

  it('has the same keys in Danish and English', () => {
    expect(Object.keys(exportStrings.da).sort()).toEqual(Object.keys(exportStrings.en).sort());
    expect(exportStrings.da.button).toBe('Eksportér til Excel');
    expect(exportStrings.en.button).toBe('Export to Excel');
  });

  it('says how many responses were exported, in both languages', async () => {
    expect(await say(saved(1234), 'da')).toBe('Eksporteret 1.234 svar til x.xlsx.');
    expect(await say(saved(1), 'en')).toBe('Exported 1 response to x.xlsx.');
    expect(await say(saved(2), 'en')).toBe('Exported 2 responses to x.xlsx.');
    expect(exportMessage(saved(2), 'da').tone).toBe('success');
  });

  it('warns about cut texts, naming the first few', async () => {
    const text = await say(saved(9, 7), 'en');
    expect(text).toContain('7 texts were longer than the 32,767 characters');
    expect(text).toContain('K0 comment, K1 comment, K2 comment, K3 comment, K4 comment, …');
    expect(exportMessage(saved(9, 7), 'en').tone).toBe('warning');
  });

  it('words every other outcome without leaving a key or placeholder behind', async () => {
    const others: (ExportOutcome | 'working')[] = [
      'working',
      { kind: 'cancelled' },
      { kind: 'too-many-rows' },
      { kind: 'too-large', bytes: 250_000_000, limit: 209_715_200 },
      { kind: 'failed', message: 'Disk full' },
    ];
    for (const lang of ['da', 'en'] as const) {
      for (const outcome of others) {
        const text = await say(outcome, lang);
        expect(text, JSON.stringify(outcome)).not.toMatch(/{{|}}|^[a-zA-Z]+$/);
      }
    }
    expect(await say({ kind: 'failed', message: 'Disk full' }, 'da')).toBe('Eksporten mislykkedes: Disk full');
    expect(await say({ kind: 'too-large', bytes: 250_000_000, limit: 209_715_200 }, 'en')).toContain('250 MB');
  });
});
