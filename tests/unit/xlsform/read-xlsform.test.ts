/** The file path of an XLSForm: the Worker's reply checked, then the form imported; the reader is SheetJS in Node here. */
import { read, utils, write } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { err, ok } from '../../../renderer/src/core/result';
import { writeXlsForm } from '../../../renderer/src/core/xlsform/export-xlsform';
import { readXlsFormFile } from '../../../renderer/src/features/questionnaires/read-xlsform';
import { checkWorkbookReply } from '../../../renderer/src/ui/spreadsheet/sheet-matrix';

const NAMES = ['survey', 'choices', 'settings'];

/** What the Worker does, in Node: the named sheets (ignoring case) as text rows. */
const nodeReader = async (data: Uint8Array) => {
  const book = read(data, { type: 'array' });
  const sheets = Object.fromEntries(
    book.SheetNames.filter((n) => NAMES.includes(n.toLowerCase())).map((n) => [n, utils.sheet_to_json<unknown[]>(book.Sheets[n]!, { header: 1, raw: false, defval: '' })]),
  );
  return checkWorkbookReply({ ok: true, sheets }, NAMES);
};

describe('reading an XLSForm file', () => {
  it('the app’s own export of the built-in questionnaire reads back as the same definition', async () => {
    const def = loadBuiltinQuestionnaire().def;
    const bytes = await writeXlsForm(def);
    const result = await readXlsFormFile({ name: 'x.xlsx', data: bytes }, nodeReader);
    expect(result.ok && result.value.def).toEqual(def);
  });

  it('a workbook written by SheetJS with sheets named in capitals, and one problem, is refused with its place', async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['type', 'name', 'label'], ['text', 'a', 'A'], ['geopoint', 'where', 'Hvor']]), 'SURVEY');
    utils.book_append_sheet(book, utils.aoa_to_sheet([['form_id', 'version'], ['f', '1']]), 'Settings');
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = await readXlsFormFile({ name: 'f.xlsx', data: bytes }, nodeReader);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'problems') throw new Error('expected problems');
    expect(result.error.problems.map((p) => [p.sheet, p.row, p.column, p.message.da])).toEqual([['survey', 3, 'type', 'geografiske punkter (geopoint) understøttes ikke']]);
  });

  it('an unreadable file says why in words', async () => {
    const result = await readXlsFormFile({ name: 'f.xlsx', data: new Uint8Array([1, 2, 3]) }, async () => err({ da: 'Filen kunne ikke læses.', en: 'The file could not be read.' }));
    expect(result).toEqual(err({ kind: 'unreadable', message: { da: 'Filen kunne ikke læses.', en: 'The file could not be read.' } }));
  });
});

describe("the Worker's reply for named sheets", () => {
  it('passes plain rows of the sheets asked for, named as asked', () => {
    expect(checkWorkbookReply({ ok: true, sheets: { Survey: [['type'], ['text']] } }, NAMES)).toEqual(ok({ survey: [['type'], ['text']] }));
  });

  it.each([
    ['a sheet not asked for', { ok: true, sheets: { other: [['x']] } }],
    ['the same sheet twice', { ok: true, sheets: { survey: [['x']], SURVEY: [['y']] } }],
    ['sheets that are not a plain object', { ok: true, sheets: [] }],
    ['a row that is not an array', { ok: true, sheets: { survey: ['x'] } }],
    ['an object with a prototype', Object.create({ ok: true, sheets: {} }) as unknown],
  ])('refuses %s', (_what, reply) => {
    expect(checkWorkbookReply(reply, NAMES).ok).toBe(false);
  });

  it('names the sheet of a cell that is too long', () => {
    const result = checkWorkbookReply({ ok: true, sheets: { choices: [['x'.repeat(1_001)]] } }, NAMES);
    expect(result).toEqual(err({ da: 'Arket choices: Række 1, kolonne 1: cellen er for lang.', en: 'Sheet choices: Row 1, column 1: the cell is too long.' }));
  });
});
