/** The import path of a sample-frame file, without the store: csv decoding, an xlsx through the sheet reader, refusals. */
import { describe, expect, it, vi } from 'vitest';
import { read, utils, write } from 'xlsx';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { ok } from '../../../renderer/src/core/result';
import { TOO_MANY_FRAME_ROWS } from '../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { importFrameFile } from '../../../renderer/src/features/fieldwork/import-frame';
import { csvRows } from '../../../renderer/src/ui/spreadsheet/csv-rows';
import { checkSheetMatrix } from '../../../renderer/src/ui/spreadsheet/sheet-matrix';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());
const noWorker = vi.fn(() => Promise.reject(new Error('the Worker must not be used')));

/** What the Worker does, in-process: the first sheet as rows of text. */
async function readHere(data: Uint8Array) {
  const wb = read(data, { type: 'array' });
  const sheet = wb.Sheets[wb.SheetNames[0]!]!;
  return ok(utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' }));
}

describe('importing a sample-frame file', () => {
  it('reads a Windows-1252 csv from an old Danish Excel', async () => {
    // "id;navn;niveau;område;størrelse" with å and ø as single bytes.
    const enc = (s: string) => [...s].map((ch) => ({ å: 0xe5, ø: 0xf8 })[ch] ?? ch.charCodeAt(0));
    const bytes = new Uint8Array(enc('id;navn;niveau;område;størrelse\r\n12345678;Vejle Bibliotek;kommune;kultur og fritid;10-49\r\n'));
    const result = await importFrameFile({ name: 'Stikprøve.csv', data: bytes }, vocabulary, noWorker);
    expect(result.ok && result.value.cases.map((c) => [c.workplaceId, c.policy_area, c.size_class])).toEqual([['12345678', 'culture_leisure', '10_49']]);
  });

  it('reads an xlsx workbook through the sheet reader', async () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['CVR', 'Navn', 'Niveau', 'Område', 'Ansatte'], ['29189846', 'Region H', 'Region', 'Sundhed', 420]]), 'Stikprøve');
    const data = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const reader = vi.fn(readHere);
    const result = await importFrameFile({ name: 'frame.xlsx', data }, vocabulary, reader);
    expect(reader).toHaveBeenCalledTimes(1);
    expect(result.ok && result.value.cases[0]).toMatchObject({ workplaceId: '29189846', sector_level: 'region', size_class: '100_plus', employees: 420 });
  });

  it('refuses an empty file, a fake xlsx and other file types without reading them', async () => {
    for (const file of [
      { name: 'f.csv', data: new Uint8Array() },
      { name: 'f.xlsx', data: new TextEncoder().encode('id;navn') },
      { name: 'f.ods', data: new TextEncoder().encode('x') },
    ]) {
      const result = await importFrameFile(file, vocabulary, noWorker);
      expect(result.ok, file.name).toBe(false);
      if (!result.ok) expect(result.error[0]?.code).toBe('unreadable');
    }
    expect(noWorker).not.toHaveBeenCalled();
  });

  it('splits a csv with the frame’s reader, not the sheet reader, and reads 50,000 workplaces below the header', async () => {
    const lines = ['cvr;navn;niveau;område;størrelse', ...Array.from({ length: 50_000 }, (_, i) => `${10_000_000 + i};Skole ${i};kommune;uddannelse;10-49`)];
    const result = await importFrameFile({ name: 'frame.csv', data: new TextEncoder().encode(lines.join('\n')) }, vocabulary, noWorker);
    expect(result.ok && result.value.cases.length).toBe(50_000);
    expect(noWorker).not.toHaveBeenCalled();
  });

  it('refuses a csv of 1,000,000 rows whole for its length, in the frame’s words, splitting no more than one row past the limit', async () => {
    const lines = ['cvr;navn;niveau;område;størrelse', ...Array.from({ length: 1_000_000 }, (_, i) => `${10_000_000 + i};Skole;kommune;uddannelse;10-49`)];
    // What the Worker does, in-process: the header and 50,000 rows are the limit, one more is split, no further.
    const readCsv = vi.fn(async (data: Uint8Array) => {
      const rows = csvRows(data, 50_001);
      expect(rows).toHaveLength(50_002);
      return checkSheetMatrix(rows, 50_001, TOO_MANY_FRAME_ROWS);
    });
    const file = { name: 'frame.csv', data: new TextEncoder().encode(lines.join('\n')) };
    expect(await importFrameFile(file, vocabulary, noWorker, readCsv)).toEqual({ ok: false, error: [{ code: 'too-many-rows', message: TOO_MANY_FRAME_ROWS }] });
    expect(readCsv).toHaveBeenCalledTimes(1);
    // The reader the app uses (here on the calling thread: jsdom has no Worker) refuses it alike.
    expect(await importFrameFile(file, vocabulary, noWorker)).toEqual({ ok: false, error: [{ code: 'too-many-rows', message: TOO_MANY_FRAME_ROWS }] });
    expect(TOO_MANY_FRAME_ROWS.da).toBe('Filen er for lang: en stikprøve kan have højst 50.000 rækker under overskriften, og filen har flere.');
    expect(noWorker).not.toHaveBeenCalled();
  });
});
