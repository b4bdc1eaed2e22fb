import { read, utils } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { writeXlsForm, xlsFormBook } from '../../../renderer/src/core/xlsform/export-xlsform';
import { importXlsForm } from '../../../renderer/src/core/xlsform/import-xlsform';

const builtin = loadBuiltinQuestionnaire().def;

/** The sheets of an .xlsx as text, the way the reading Worker hands them over. */
function sheetsOf(bytes: Uint8Array): Record<string, string[][]> {
  const book = read(bytes, { type: 'array' });
  return Object.fromEntries(book.SheetNames.map((name) => [name, utils.sheet_to_json<string[]>(book.Sheets[name]!, { header: 1, raw: false, defval: '' })]));
}

describe('the built-in questionnaire as an XLSForm', () => {
  it('export then import gives an equal definition (rows as text)', () => {
    const imported = importXlsForm(xlsFormBook(builtin));
    if (!imported.ok) throw new Error(JSON.stringify(imported.error, null, 1));
    expect(imported.value.def).toEqual(builtin);
    expect(imported.value.notices).toEqual([]);
  });

  it('export then import gives an equal definition through a real .xlsx file read by SheetJS', async () => {
    const bytes = await writeXlsForm(builtin, new Date(Date.UTC(2026, 11, 2)));
    const sheets = sheetsOf(bytes);
    expect(Object.keys(sheets)).toEqual(['survey', 'choices', 'settings']);
    const imported = importXlsForm(sheets);
    if (!imported.ok) throw new Error(JSON.stringify(imported.error, null, 1));
    expect(imported.value.def).toEqual(builtin);
  });

  it('writes the rows pyxform expects: groups for sections, table-list for grids, select_one with the list name', () => {
    const { survey } = xlsFormBook(builtin);
    const [header, ...rows] = survey ?? [];
    const col = (name: string) => header!.indexOf(name);
    expect(rows[0]!.slice(0, 3)).toEqual(['begin group', 'A', 'A. Arbejdspladsen']);
    expect(rows.find((r) => r[col('name')] === 'sector_level')?.[col('type')]).toBe('select_one sector_level');
    const grid = rows.findIndex((r) => r[col('name')] === 'factor');
    expect(rows[grid]![col('type')]).toBe('begin group');
    expect(rows[grid]![col('appearance')]).toBe('table-list');
    expect(rows[grid + 1]![col('type')]).toBe('select_one factor');
    expect(rows.filter((r) => r[col('type')] === 'calculate').map((r) => r[col('name')])).toEqual(builtin.derived.map((d) => d.name));
  });
});

describe('an edition with renamed options, as an XLSForm', () => {
  const mapped = {
    ...structuredClone(builtin),
    version: '2027.1',
    previousVersion: builtin.version,
    choiceLists: { ...structuredClone(builtin.choiceLists), sector_level: builtin.choiceLists.sector_level!.map((c) => (c.code === 'state' ? { ...c, code: 'national', previousCode: 'state' } : c)) },
  };

  it('settings previous_version and choices previous_name carry the mapping there and back', () => {
    const book = xlsFormBook(mapped);
    const settings = book.settings!;
    expect(settings[1]![settings[0]!.indexOf('previous_version')]).toBe('2024.1');
    const choices = book.choices!;
    const row = choices.find((r) => r[1] === 'national')!;
    expect(row[choices[0]!.indexOf('previous_name')]).toBe('state');
    const imported = importXlsForm(book);
    if (!imported.ok) throw new Error(JSON.stringify(imported.error, null, 1));
    expect(imported.value.def).toEqual(mapped);
  });

  it('a previous_name without previous_version is refused at the option’s row', () => {
    const book = xlsFormBook(mapped);
    const settings = book.settings!;
    settings[1]![settings[0]!.indexOf('previous_version')] = '';
    const imported = importXlsForm(book);
    if (imported.ok) throw new Error('accepted');
    const row = book.choices!.findIndex((r) => r[1] === 'national') + 1;
    expect(imported.error.map((p) => [p.sheet, p.row])).toEqual([['choices', row]]);
    expect(imported.error[0]!.message.en).toContain('names no previous version (settings: previous_version)');
  });

  it('defaults, a read-only question and the appearances minimal and horizontal there and back, through a real .xlsx', async () => {
    const questions = builtin.sections[0]!.questions;
    const byType = (type: string) => questions.find((q) => q.type === type)!;
    const withDefaults = structuredClone(builtin);
    const first = withDefaults.sections[0]!;
    const text = questions.find((q) => q.type === 'text' && q.pattern === undefined)!;
    const single = byType('single');
    const integer = questions.find((q) => q.type === 'integer' && q.min === undefined && q.max === undefined) ?? byType('integer');
    first.questions = first.questions.map((q) => {
      if (q.name === text.name) return { ...q, default: 'Ukendt', readOnly: true };
      if (q.name === single.name) return { ...q, default: withDefaults.choiceLists[q.choices!]![0]!.code, appearance: 'minimal' as const };
      if (q.type === 'single') return { ...q, appearance: 'horizontal' as const };
      if (q.name === integer.name) return { ...q, default: Math.max(integer.min ?? 0, 5) };
      return q;
    });
    const bytes = await writeXlsForm(withDefaults, new Date(Date.UTC(2026, 11, 2)));
    const imported = importXlsForm(sheetsOf(bytes));
    if (!imported.ok) throw new Error(JSON.stringify(imported.error, null, 1));
    expect(imported.value.def).toEqual(withDefaults);
  });
});
