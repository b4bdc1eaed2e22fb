/**
 * Expressions in an imported XLSForm: the functions the app runs are accepted, the ODK functions it
 * does not run are refused with the reason, and every refusal names the sheet, the row, the column
 * and the character in the cell, as pyxform's messages do.
 */
import { describe, expect, it } from 'vitest';
import { importXlsForm } from '../../../renderer/src/core/xlsform/import-xlsform';
import type { ImportedForm, XlsFormBook, XlsFormProblem } from '../../../renderer/src/core/xlsform/xlsform-types';

const SETTINGS = [['form_title', 'form_id', 'version'], ['Prøve', 'proeve', '1']];
const CHOICES = [['list_name', 'name', 'label'], ['yn', 'yes', 'Ja'], ['yn', 'no', 'Nej']];
const H = ['type', 'name', 'label', 'relevant', 'constraint', 'calculation'];

const book = (...rows: string[][]): XlsFormBook => ({ survey: [H, ...rows], choices: CHOICES, settings: SETTINGS });

function accepted(form: XlsFormBook): ImportedForm {
  const result = importXlsForm(form);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error.map((p) => [p.row, p.column, p.message.en]))}`);
  return result.value;
}

function refused(form: XlsFormBook): XlsFormProblem[] {
  const result = importXlsForm(form);
  if (result.ok) throw new Error('accepted a form that should be refused');
  return result.error;
}

/** sheet, row, column, character, and the part of the English message after the subject. */
const where = (p: XlsFormProblem) => [p.sheet, p.row, p.column, p.position];
const what = (p: XlsFormProblem) => p.message.en.replace(/^The questionnaire cannot be loaded: [^:]+: /, '');

describe('functions the app runs', () => {
  it('int(), round() and concat() in calculations: numbers as decimal, text as text', () => {
    const { def } = accepted(book(
      ['integer', 'staff', 'Ansatte', '', '', ''],
      ['integer', 'women', 'Kvinder', '', '. <= ${staff}', ''],
      ['text', 'town', 'By', '', '', ''],
      ['calculate', 'share', '', '', '', 'round(${women} div ${staff} * 100, 1)'],
      ['calculate', 'dozens', '', '', '', 'int(${staff} div 12)'],
      ['calculate', 'tag', '', '', '', "concat(${town}, '-', ${staff})"],
    ));
    expect(def.derived.map((d) => [d.name, d.type, d.calculation])).toEqual([
      ['share', 'decimal', 'round(${women} div ${staff} * 100, 1)'],
      ['dozens', 'decimal', 'int(${staff} div 12)'],
      ['tag', 'text', "concat(${town}, '-', ${staff})"],
    ]);
  });

  it('regex(), string-length(), coalesce(), count-selected(), selected(), not() and . in constraints and conditions', () => {
    const { def } = accepted(book(
      ['text', 'cvr', 'CVR', '', "regex(., '[0-9]{8}')", ''],
      ['text', 'note', 'Note', '', 'string-length(.) <= 200', ''],
      ['select_multiple yn', 'm', 'M', '', 'count-selected(.) <= 1', ''],
      ['integer', 'n', 'N', "not(selected(${m}, 'no')) and coalesce(${cvr}, '') != ''", '', ''],
    ));
    expect(def.sections[0]?.questions.map((q) => q.constraint ?? q.relevant)).toEqual([
      "regex(., '[0-9]{8}')", 'string-length(.) <= 200', 'count-selected(.) <= 1', "not(selected(${m}, 'no')) and coalesce(${cvr}, '') != ''",
    ]);
  });
});

describe('ODK functions the app does not run are refused with the reason, at the function in the cell', () => {
  it.each([
    ['format-date-time() in a calculation', ['calculate', 'c', '', '', '', "concat('x', format-date-time(today(), '%H'))"], 'calculation', 12, /^format-date-time\(\) is not supported; the app has dates but no times of day/],
    ['jr:choice-name() whose second argument names no question', ['calculate', 'c', '', '', '', "jr:choice-name(${q}, 'q')"], 'calculation', 21, /^the second argument of jr:choice-name\(\) must name a select question/],
    ['pulldata() in a relevant', ['text', 't', 'T', "pulldata('f', 'a', 'b', 'c') = 'x'", '', ''], 'relevant', 0, /^pulldata\(\) is not supported; the app reads no files/],
    ['now() in a constraint', ['integer', 'i', 'I', '', '. < now()', ''], 'constraint', 4, /^now\(\) is not supported/],
    ['an unknown function', ['text', 't', 'T', 'foo(${q}) = 1', '', ''], 'relevant', 0, /^unknown function 'foo'$/],
  ])('%s', (_what, row, column, position, message) => {
    const problems = refused(book(['select_one yn', 'q', 'Q', '', '', ''], row));
    expect(problems.map(where)).toEqual([['survey', 3, column, position]]);
    expect(what(problems[0]!)).toMatch(message);
  });

  it('the Danish message says the questionnaire cannot be loaded and gives the same reason, in Danish', () => {
    const [problem] = refused(book(['text', 't', 'T', '', '', ''], ['calculate', 'c', '', '', '', 'now()']));
    expect(problem?.message.da).toBe(
      "Spørgeskemaet kan ikke indlæses: Den afledte variabel 'c' (calculation): now() understøttes ikke; den læser uret, så en besvarelse ville blive kontrolleret forskelligt, hver gang den åbnes; today() er den dag, besvarelsen blev oprettet",
    );
  });
});

describe('unknown references, type errors and cycles, with the place', () => {
  it('an unknown reference in a calculation, at its name', () => {
    const problems = refused(book(['integer', 'staff', 'N', '', '', ''], ['calculate', 'c', '', '', '', '${staff} + ${staf}']));
    expect(problems.map(where)).toEqual([['survey', 3, 'calculation', 13]]);
    expect(what(problems[0]!)).toBe("unknown question 'staf'; did you mean 'staff'?");
  });

  it('text in arithmetic, at the operand', () => {
    const problems = refused(book(['integer', 'n', 'N', '', '', ''], ['text', 't', 'T', '', '', ''], ['calculate', 'c', '', '', '', '${n} + ${t}']));
    expect(problems.map(where)).toEqual([['survey', 4, 'calculation', 7]]);
    expect(what(problems[0]!)).toBe("'+' needs a number, but ${t} is text; convert text with number(…)");
  });

  it('a text question ordered as a number, in a relevant', () => {
    const problems = refused(book(['text', 't', 'T', '', '', ''], ['integer', 'n', 'N', '${t} > 3', '', '']));
    expect(problems.map(where)).toEqual([['survey', 3, 'relevant', 0]]);
    expect(what(problems[0]!)).toBe("'>' compares numbers, but ${t} is text");
  });

  it('an option the list does not have, at the quoted code', () => {
    const problems = refused(book(['select_one yn', 'q', 'Q', '', '', ''], ['text', 't', 'T', "${q} = 'maybe'", '', '']));
    expect(problems.map(where)).toEqual([['survey', 3, 'relevant', 7]]);
    expect(what(problems[0]!)).toBe("'maybe' is not an option of ${q}; options: yes, no");
  });

  it('a condition that gives a number', () => {
    const problems = refused(book(['integer', 'n', 'N', '', '', ''], ['text', 't', 'T', 'round(${n})', '', '']));
    expect(problems.map(where)).toEqual([['survey', 3, 'relevant', 0]]);
    expect(what(problems[0]!)).toBe('must give true/false, but gives a number');
  });

  it('in a flattened group, the character is counted in the question’s own cell and the message names no other', () => {
    const problems = refused(book(
      ['begin group', 's', 'S', '', '', ''], ['integer', 'staff', 'N', '', '', ''],
      ['begin group', 'g', 'G', '${staff} > 1', '', ''], ['text', 't', 'T', '${staf} = 2', '', ''], ['end group', '', '', '', '', ''],
      ['end group', '', '', '', '', ''],
    ));
    expect(problems.map(where)).toEqual([['survey', 5, 'relevant', 2]]);
    expect(problems[0]?.message.en).toBe("The questionnaire cannot be loaded: Question 't' relevant: unknown question 'staf'; did you mean 'staff'?");
  });

  it('two calculations computed from each other: the first, at the reference that closes the loop', () => {
    const problems = refused(book(['calculate', 'a', '', '', '', '${b} + 1'], ['calculate', 'b', '', '', '', '${a} + 1'], ['text', 't', 'T', '', '', '']));
    expect(problems.map(where)).toEqual([['survey', 2, 'calculation', 2]]);
    expect(problems[0]?.message.en).toBe("The questionnaire cannot be loaded: Derived 'a': circular dependency 'a' → 'b' → 'a' (through relevant or calculation)");
  });

  it('a question whose relevant reads a calculation that reads the question', () => {
    const problems = refused(book(['text', 't', 'T', '${c} = 1', '', ''], ['calculate', 'c', '', '', '', "if(${t} = 'x', 1, 0)"]));
    expect(problems.map(where)).toEqual([['survey', 2, 'relevant', 2]]);
    expect(problems[0]?.message.en).toMatch(/circular dependency 't' → 'c' → 't'/);
  });

  it('a calculation whose relevant reads itself', () => {
    const problems = refused(book(['integer', 'n', 'N', '', '', ''], ['calculate', 'c', '', '${n} > 0 and ${c} > 1', '', '${n} * 2']));
    expect(problems.map(where)).toEqual([['survey', 3, 'relevant', 15]]);
  });
});

describe('a type cell that names a property of every object', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('%s is an unknown type, at the type column', (type) => {
    const [problem] = refused(book([type, 'a', 'A', '', '', '']));
    expect(problem?.column).toBe('type');
    expect(problem?.message.en).toContain(`the type '${type}' is not known`);
  });
});
