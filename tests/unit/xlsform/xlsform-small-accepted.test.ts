/**
 * The small XLSForm files (tests/fixtures/xlsforms, small-xlsforms.ts) that the app accepts, one
 * feature each, read from the .xlsx as the app's Worker reads them: the definition they give, and
 * where the feature decides what is asked or computed, the real engine's result on answers whose
 * outcome is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluateResponse } from '../../../renderer/src/core/engine/evaluate-response';
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import type { Answers, QuestionDef, Questionnaire } from '../../../renderer/src/core/questionnaire/model';
import { xlsFormBook } from '../../../renderer/src/core/xlsform/export-xlsform';
import { importXlsForm } from '../../../renderer/src/core/xlsform/import-xlsform';
import { imported, notice } from './fixture-reader';

const both = (da: string, en = da) => ({ da, en });
const onlyDa = (column: string) => `No English text in '${column}': the Danish one is used in English too.`;

async function questionnaire(file: string): Promise<Questionnaire> {
  const loaded = loadQuestionnaire((await imported(file)).def);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

const questions = async (file: string): Promise<QuestionDef[]> => (await imported(file)).def.sections.flatMap((s) => s.questions);
const values = (q: Questionnaire, answers: Answers) => evaluateResponse(q, answers).values;
const states = (q: Questionnaire, answers: Answers) => Object.fromEntries(evaluateResponse(q, answers).states);
const problems = (q: Questionnaire, answers: Answers) => evaluateResponse(q, answers).problems.map((p) => [p.variable, p.code, p.message.en]);

describe('question types', () => {
  it('text, string and multiline text; labels from label::da and label::en under capital headers', async () => {
    const { def, notices } = await imported('type-text.xlsx');
    expect(def.sections).toEqual([{ id: 'section_1', title: both('type_text'), questions: [
      { name: 'navn', type: 'text', label: both('Navn', 'Name') },
      { name: 'by', type: 'text', label: both('By', 'Town') },
      { name: 'beskriv', type: 'longtext', label: both('Beskriv', 'Describe') },
    ] }]);
    expect(notices).toEqual([]);
  });

  it('integer, int, decimal, and a year from integer or date with appearance year', async () => {
    expect((await questions('type-numbers.xlsx')).map((q) => [q.name, q.type])).toEqual([
      ['ansatte', 'integer'], ['afdelinger', 'integer'], ['budget', 'decimal'], ['stiftet', 'year'], ['aar', 'year'],
    ]);
  });

  it('a date question, with a constraint against today(): the day the response was created, in Copenhagen', async () => {
    expect(await questions('type-date.xlsx')).toEqual([
      {
        name: 'indfoert', type: 'date', label: both('Hvornår blev innovationen taget i brug?', 'When was the innovation taken into use?'),
        constraint: '. <= today()', constraintMessage: both('Datoen må ikke ligge efter i dag', 'The date must not be after today'),
      },
      {
        name: 'evalueret', type: 'date', label: both('Hvornår blev den evalueret?', 'When was it evaluated?'),
        constraint: '. >= ${indfoert}', constraintMessage: both('Evalueringen kan ikke ligge før', 'The evaluation cannot come before'),
      },
    ]);
    const q = await questionnaire('type-date.xlsx');
    const check = (answers: Answers, createdAt: string) => evaluateResponse(q, answers, { createdAt }).problems.map((p) => [p.variable, p.code, p.message.da]);
    // Created 5 March 2021 at 10:00 in Copenhagen (09:00 UTC, winter time): that day passes, the next does not.
    expect(check({ indfoert: '2021-03-05' }, '2021-03-05T09:00:00Z')).toEqual([]);
    expect(check({ indfoert: '2021-03-06' }, '2021-03-05T09:00:00Z')).toEqual([['indfoert', 'constraint', 'Datoen må ikke ligge efter i dag']]);
    // 23:30 UTC on 5 March is 00:30 on 6 March in Copenhagen: today() is the 6th.
    expect(check({ indfoert: '2021-03-06' }, '2021-03-05T23:30:00Z')).toEqual([]);
    // The second date compares with the first as days.
    expect(check({ indfoert: '2021-03-05', evalueret: '2021-03-01' }, '2021-03-05T09:00:00Z')).toEqual([['evalueret', 'constraint', 'Evalueringen kan ikke ligge før']]);
    expect(check({ indfoert: '2021-03-01', evalueret: '2021-03-01' }, '2021-03-05T09:00:00Z')).toEqual([]);
    // A day that does not exist, as typed, is no date: said with the month's length.
    expect(check({ indfoert: '31-02-2021' }, '2021-03-05T09:00:00Z')).toEqual([['indfoert', 'type', '31-02-2021 findes ikke: februar 2021 har 28 dage']]);
  });

  it('a date question and the date functions go out as XLSForm type date and come back the same', async () => {
    for (const file of ['type-date.xlsx', 'functions-date.xlsx', 'functions-choice-name.xlsx']) {
      const { def } = await imported(file);
      const book = xlsFormBook(def);
      expect(book.survey?.some((row) => row.includes('date'))).toBe(file !== 'functions-choice-name.xlsx');
      const again = importXlsForm(book);
      if (!again.ok) throw new Error(JSON.stringify(again.error));
      expect(again.value.def).toEqual(def);
    }
  });

  it('select_one, select one and select1 each ask one option of their list; minimal (a drop-down) and horizontal kept; a blank row between lists', async () => {
    const { def, notices } = await imported('type-select-one.xlsx');
    expect(def.sections[0]?.questions.map((q) => [q.name, q.type, q.choices, q.appearance])).toEqual([
      ['a', 'single', 'janej', 'minimal'], ['b', 'single', 'janej', 'horizontal'], ['c', 'single', 'sektor', undefined],
    ]);
    expect(def.choiceLists).toEqual({
      janej: [{ code: 'ja', label: both('Ja') }, { code: 'nej', label: both('Nej') }],
      sektor: [{ code: 'stat', label: both('Statslig') }, { code: 'kommune', label: both('Kommunal') }],
    });
    // The Danish-only labels are noticed row by row, at the rows the spreadsheet shows (row 4 of choices is blank).
    expect(notices.map((n) => [n.sheet, n.row])).toEqual([['survey', 2], ['survey', 3], ['survey', 4], ['choices', 2], ['choices', 3], ['choices', 5], ['choices', 6]]);
    expect(new Set(notices.map((n) => n.message.en))).toEqual(new Set([onlyDa('label::Dansk (da)')]));
  });

  it("select_multiple … or_other adds the option other and a question <name>_other, asked only when other is ticked", async () => {
    const { def } = await imported('type-select-multiple-or-other.xlsx');
    expect(def.sections[0]?.questions).toEqual([
      { name: 'partnere', type: 'multi', label: both('Partnere', 'Partners'), choices: 'partnere_or_other' },
      { name: 'partnere_other', type: 'text', label: both('Angiv andet', 'Specify other'), relevant: "selected(${partnere}, 'other')" },
    ]);
    expect(def.choiceLists.partnere_or_other?.map((c) => c.code)).toEqual(['borgere', 'firmaer', 'other']);
    const q = await questionnaire('type-select-multiple-or-other.xlsx');
    expect(states(q, { partnere: ['borgere', 'other'], partnere_other: 'Foreninger' }).partnere_other).toBe('answered');
    expect(states(q, { partnere: ['borgere'] }).partnere_other).toBe('skipped');
  });

  it('calculate: value_type integer and text as written, a number without value_type a decimal; 3 women and 1 man give 4, 0.75 and 3/1', async () => {
    const { def } = await imported('type-calculate.xlsx');
    expect(def.derived.map((d) => [d.name, d.type])).toEqual([['i_alt', 'integer'], ['andel', 'decimal'], ['tekst', 'text']]);
    expect(values(await questionnaire('type-calculate.xlsx'), { kvinder: 3, maend: 1 })).toEqual({ kvinder: 3, maend: 1, i_alt: 4, andel: 0.75, tekst: '3/1' });
  });
});

describe('defaults and read-only questions', () => {
  it('default as a number, a decimal with a comma, an option, options separated by spaces and a text; read_only yes and no', async () => {
    expect((await questions('default-and-read-only.xlsx')).map((q) => [q.name, q.default, q.readOnly])).toEqual([
      ['ansatte', 10, undefined],
      ['andel', 2.5, undefined],
      ['ny', 'nej', undefined],
      ['hvem', ['borgere', 'firmaer'], undefined],
      ['udgave', 'Barometer 2026', true],
    ]);
    // Loads, and the defaults are answers like any other: with them alone nothing is wrong.
    const q = await questionnaire('default-and-read-only.xlsx');
    expect(problems(q, { ansatte: 10, andel: 2.5, ny: 'nej', hvem: ['borgere', 'firmaer'], udgave: 'Barometer 2026' })).toEqual([]);
  });
});

describe('groups, grids and conditions', () => {
  it('a question before any group is a section titled with the form title; a group in a section is flattened, its relevant joined to each question’s own', async () => {
    const { def } = await imported('groups-sections.xlsx');
    expect(def.sections.map((s) => [s.id, s.title.da, s.relevant, s.questions.map((q) => [q.name, q.relevant])])).toEqual([
      ['section_1', 'Grupper', undefined, [['ansatte', undefined]]],
      ['a', 'Afsnit A', '${ansatte} > 0', [['ny', undefined], ['hvad', "${ny} = 'ja'"], ['hvor_mange', "(${ny} = 'ja') and (${ansatte} > 10)"]]],
    ]);
    const q = await questionnaire('groups-sections.xlsx');
    expect(states(q, { ansatte: 5, ny: 'ja' })).toEqual({ ansatte: 'answered', ny: 'answered', hvad: 'unanswered', hvor_mange: 'skipped' });
    expect(states(q, { ansatte: 20, ny: 'ja' })).toEqual({ ansatte: 'answered', ny: 'answered', hvad: 'unanswered', hvor_mange: 'unanswered' });
    expect(states(q, { ansatte: 0, ny: 'ja' })).toEqual({ ansatte: 'answered', ny: 'skipped', hvad: 'skipped', hvor_mange: 'skipped' });
  });

  it('a table-list group of select_one rows of one list is a grid, required when every row is', async () => {
    const { def } = await imported('grid-table-list.xlsx');
    expect(def.sections).toEqual([{ id: 'b', title: both('Afsnit B'), questions: [{
      name: 'effekt', type: 'grid', label: both('Betydning'), choices: 'effekt', required: true,
      rows: [{ name: 'e_ledelse', label: both('Ledelsen') }, { name: 'e_borgere', label: both('Borgerne') }],
    }] }]);
    const q = await questionnaire('grid-table-list.xlsx');
    expect(problems(q, { e_ledelse: 'fremmede' }).map(([variable, code]) => [variable, code])).toEqual([['e_borgere', 'required']]);
  });

  it("required (TRUE, yes), relevant, constraint and its message in both languages, in Kobo's column order", async () => {
    const { def, notices } = await imported('relevant-constraint-required.xlsx');
    expect(def.sections[0]?.questions).toEqual([
      { name: 'ny', type: 'single', label: both('Nyt?', 'New?'), required: true, choices: 'janej' },
      { name: 'antal', type: 'integer', label: both('Antal', 'Number'), required: true, relevant: "${ny} = 'ja'", constraint: '. >= 1 and . <= 10', constraintMessage: both('Fra 1 til 10', 'From 1 to 10') },
    ]);
    expect(notices.map(notice)).toEqual([['survey', 2, '$kuid', "the column '$kuid' is not used"]]);
    const q = await questionnaire('relevant-constraint-required.xlsx');
    expect(problems(q, { ny: 'ja', antal: 11 })).toEqual([['antal', 'constraint', 'From 1 to 10']]);
    expect(problems(q, { ny: 'ja', antal: 10 })).toEqual([]);
    expect(problems(q, { ny: 'ja' }).map(([variable, code]) => [variable, code])).toEqual([['antal', 'required']]);
    expect(problems(q, { ny: 'nej', antal: 11 })).toEqual([]);
  });
});

describe('settings', () => {
  it('form_id, a version typed as a number, form_title in two languages, default_language English: plain label and hint are English', async () => {
    const { def, notices } = await imported('settings-english-default.xlsx');
    expect([def.id, def.version, def.title]).toEqual(['undersoegelse', '2027', both('Undersøgelse', 'Survey')]);
    expect(def.sections).toEqual([{ id: 'section_1', title: both('Undersøgelse', 'Survey'), questions: [
      { name: 'navn', type: 'text', label: both('Navn', 'Name'), hint: both('As written') },
    ] }]);
    expect(notices.map(notice)).toEqual([['survey', 2, 'hint', "No Danish text in 'hint': the English one is used in Danish too."]]);
  });

  it('previous_version and previous_name declare a renamed option', async () => {
    const { def } = await imported('previous-version.xlsx');
    expect([def.id, def.version, def.previousVersion]).toEqual(['barometer', '2027.1', '2024.1']);
    expect(def.choiceLists.sektor).toEqual([{ code: 'national', label: both('Statslig'), previousCode: 'state' }, { code: 'kommune', label: both('Kommunal') }]);
  });
});

describe('how real tools write the sheets', () => {
  it("pyxform's older headers read as the columns they name", async () => {
    const { def } = await imported('pyxform-aliases.xlsx');
    expect(def.sections[0]?.questions).toEqual([
      { name: 'ny', type: 'single', label: both('Nyt?'), hint: both('Ja eller nej'), required: true, choices: 'janej' },
      { name: 'antal', type: 'integer', label: both('Antal'), relevant: "${ny} = 'ja'", constraint: '. > 0', constraintMessage: both('Mindst 1') },
    ]);
    expect(def.derived).toEqual([{ name: 'dobbelt', label: both('dobbelt'), type: 'decimal', calculation: '${antal} * 2' }]);
    expect(def.choiceLists).toEqual({ janej: [{ code: 'ja', label: both('Ja') }, { code: 'nej', label: both('Nej') }] });
  });

  it('a metadata row, required_message, an unknown appearance and column, and a third language are accepted, each with a notice at its cell', async () => {
    const { def, notices } = await imported('notices.xlsx');
    expect(def.sections[0]?.questions).toEqual([{ name: 'navn', type: 'text', label: both('Navn', 'Name'), required: true }]);
    expect(notices.map(notice)).toEqual([
      ['survey', 2, 'type', 'deviceid: not used: the app records times, computer and user in the audit log itself'],
      ['survey', 3, 'appearance', "the appearance 'sparkly' is not used"],
      ['survey', 3, 'tag', "the column 'tag' is not used"],
      ['survey', 3, 'required_message', 'the app shows its own message when a question must be answered'],
      ['survey', 3, 'label::Deutsch (de)', "The language of column 'label::Deutsch (de)' is not used: the app speaks Danish and English."],
    ]);
  });
});

describe('functions, evaluated by the engine on hand-computed answers', () => {
  it('text functions on "  Aarhus   Kommune " and 42', async () => {
    const q = await questionnaire('functions-text.xlsx');
    expect(values(q, { navn: '  Aarhus   Kommune ', n: 42 })).toEqual({
      navn: '  Aarhus   Kommune ', n: 42,
      som_tekst: '42',
      renset: 'Aarhus Kommune',
      har_kommune: 1,
      starter: 1,
      slutter: 0,
      // substr(s, start, end): characters 0 to 5.
      del: 'Aarhus',
      store: 'AArHUs KommUne',
      laengde: 14,
      etiket: 'Aarhus   Kommune #42',
    });
  });

  it('number functions on -2.45 and the text "2,5"; 1 div 0 is empty, as the engine makes a division by zero', async () => {
    const q = await questionnaire('functions-number.xlsx');
    const v = values(q, { x: -2.45, tal: '2,5' });
    expect(v.kvadrat).toBeCloseTo(6.0025, 12);
    expect(v.afstand).toBeCloseTo(12.45, 12);
    // int() towards zero; round() halves towards +∞ on the digits as written.
    expect([v.hel, v.afrundet, v.laest, v.rest]).toEqual([-2, -2.4, 5, -1]);
    expect(Object.hasOwn(v, 'nul')).toBe(false);
  });

  it('date functions on 2021-01-01 and 2021-03-05, in a response created on 5 March 2021', async () => {
    const q = await questionnaire('functions-date.xlsx');
    const { values: v } = evaluateResponse(q, { start: '2021-01-01', slut: '2021-03-05' }, { createdAt: '2021-03-05T12:00:00Z' });
    expect(v).toEqual({
      start: '2021-01-01', slut: '2021-03-05',
      // January's 31 days, February's 28, and 4: 63.
      dage: 63,
      // 2021-01-01: 51 years of 365 days and 13 leap days (1972 … 2020) after 1970-01-01: 18,615 + 13.
      dagnummer: 18_628,
      dansk: '01-01-2021',
      // 18,628 = 7 × 2,661 + 1 days after a Thursday: a Friday.
      kort: 'Fri 1/1 21 Jan',
      dagen_efter: '2021-01-02',
      fast: 18_628,
      // today() is the creation day, 2021-03-05: 63 days after the start.
      alder: 63,
    });
  });

  it("jr:choice-name() gives the chosen option's Danish label, whichever language is shown", async () => {
    const q = await questionnaire('functions-choice-name.xlsx');
    expect(values(q, { sektor: 'kommune' })).toEqual({ sektor: 'kommune', sektor_tekst: 'En kommune', overskrift: 'Arbejdsplads i En kommune' });
    // Unanswered: an empty label, so the calculation is empty and the concatenation has the words before it.
    expect(values(q, {})).toEqual({ overskrift: 'Arbejdsplads i ' });
  });

  it('boolean functions decide what is asked and what is valid', async () => {
    const q = await questionnaire('functions-boolean.xlsx');
    // boolean-from-string('true') asks cvr; regex needs all 8 digits; boolean(cvr) asks kommentar; coalesce of the empty kommentar is 'tom'.
    expect(states(q, { m: ['nej'], flag: 'true', cvr: '1234567' })).toEqual({ m: 'answered', flag: 'answered', cvr: 'answered', kommentar: 'unanswered', n: 'unanswered' });
    expect(problems(q, { m: ['nej'], flag: 'true', cvr: '1234567' }).map(([variable, code]) => [variable, code])).toEqual([['cvr', 'constraint']]);
    expect(problems(q, { m: ['nej'], flag: 'true', cvr: '12345678' })).toEqual([]);
    // '0' is false, but ja is ticked; two options break count-selected(.) <= 1.
    expect(problems(q, { m: ['ja', 'nej'], flag: '0' }).map(([variable, code]) => [variable, code])).toEqual([['m', 'constraint']]);
    expect(states(q, { m: ['ja', 'nej'], flag: '0' }).cvr).toBe('unanswered');
    // Neither: cvr skipped, so kommentar (boolean of an empty text) too; n asked, kommentar being empty.
    expect(states(q, { m: ['nej'], flag: 'nope', kommentar: 'x' })).toEqual({ m: 'answered', flag: 'answered', cvr: 'skipped', kommentar: 'skipped', n: 'unanswered' });
  });

  it("XPath's implicit conversions: if() of a number and a text, text compared as numbers, true() + 8, 17 = '17.0000000', not('')", async () => {
    const q = await questionnaire('implicit-conversions.xlsx');
    expect(values(q, { a: 8 })).toEqual({ a: 8, blandet: '5', tekst_tal: 1, sand_plus: 9, lige: 1, ikke_tom: 1 });
    expect(values(q, { a: 3 }).blandet).toBe('abc');
  });
});
