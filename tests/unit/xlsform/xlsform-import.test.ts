/**
 * Hand-written XLSForms, one per feature the import supports and one per thing it refuses. Each is
 * small enough to read: a header row and a few rows per sheet, as a coordinator would type them.
 */
import { describe, expect, it } from 'vitest';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { importXlsForm } from '../../../renderer/src/core/xlsform/import-xlsform';
import type { XlsFormBook, XlsFormProblem } from '../../../renderer/src/core/xlsform/xlsform-types';

const SETTINGS = [['form_title', 'form_id', 'version'], ['Prøve', 'proeve', '1']];
const YES_NO = [
  ['list_name', 'name', 'label::Dansk (da)', 'label::English (en)'],
  ['yn', 'yes', 'Ja', 'Yes'],
  ['yn', 'no', 'Nej', 'No'],
];

function book(survey: string[][], choices: string[][] = YES_NO, settings: string[][] = SETTINGS): XlsFormBook {
  return { survey, choices, settings };
}

function accepted(form: XlsFormBook): { def: QuestionnaireDef; notices: XlsFormProblem[] } {
  const result = importXlsForm(form);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error.map((p) => [p.sheet, p.row, p.column, p.message.en]))}`);
  return result.value;
}

function refused(form: XlsFormBook): XlsFormProblem[] {
  const result = importXlsForm(form);
  if (result.ok) throw new Error('accepted a form that should be refused');
  return result.error;
}

const place = (p: XlsFormProblem) => [p.sheet, p.row, p.column];
const H = ['type', 'name', 'label::Dansk (da)', 'label::English (en)'];

describe('XLSForm import: what it reads', () => {
  it('1. a group is a section; text, integer and decimal questions with labels in both languages', () => {
    const { def } = accepted(book([H, ['begin group', 'a', 'Afsnit A', 'Section A'], ['text', 'navn', 'Navn', 'Name'], ['integer', 'antal', 'Antal', 'Count'], ['decimal', 'andel', 'Andel', 'Share'], ['end group']]));
    expect(def).toEqual({
      id: 'proeve', version: '1', title: { da: 'Prøve', en: 'Prøve' },
      sections: [{ id: 'a', title: { da: 'Afsnit A', en: 'Section A' }, questions: [
        { name: 'navn', type: 'text', label: { da: 'Navn', en: 'Name' } },
        { name: 'antal', type: 'integer', label: { da: 'Antal', en: 'Count' } },
        { name: 'andel', type: 'decimal', label: { da: 'Andel', en: 'Share' } },
      ] }],
      choiceLists: { yn: [{ code: 'yes', label: { da: 'Ja', en: 'Yes' } }, { code: 'no', label: { da: 'Nej', en: 'No' } }] },
      derived: [],
    });
  });

  it('2. questions outside any group gather in a section titled with the form title', () => {
    const { def } = accepted(book([H, ['text', 'x', 'X', 'X']]));
    expect(def.sections).toEqual([{ id: 'section_1', title: { da: 'Prøve', en: 'Prøve' }, questions: [{ name: 'x', type: 'text', label: { da: 'X', en: 'X' } }] }]);
  });

  it('3. select_one and select_multiple name their list', () => {
    const { def } = accepted(book([H, ['select_one yn', 'q1', 'Et', 'One'], ['select_multiple yn', 'q2', 'To', 'Two']]));
    expect(def.sections[0]?.questions.map((q) => [q.type, q.choices])).toEqual([['single', 'yn'], ['multi', 'yn']]);
  });

  it('4. headers in any case, with spaces, and pyxform aliases (caption, relevance, constraint message)', () => {
    const { def } = accepted(book([
      ['Type', 'NAME', 'Caption::Dansk (da)', 'caption::English (en)', 'Relevance', 'Constraint', 'Constraint Message::da', 'constraint message::en'],
      ['integer', 'n', 'Antal', 'Count', '', '. >= 0', 'Mindst 0', 'At least 0'],
      ['text', 'why', 'Hvorfor', 'Why', '${n} > 3', '', '', ''],
    ]));
    expect(def.sections[0]?.questions).toEqual([
      { name: 'n', type: 'integer', label: { da: 'Antal', en: 'Count' }, constraint: '. >= 0', constraintMessage: { da: 'Mindst 0', en: 'At least 0' } },
      { name: 'why', type: 'text', label: { da: 'Hvorfor', en: 'Why' }, relevant: '${n} > 3' },
    ]);
  });

  it('5. a single label column is the default language; the other language copies it, with a notice', () => {
    const { def, notices } = accepted(book([['type', 'name', 'label'], ['text', 'x', 'Spørgsmål']], YES_NO, [['form_id', 'version', 'default_language'], ['f', '1', 'Dansk (da)']]));
    expect(def.sections[0]?.questions[0]?.label).toEqual({ da: 'Spørgsmål', en: 'Spørgsmål' });
    expect(notices.map((n) => [...place(n), n.message.da])).toContainEqual(['survey', 2, 'label', "Ingen engelsk tekst i 'label': den danske bruges også på engelsk."]);
  });

  it('6. default_language English: an untranslated label is English', () => {
    const { def } = accepted(book([['type', 'name', 'label', 'label::Dansk (da)'], ['text', 'x', 'Question', 'Spørgsmål']], YES_NO, [['form_id', 'version', 'default_language'], ['f', '1', 'English (en)']]));
    expect(def.sections[0]?.questions[0]?.label).toEqual({ da: 'Spørgsmål', en: 'Question' });
  });

  it('7. required yes / TRUE() / no', () => {
    const { def } = accepted(book([[...H, 'required'], ['text', 'a', 'A', 'A', 'yes'], ['text', 'b', 'B', 'B', 'TRUE()'], ['text', 'c', 'C', 'C', 'no']]));
    expect(def.sections[0]?.questions.map((q) => q.required ?? false)).toEqual([true, true, false]);
  });

  it('8. appearance multiline makes a long text; integer (or date) with appearance year a year', () => {
    const { def } = accepted(book([[...H, 'appearance'], ['text', 'a', 'A', 'A', 'multiline'], ['integer', 'b', 'B', 'B', 'year'], ['date', 'c', 'C', 'C', 'year'], ['select_one yn', 'd', 'D', 'D', 'minimal']]));
    expect(def.sections[0]?.questions.map((q) => q.type)).toEqual(['longtext', 'year', 'year', 'single']);
  });

  it('9. a table-list group of select_one rows inside a section is a grid', () => {
    const { def } = accepted(book([[...H, 'appearance', 'required'], ['begin group', 's', 'S', 'S', '', ''], ['begin group', 'g', 'Hvor enig?', 'How much?', 'table-list', ''], ['select_one yn', 'g1', 'Et', 'One', '', 'yes'], ['select_one yn', 'g2', 'To', 'Two', '', 'yes'], ['end group'], ['end group']]));
    expect(def.sections[0]?.questions).toEqual([{ name: 'g', type: 'grid', label: { da: 'Hvor enig?', en: 'How much?' }, required: true, choices: 'yn', rows: [{ name: 'g1', label: { da: 'Et', en: 'One' } }, { name: 'g2', label: { da: 'To', en: 'Two' } }] }]);
  });

  it('10. a group inside a section is flattened: its condition joins each question’s own', () => {
    const { def } = accepted(book([[...H, 'relevant'], ['begin group', 's', 'S', 'S', ''], ['select_one yn', 'q', 'Q', 'Q', ''], ['begin group', 'inner', 'I', 'I', "${q} = 'yes'"], ['text', 'a', 'A', 'A', ''], ['text', 'b', 'B', 'B', 'string-length(${a}) > 0'], ['end group'], ['end group']]));
    expect(def.sections[0]?.questions.map((q) => q.relevant)).toEqual([undefined, "${q} = 'yes'", "(${q} = 'yes') and (string-length(${a}) > 0)"]);
  });

  it('11. a section condition stays on the section', () => {
    const { def } = accepted(book([[...H, 'relevant'], ['begin group', 's1', 'S1', 'S1', ''], ['select_one yn', 'q', 'Q', 'Q', ''], ['end group'], ['begin group', 's2', 'S2', 'S2', "${q} = 'yes'"], ['text', 't', 'T', 'T', ''], ['end group']]));
    expect(def.sections.map((s) => s.relevant)).toEqual([undefined, "${q} = 'yes'"]);
  });

  it('12. calculate rows are derived variables: value_type, or a number when the formula computes one, else text', () => {
    const { def } = accepted(book([[...H, 'calculation', 'value_type'], ['integer', 'n', 'N', 'N', '', ''], ['calculate', 'double', '', '', '${n} * 2', ''], ['calculate', 'word', '', '', "if(${n} > 2, 'many', 'few')", ''], ['calculate', 'flag', '', '', '${n} > 2', 'integer']]));
    expect(def.derived.map((d) => [d.name, d.type, d.label.da])).toEqual([['double', 'decimal', 'double'], ['word', 'text', 'word'], ['flag', 'integer', 'flag']]);
  });

  it('13. select_one … or_other adds the option "other" and a text question for it', () => {
    const { def } = accepted(book([H, ['select_one yn or_other', 'q', 'Q', 'Q']]));
    expect(def.sections[0]?.questions).toEqual([
      { name: 'q', type: 'single', label: { da: 'Q', en: 'Q' }, choices: 'yn_or_other' },
      { name: 'q_other', type: 'text', label: { da: 'Angiv andet', en: 'Specify other' }, relevant: "${q} = 'other'" },
    ]);
    expect(def.choiceLists.yn_or_other?.map((c) => c.code)).toEqual(['yes', 'no', 'other']);
    expect(def.choiceLists.yn?.map((c) => c.code)).toEqual(['yes', 'no']);
  });

  it('14. settings: form_title in both languages, form_id and version; other settings are named in a notice', () => {
    const { def, notices } = accepted(book([H, ['text', 'x', 'X', 'X']], YES_NO, [['form_title', 'form_title::English (en)', 'form_id', 'version', 'submission_url'], ['Barometer', 'Barometer EN', 'bar', '2027.1', 'https://x']]));
    expect([def.id, def.version, def.title]).toEqual(['bar', '2027.1', { da: 'Barometer', en: 'Barometer EN' }]);
    expect(notices.map(place)).toContainEqual(['settings', 2, 'submission_url']);
  });

  it('15. metadata rows (start, end, deviceid) are not asked, and say so', () => {
    const { def, notices } = accepted(book([H, ['start', 'start', '', ''], ['deviceid', 'dev', '', ''], ['text', 'x', 'X', 'X']]));
    expect(def.sections[0]?.questions.map((q) => q.name)).toEqual(['x']);
    expect(notices.filter((n) => n.sheet === 'survey').map(place)).toEqual([['survey', 2, 'type'], ['survey', 3, 'type']]);
  });

  it('16. the app’s own columns: min, max, pattern, min/max_selected, exclusive and dont_know options', () => {
    const { def } = accepted(book(
      [[...H, 'min', 'max', 'pattern', 'max_selected'], ['integer', 'n', 'N', 'N', '1', '10', '', ''], ['text', 'id', 'Id', 'Id', '', '', '^\\d{8}$', ''], ['select_multiple who', 'w', 'W', 'W', '', '', '', '2']],
      [['list_name', 'name', 'label::da', 'label::en', 'exclusive', 'dont_know'], ['who', 'a', 'A', 'A', '', ''], ['who', 'none', 'Ingen', 'None', 'yes', ''], ['who', 'dk', 'Ved ikke', "Don't know", 'yes', 'yes']],
    ));
    const [n, id, w] = def.sections[0]!.questions;
    expect([n?.min, n?.max, id?.pattern, w?.maxSelected]).toEqual([1, 10, '^\\d{8}$', 2]);
    expect(def.choiceLists.who).toEqual([{ code: 'a', label: { da: 'A', en: 'A' } }, { code: 'none', label: { da: 'Ingen', en: 'None' }, exclusive: true }, { code: 'dk', label: { da: 'Ved ikke', en: "Don't know" }, exclusive: true, dontKnow: true }]);
  });

  it('17. an unknown column is ignored once, with a notice naming it', () => {
    const { notices } = accepted(book([[...H, 'kommentar'], ['text', 'a', 'A', 'A', 'husk'], ['text', 'b', 'B', 'B', 'også']]));
    expect(notices.filter((n) => n.sheet === 'survey').map(place)).toEqual([['survey', 2, 'kommentar']]);
  });

  it('18b. blank rows above the header and between rows keep the spreadsheet’s row numbers', () => {
    const problems = refused(book([['', '', '', ''], H, ['text', 'a', 'A', 'A'], ['', ' ', '', ''], ['geopoint', 'g', 'G', 'G']], YES_NO, [['', ''], ...SETTINGS]));
    expect(problems.map(place)).toEqual([['survey', 5, 'type']]);
    const { def } = accepted(book([['', '', '', ''], H, ['text', 'a', 'A', 'A']], YES_NO, [['', ''], ...SETTINGS]));
    expect([def.id, def.sections[0]?.questions.map((q) => q.name)]).toEqual(['proeve', ['a']]);
  });

  it('18. a cell the app’s own export guarded with an apostrophe is read without it', () => {
    const { def } = accepted(book([[...H, 'hint::da', 'hint::en'], ['text', 'a', 'A', 'A', "'-5 er mindst", "'-5 is least"]]));
    expect(def.sections[0]?.questions[0]?.hint).toEqual({ da: '-5 er mindst', en: '-5 is least' });
  });
});

describe('XLSForm import: what it refuses, naming sheet, row and column', () => {
  it('19. a workbook without a survey sheet', () => {
    expect(refused({ Sheet1: [['a']] }).map((p) => p.message.da)).toEqual(['Filen har intet ark ved navn survey: det er ikke en XLSForm.']);
  });

  it('20. repeats, notes, geopoints, images and lists from files', () => {
    const problems = refused(book([H, ['begin repeat', 'r', 'R', 'R'], ['end repeat', '', '', ''], ['note', 'n', 'N', 'N'], ['geopoint', 'g', 'G', 'G'], ['image', 'i', 'I', 'I'], ['select_one_from_file x.csv', 'f', 'F', 'F']]));
    expect(problems.map(place)).toEqual([2, 3, 4, 5, 6, 7].map((row) => ['survey', row, 'type']));
    expect(problems[0]?.message.da).toBe('gentagelser (begin repeat) understøttes ikke');
  });

  it('21. an unknown type, and a time (a date is accepted)', () => {
    const problems = refused(book([H, ['texte', 'a', 'A', 'A'], ['date', 'd', 'D', 'D'], ['time', 't', 'T', 'T']]));
    expect(problems.map((p) => [p.row, p.message.en])).toEqual([[2, "the type 'texte' is not known"], [4, 'times of day (time) are not supported']]);
  });

  it('22. media columns, choice_filter and a default that is an expression (a fixed default is read: see the small XLSForms)', () => {
    const problems = refused(book([[...H, 'media::image', 'choice_filter', 'default'], ['text', 'a', 'A', 'A', 'a.png', '', ''], ['select_one yn', 'b', 'B', 'B', '', "name = 'yes'", ''], ['integer', 'c', 'C', 'C', '', '', 'today()']]));
    expect(problems.map(place)).toEqual([['survey', 2, 'media::image'], ['survey', 3, 'choice_filter'], ['survey', 4, 'default']]);
  });

  it('23. a reference to an unknown question, at the position of its name in the cell', () => {
    const problems = refused(book([[...H, 'relevant'], ['integer', 'n', 'N', 'N', ''], ['text', 't', 'T', 'T', '${n} > 1 and ${m} = 2']]));
    expect(problems.map((p) => [...place(p), p.position])).toEqual([['survey', 3, 'relevant', 15]]);
  });

  it('24. an error in a flattened group’s condition names the group’s row, not the question’s', () => {
    const problems = refused(book([[...H, 'relevant'], ['begin group', 's', 'S', 'S', ''], ['begin group', 'g', 'G', 'G', '${nope} = 1'], ['text', 'a', 'A', 'A', ''], ['end group'], ['end group']]));
    expect(problems.map((p) => [...place(p), p.position])).toEqual([['survey', 3, 'relevant', 2]]);
  });

  it('25. a cycle between calculations', () => {
    const problems = refused(book([[...H, 'calculation'], ['calculate', 'a', '', '', '${b} + 1'], ['calculate', 'b', '', '', '${a} + 1'], ['text', 't', 'T', 'T', '']]));
    expect(problems.map((p) => [...place(p), p.position])).toEqual([['survey', 2, 'calculation', 2]]);
    expect(problems[0]?.message.en).toMatch(/circular dependency 'a' → 'b' → 'a'/);
  });

  it('26. an unknown function', () => {
    const problems = refused(book([[...H, 'constraint'], ['text', 't', 'T', 'T', 'frobnicate(., "x")']]));
    expect(problems.map(place)).toEqual([['survey', 2, 'constraint']]);
    expect(problems[0]?.message.en).toMatch(/unknown function 'frobnicate'$/);
  });

  it('27. a select_one naming a list the choices sheet lacks', () => {
    const problems = refused(book([H, ['select_one colours', 'c', 'C', 'C']]));
    expect(problems.map(place)).toEqual([['survey', 2, 'type']]);
  });

  it('28. the same name twice', () => {
    const problems = refused(book([H, ['text', 'a', 'A', 'A'], ['text', 'a', 'B', 'B']]));
    expect(problems.map(place)).toEqual([['survey', 3, 'name']]);
  });

  it('29. a question without a label, a name that is not a variable name', () => {
    const problems = refused(book([H, ['text', 'a', '', ''], ['text', '2nd', 'B', 'B']]));
    expect(problems.map(place)).toEqual([['survey', 2, 'label::Dansk (da)'], ['survey', 3, 'name']]);
  });

  it('30. groups that do not close, and an end without a begin', () => {
    expect(refused(book([H, ['end group', '', '', ''], ['text', 'a', 'A', 'A']])).map(place)).toEqual([['survey', 2, 'type']]);
    expect(refused(book([H, ['begin group', 's', 'S', 'S'], ['text', 'a', 'A', 'A']])).map(place)).toEqual([['survey', 2, 'type']]);
  });

  it('31. a grid row that is not select_one of the grid’s list, or has its own condition', () => {
    const problems = refused(book([[...H, 'appearance', 'relevant'], ['begin group', 's', 'S', 'S', '', ''], ['begin group', 'g', 'G', 'G', 'table-list', ''], ['select_one yn', 'g1', 'A', 'A', '', ''], ['text', 'g2', 'B', 'B', '', ''], ['select_one yn', 'g3', 'C', 'C', '', '${g1} = 1'], ['end group'], ['end group']]));
    expect(problems.map(place)).toEqual([['survey', 5, 'type'], ['survey', 6, 'relevant']]);
  });

  it('32. settings without form_id or version; required that is a condition', () => {
    const problems = refused(book([[...H, 'required'], ['text', 'a', 'A', 'A', '${b} = 1']], YES_NO, [['form_title'], ['X']]));
    expect(problems.map(place)).toEqual([['survey', 2, 'required'], ['settings', 2, 'form_id'], ['settings', 2, 'version']]);
  });

  it('33. an option without a list or a name, and a duplicate option', () => {
    const problems = refused(book([H, ['select_one yn', 'q', 'Q', 'Q']], [...YES_NO, ['', 'x', 'X', 'X'], ['yn', '', 'Y', 'Y']]));
    expect(problems.map(place)).toEqual([['choices', 4, 'list_name'], ['choices', 5, 'name']]);
    const dup = refused(book([H, ['select_one yn', 'q', 'Q', 'Q']], [...YES_NO, ['yn', 'yes', 'Ja igen', 'Yes again']]));
    expect(dup.map(place)).toEqual([['choices', 4, 'name']]);
  });

  it('34. a list named to reach an object’s prototype is refused', () => {
    const problems = refused(book([H, ['select_one __proto__', 'q', 'Q', 'Q']], [...YES_NO, ['__proto__', 'x', 'X', 'X']]));
    expect(problems.map(place)).toContainEqual(['choices', 4, 'list_name']);
  });
});
