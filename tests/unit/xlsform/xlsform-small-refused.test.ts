/**
 * The small XLSForm files (tests/fixtures/xlsforms, small-xlsforms.ts) that the app refuses, one
 * class of refusal each, read from the .xlsx as the app's Worker reads them: every problem with
 * its sheet, its row as the spreadsheet shows it, its column as written and, for an expression, the
 * character in the cell (counted from 0).
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH, unquoted } from '../core/form-builder';
import { notice, refusedWith } from './fixture-reader';

const cannotLoad = (text: string) => `The questionnaire cannot be loaded: ${text}`;
const CLOCK = 'it reads the clock, so a response would check differently each time it is opened; today() is the day the response was created';
const NO_TIMES = 'the app has dates but no times of day';
const SAME_EVERY_TIME = 'a response must check the same whenever it is opened (the audit log records the times)';

const REFUSALS: [file: string, problems: (string | number)[][]][] = [
  ['refused-repeat.xlsx', [
    ['survey', 3, 'type', 'repeats (begin repeat) are not supported'],
    ['survey', 5, 'type', 'repeats (end repeat) are not supported'],
  ]],
  ['refused-note.xlsx', [['survey', 2, 'Type', 'notes (type note) are not supported: put the text in a question’s hint']]],
  ['refused-media.xlsx', [
    ['survey', 2, 'media::image', "the column 'media::image' is not supported (the app cannot show media, filters or repeats)"],
    ['survey', 3, 'type', 'images (image) are not supported'],
    ['survey', 4, 'type', 'audio is not supported'],
  ]],
  ['refused-geo.xlsx', [
    ['survey', 2, 'type', 'locations (geopoint) are not supported'],
    ['survey', 3, 'type', 'lines (geotrace) are not supported'],
    ['survey', 4, 'type', 'areas (geoshape) are not supported'],
  ]],
  ['refused-time-types.xlsx', [
    ['survey', 3, 'type', 'times of day (time) are not supported'],
    ['survey', 4, 'type', 'date-times (datetime) are not supported'],
  ]],
  // A rank names its list, as pyxform writes it (`rank janej`): refused as a rank, not as an unknown type.
  ['refused-other-types.xlsx', [
    ['survey', 2, 'type', 'ranges are not supported: use select_one'],
    ['survey', 3, 'type', 'ranking (rank) is not supported'],
    ['survey', 4, 'type', 'barcodes are not supported'],
    ['survey', 5, 'type', 'files (file) are not supported'],
    ['survey', 6, 'type', 'hidden fields are not supported: use calculate'],
  ]],
  ['refused-from-file.xlsx', [['survey', 2, 'type', 'lists from files (…_from_file) are not supported: put the options on the choices sheet']]],
  ['refused-choice-filter.xlsx', [['survey', 3, 'choice_filter', "the column 'choice_filter' is not supported (the app cannot show media, filters or repeats)"]]],
  ['refused-default.xlsx', [
    ['survey', 2, 'default', 'a default answer must be a fixed value: expressions (dynamic defaults) are not supported'],
    ['survey', 3, 'default', "'ti' is not a whole number"],
    ['survey', 4, 'default', 'a calculation (calculate) cannot have a default answer (default)'],
  ]],
  // Checked by the loader like any answer; the alias readonly is named as written.
  ['refused-default-not-fitting.xlsx', [
    ['survey', 2, 'default', cannotLoad(`Question 'c' default: "maaske" does not fit the question: Not an option of this question: 'maaske'`)],
    ['survey', 3, 'readonly', cannotLoad("Question 'e' readOnly: a read-only question that must be answered needs a default (nobody could answer it)")],
  ]],
  ['refused-conditional-required.xlsx', [['survey', 3, 'required', "'${ny} = 'ja'' must be yes or no (conditions are not supported here)"]]],
  ['refused-unknown-type.xlsx', [
    ['survey', 2, 'type', "the type 'email_address' is not known"],
    ['survey', 3, 'type', "'select_one' lacks the name of a list on the choices sheet"],
  ]],
  ['refused-unknown-function.xlsx', [['survey', 2, 'constraint', 0, cannotLoad("Question 'navn' constraint: unknown function 'upper-case'")]]],
  // Row 2 is blank: the question is on row 4, and the character is the name inside ${…}.
  ['refused-unknown-reference.xlsx', [['survey', 4, 'relevant', 2, cannotLoad("Question 'hvorfor' relevant: unknown question 'antal'")]]],
  ['refused-cycle.xlsx', [['survey', 3, 'calculation', 2, cannotLoad("Derived 'x': circular dependency 'x' → 'y' → 'x' (through relevant or calculation)")]]],
  ['refused-type-error.xlsx', [['survey', 4, 'relevant', 11, cannotLoad("Question 'hvorfor' relevant: type mismatch: ${ansatte} is a number but '5' is text; write 5 without quotes")]]],
  // The date on row 2 is accepted; its constraint reads the clock.
  ['refused-clock.xlsx', [
    ['survey', 2, 'constraint', 5, cannotLoad(`Question 'dato' constraint: now() is not supported; ${CLOCK}`)],
    ['survey', 3, 'calculation', 0, cannotLoad(`Derived 'tid' calculation: format-date-time() is not supported; ${NO_TIMES}`)],
    ['survey', 4, 'calculation', 0, cannotLoad(`Derived 'brok' calculation: decimal-time() is not supported; ${NO_TIMES}`)],
  ]],
  ['refused-repeat-functions.xlsx', [
    ['survey', 3, 'calculation', 0, cannotLoad("Derived 'a' calculation: count() is not supported; the app has no repeats")],
    ['survey', 4, 'calculation', 0, cannotLoad("Derived 'b' calculation: sum() is not supported; the app has no repeats")],
    ['survey', 5, 'calculation', 0, cannotLoad("Derived 'c' calculation: position() is not supported; the app has no repeats")],
    ['survey', 6, 'calculation', 0, cannotLoad(`Derived 'd' calculation: now() is not supported; ${CLOCK}`)],
    ['survey', 7, 'calculation', 0, cannotLoad(`Derived 'e' calculation: random() is not supported; ${SAME_EVERY_TIME}`)],
    ['survey', 8, 'calculation', 0, cannotLoad("Derived 'f' calculation: uuid() is not supported; the app gives every response its own id")],
  ]],
  ['refused-choice-name.xlsx', [
    ['survey', 4, 'calculation', 24, cannotLoad("Derived 'a' calculation: the second argument of jr:choice-name() must name a select question; write the question as text, e.g. jr:choice-name(${q}, '${q}')")],
    ['survey', 5, 'calculation', 24, cannotLoad("Derived 'b' calculation: jr:choice-name() needs a select question, but ${navn} has no options; write the question as text, e.g. jr:choice-name(${q}, '${q}')")],
  ]],
  ['refused-pulldata.xlsx', [['survey', 3, 'calculation', 0, cannotLoad("Derived 'firma' calculation: pulldata() is not supported; the app reads no files beside the form")]]],
  // instance() followed by a path, as forms write it, is refused for instance(), at its name (character 6);
  // alone, it is refused the same way.
  ['refused-instance.xlsx', [
    ['survey', 2, 'relevant', 6, cannotLoad("Question 'navn' relevant: instance() is not supported; the app reads no secondary instances (choice_filter, external data)")],
    ['survey', 3, 'calculation', 0, cannotLoad("Derived 'liste' calculation: instance() is not supported; the app reads no secondary instances (choice_filter, external data)")],
  ]],
];

describe('small XLSForms the app refuses, one class of refusal each', () => {
  it.each(REFUSALS)('%s: each problem at its sheet, row, column (and character)', async (file, expected) => {
    expect((await refusedWith(file)).map(notice)).toEqual(expected);
  });

  it.each(REFUSALS.map(([file]) => file))('%s: every problem is said in Danish too, with no English left but names and codes', async (file) => {
    for (const problem of await refusedWith(file)) {
      expect(problem.message.da).not.toBe(problem.message.en);
      expect(unquoted(problem.message.da)).not.toMatch(ENGLISH);
    }
  });

  it('every refusal is said in Danish too, at the same cell', async () => {
    const [problem] = await refusedWith('refused-default.xlsx');
    expect(problem?.message).toEqual({
      da: 'et forudfyldt svar skal være en fast værdi: udtryk (dynamiske default) understøttes ikke',
      en: 'a default answer must be a fixed value: expressions (dynamic defaults) are not supported',
    });
  });

  // The loader's own reasons (expressions, cycles, defaults), as a Danish coordinator reads them beside the cell.
  it.each([
    ['refused-type-error.xlsx', 0, "Spørgeskemaet kan ikke indlæses: Spørgsmålet 'hvorfor' (relevant): typerne passer ikke sammen: ${ansatte} er et tal, men '5' er tekst; skriv 5 uden anførselstegn"],
    ['refused-unknown-reference.xlsx', 0, "Spørgeskemaet kan ikke indlæses: Spørgsmålet 'hvorfor' (relevant): ukendt spørgsmål 'antal'"],
    ['refused-unknown-function.xlsx', 0, "Spørgeskemaet kan ikke indlæses: Spørgsmålet 'navn' (constraint): ukendt funktion 'upper-case'"],
    ['refused-cycle.xlsx', 0, "Spørgeskemaet kan ikke indlæses: Den afledte variabel 'x': cirkulær afhængighed 'x' → 'y' → 'x' (gennem relevant eller calculation)"],
    ['refused-default-not-fitting.xlsx', 0, `Spørgeskemaet kan ikke indlæses: Spørgsmålet 'c' (default): "maaske" passer ikke til spørgsmålet: Ikke en svarmulighed til spørgsmålet: 'maaske'`],
    ['refused-default-not-fitting.xlsx', 1, "Spørgeskemaet kan ikke indlæses: Spørgsmålet 'e' (readOnly): et skrivebeskyttet spørgsmål, der skal besvares, skal have et forudfyldt svar (ellers kan ingen besvare det)"],
    ['refused-repeat-functions.xlsx', 0, "Spørgeskemaet kan ikke indlæses: Den afledte variabel 'a' (calculation): count() understøttes ikke; appen har ingen gentagelser"],
    ['refused-choice-name.xlsx', 1, "Spørgeskemaet kan ikke indlæses: Den afledte variabel 'b' (calculation): jr:choice-name() skal have et spørgsmål med svarmuligheder, men ${navn} har ingen; skriv spørgsmålet som tekst, fx jr:choice-name(${q}, '${q}')"],
    ['refused-unknown-type.xlsx', 0, "typen 'email_address' kendes ikke"],
  ])('%s (problem %i) in Danish', async (file, index, da) => {
    expect((await refusedWith(file))[index]?.message.da).toBe(da);
  });

  it('the Danish names no position of its own: the place beside it names the character in the cell', async () => {
    const [typed] = await refusedWith('refused-type-error.xlsx');
    expect([typed?.position, typed?.message.da.includes('ved tegn'), typed?.message.en.includes('at position')]).toEqual([11, false, false]);
  });
});
