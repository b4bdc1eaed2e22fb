/**
 * XLSForms as coordinators write them (tests/fixtures/xlsforms, made by make-xlsforms.ts), read from
 * the .xlsx file the way the app's Worker reads it, then imported: what each gives, or each refusal
 * with its sheet, row, column and character.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { utils } from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { importXlsForm } from '../../../renderer/src/core/xlsform/import-xlsform';
import { writeXlsForm, xlsFormBook } from '../../../renderer/src/core/xlsform/export-xlsform';
import type { XlsFormProblem } from '../../../renderer/src/core/xlsform/xlsform-types';
import { MAX_XLSFORM_ROWS, readXlsFormFile } from '../../../renderer/src/features/questionnaires/read-xlsform';
import { namedSheetRows } from '../../../renderer/src/ui/spreadsheet/named-sheet-rows';
import { checkWorkbookReply } from '../../../renderer/src/ui/spreadsheet/sheet-matrix';
import { XLSFORM_FIXTURES, xlsFormFixtureBytes } from '../../fixtures/xlsforms/make-xlsforms';
import { FIXTURE_DIR, fileBytes, imported, refusedWith, SHEET_NAMES as NAMES, workerLikeReader } from './fixture-reader';

if (process.env.UPDATE_XLSFORM_FIXTURES) {
  for (const fixture of XLSFORM_FIXTURES) writeFileSync(join(FIXTURE_DIR, fixture.file), xlsFormFixtureBytes(fixture));
}

const both = (da: string, en = da) => ({ da, en });
const notice = (n: XlsFormProblem) => [n.sheet, n.row, n.column, n.message.en];

describe('the fixture files', () => {
  it.each(XLSFORM_FIXTURES.map((f) => [f.file, f]))('%s is what make-xlsforms.ts writes (deterministic)', (file, fixture) => {
    expect(Buffer.from(fileBytes(file)).equals(Buffer.from(xlsFormFixtureBytes(fixture)))).toBe(true);
  });
});

describe('a pyxform-style edition in Danish and English', () => {
  const FILE = 'pyxform-style.xlsx';
  const EXPECTED: QuestionnaireDef = {
    id: 'innobar_proeve',
    // Typed as a number in the spreadsheet; read as the text it shows.
    version: '2025010101',
    title: both('Innovationsbarometer, prøve'),
    sections: [
      {
        id: 'arbejdsplads', title: both('Arbejdspladsen', 'The workplace'),
        questions: [
          { name: 'sektor', type: 'single', label: both('Sektor', 'Sector'), required: true, choices: 'sektor', appearance: 'minimal' },
          { name: 'ansatte', type: 'integer', label: both('Antal ansatte', 'Number of employees'), hint: both('Hele antal', 'Whole number'), required: true, constraint: '. >= 0 and . < 100000', constraintMessage: both('Mindst 0', 'At least 0') },
          { name: 'navn', type: 'text', label: both('Navn på arbejdspladsen', 'Name of the workplace'), required: true },
        ],
      },
      {
        id: 'innovation', title: both('Innovation'), relevant: '${ansatte} > 0',
        questions: [
          { name: 'innov_any', type: 'single', label: both('Har I indført noget nyt?', 'Have you introduced anything new?'), required: true, choices: 'janej', appearance: 'horizontal' },
          { name: 'partnere', type: 'multi', label: both('Hvem samarbejdede I med?', 'Who did you collaborate with?'), relevant: "${innov_any} = 'ja'", choices: 'partnere_or_other' },
          { name: 'partnere_other', type: 'text', label: both('Angiv andet', 'Specify other'), relevant: "selected(${partnere}, 'other')" },
          {
            name: 'faktorer', type: 'grid', label: both('Hvad betød det?', 'What did it mean?'), relevant: "${innov_any} = 'ja'", choices: 'effekt',
            rows: [{ name: 'f_ledelse', label: both('Ledelsen', 'Management') }, { name: 'f_borgere', label: both('Borgerne', 'Citizens') }],
          },
          { name: 'beskriv', type: 'longtext', label: both('Beskriv det nye', 'Describe what is new'), relevant: "${innov_any} = 'ja'", constraint: 'string-length(.) <= 500', constraintMessage: both('Højst 500 tegn', 'At most 500 characters') },
        ],
      },
    ],
    choiceLists: {
      sektor: [{ code: 'stat', label: both('Statslig', 'State') }, { code: 'region', label: both('Regional') }, { code: 'kommune', label: both('Kommunal', 'Municipal') }],
      janej: [{ code: 'ja', label: both('Ja', 'Yes') }, { code: 'nej', label: both('Nej', 'No') }],
      partnere: [{ code: 'borgere', label: both('Borgere', 'Citizens') }, { code: 'virksomheder', label: both('Virksomheder', 'Companies') }, { code: 'forskning', label: both('Forskning', 'Research') }],
      effekt: [{ code: 'fremmede', label: both('Fremmede', 'Promoted') }, { code: 'haemmede', label: both('Hæmmede', 'Hindered') }, { code: 'ingen', label: both('Ingen betydning', 'No effect') }],
      partnere_or_other: [
        { code: 'borgere', label: both('Borgere', 'Citizens') }, { code: 'virksomheder', label: both('Virksomheder', 'Companies') }, { code: 'forskning', label: both('Forskning', 'Research') },
        { code: 'other', label: both('Andet', 'Other') },
      ],
    },
    derived: [
      // A number without value_type is a decimal; one that computes text is text.
      { name: 'andel_partnere', label: both('andel_partnere'), type: 'decimal', calculation: 'round(count-selected(${partnere}) div 4 * 100, 1)' },
      { name: 'stoerrelse', label: both('stoerrelse'), type: 'text', calculation: "if(${ansatte} < 10, 'lille', if(${ansatte} < 50, 'mellem', 'stor'))" },
      { name: 'etiket', label: both('etiket'), type: 'text', calculation: "concat(${navn}, ' (', ${ansatte}, ')')" },
    ],
  };

  it('gives the definition: sections from groups, a grid from table-list, or_other, calculations', async () => {
    expect((await imported(FILE)).def).toEqual(EXPECTED);
  });

  it('notices name the metadata rows and the title given in Danish only; blank rows and instance_name pass quietly', async () => {
    expect((await imported(FILE)).notices.map(notice)).toEqual([
      ['settings', 2, 'form_title', "No English text in 'form_title': the Danish one is used in English too."],
      ['survey', 2, 'Type', 'start: not used: the app records times, computer and user in the audit log itself'],
      ['survey', 3, 'Type', 'end: not used: the app records times, computer and user in the audit log itself'],
    ]);
  });
});

describe('a KoboToolbox export', () => {
  const FILE = 'kobo-style.xlsx';

  it('gives the definition: English as the default language, true/false in required', async () => {
    const { def } = await imported(FILE);
    expect([def.id, def.version, def.title]).toEqual(['workplace_survey', 'v3', both('Workplace survey')]);
    expect(def.sections).toEqual([
      {
        id: 'grp_org', title: both('Organisation'),
        questions: [
          { name: 'public', type: 'single', label: both('Er arbejdspladsen offentlig?', 'Is the workplace public?'), required: true, choices: 'yn' },
          { name: 'founded', type: 'integer', label: both('Stiftelsesår', 'Year founded'), hint: both('Four digits'), relevant: "${public} = 'yes'", constraint: '. >= 1800 and . <= 2030' },
          { name: 'services', type: 'multi', label: both('Tilbudte ydelser', 'Services offered'), choices: 'services', constraint: 'count-selected(.) <= 2' },
        ],
      },
    ]);
    expect(Object.keys(def.choiceLists)).toEqual(['yn', 'services']);
    expect(def.derived).toEqual([]);
  });

  it("names Kobo's own columns once each as not used, and the texts given in English only", async () => {
    expect((await imported(FILE)).notices.map(notice)).toEqual([
      ['settings', 2, 'form_title', "No Danish text in 'form_title': the English one is used in Danish too."],
      ['survey', 2, '$kuid', "the column '$kuid' is not used"],
      ['survey', 2, '$autoname', "the column '$autoname' is not used"],
      ['survey', 4, 'hint::English (en)', "No Danish text in 'hint::English (en)': the English one is used in Danish too."],
      ['choices', 2, '$kuid', "the column '$kuid' is not used"],
      ['choices', 2, '$autovalue', "the column '$autovalue' is not used"],
    ]);
  });
});

describe('features the app cannot ask', () => {
  it('are refused together, each at its row and column, sheet by sheet', async () => {
    expect((await refusedWith('refused-features.xlsx')).map(notice)).toEqual([
      ['survey', 3, 'type', 'lists from files (…_from_file) are not supported: put the options on the choices sheet'],
      ['survey', 4, 'type', 'repeats (begin repeat) are not supported'],
      ['survey', 6, 'type', 'repeats (end repeat) are not supported'],
      ['survey', 7, 'type', 'locations (geopoint) are not supported'],
      ['survey', 8, 'choice_filter', "the column 'choice_filter' is not supported (the app cannot show media, filters or repeats)"],
      ['survey', 9, 'type', 'notes (type note) are not supported: put the text in a question’s hint'],
      ['survey', 10, 'type', 'lists from files (…_from_file) are not supported: put the options on the choices sheet'],
      ['choices', 2, 'media::image', "the column 'media::image' is not supported (images and sound for options)"],
    ]);
  });
});

describe('old pyxform headers below a blank first row, with expressions the app refuses', () => {
  // jr:choice-name() on row 10 is accepted now: the Danish label of the option.
  it('every expression problem at the row the spreadsheet shows (the header is row 2), the header as written and the character', async () => {
    const problems = await refusedWith('header-variants.xlsx');
    expect(problems.map((p) => [p.sheet, p.row, p.column, p.position])).toEqual([
      ['survey', 6, 'Constraint', 5],
      ['survey', 9, 'Relevance', 2],
      ['survey', 11, 'bind::calculate', 15],
    ]);
    expect(problems.map((p) => p.message.en.replace(/^The questionnaire cannot be loaded: /, ''))).toEqual([
      // A year is a number; format-date() gives text, which a question is not compared with unconverted.
      "Question 'aar' constraint: '<=' compares numbers, but format-date(…) is text",
      "Question 'begrundelse' relevant: unknown question 'ansate'; did you mean 'ansatte'?",
      "Derived 'andel' calculation: 'div' needs a number, but ${begrundelse} is text; convert text with number(…)",
    ]);
  });
});

describe('sheets formatted far beyond their cells', () => {
  it('read to the last filled row and column: accepted as the few rows they hold', async () => {
    const { def } = await imported('formatted-far.xlsx');
    expect(def.sections).toEqual([
      { id: 'a', title: both('Afsnit A', 'Section A'), questions: [
        { name: 'innov_any', type: 'single', label: both('Har I indført noget nyt?', 'Anything new?'), required: true, choices: 'janej' },
        { name: 'antal', type: 'integer', label: both('Hvor mange?', 'How many?') },
      ] },
    ]);
  });

  it('a sheet with something filled beyond the row or column limit is still refused, not cut off', () => {
    const long = utils.aoa_to_sheet([['type', 'name', 'label'], ['text', 'a', 'A']]);
    utils.sheet_add_aoa(long, [['text', 'late', 'Late']], { origin: `A${MAX_XLSFORM_ROWS + 10}` });
    const rows = namedSheetRows(long, MAX_XLSFORM_ROWS);
    expect(rows).toHaveLength(MAX_XLSFORM_ROWS + 1);
    expect(checkWorkbookReply({ ok: true, sheets: { survey: rows } }, NAMES, MAX_XLSFORM_ROWS)).toEqual({
      ok: false, error: { da: `Arket survey: Arket har mere end ${MAX_XLSFORM_ROWS} rækker: det er for mange til denne fil.`, en: `Sheet survey: The sheet has more than ${MAX_XLSFORM_ROWS} rows: too many for this file.` },
    });
    const wide = utils.aoa_to_sheet([['type', 'name', 'label'], ['text', 'a', 'A']]);
    utils.sheet_add_aoa(wide, [['x']], { origin: 'BZ2' });
    const wideRows = namedSheetRows(wide, MAX_XLSFORM_ROWS);
    expect(wideRows.map((r) => r.length)).toEqual([51, 51]);
    expect(checkWorkbookReply({ ok: true, sheets: { survey: wideRows } }, NAMES, MAX_XLSFORM_ROWS).ok).toBe(false);
  });

  it('a blank row above the header is read as row 1, and a sheet with nothing filled as no rows', () => {
    const below = utils.sheet_add_aoa({}, [['type', 'name'], ['text', 'a']], { origin: 'B2' });
    below['!ref'] = 'B2:C3';
    expect(namedSheetRows(below, MAX_XLSFORM_ROWS)).toEqual([['', ''], ['type', 'name'], ['text', 'a']]);
    const empty = utils.aoa_to_sheet([['', ' ']]);
    expect(namedSheetRows(empty, MAX_XLSFORM_ROWS)).toEqual([]);
  });
});

describe('the accepted fixtures round-trip through the app’s own export', () => {
  it.each(['pyxform-style.xlsx', 'kobo-style.xlsx'])('%s: import, export, import gives an equal definition, as rows and as a real .xlsx', async (file) => {
    const { def } = await imported(file);
    const again = importXlsForm(xlsFormBook(def));
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.value.def).toEqual(def);
    expect(again.value.notices).toEqual([]);
    const written = await readXlsFormFile({ name: 'x.xlsx', data: await writeXlsForm(def, new Date(Date.UTC(2026, 11, 3))) }, workerLikeReader);
    expect(written.ok && written.value.def).toEqual(def);
  });
});
