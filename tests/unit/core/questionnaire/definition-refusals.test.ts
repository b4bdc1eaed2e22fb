import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../../renderer/src/core/questionnaire/load-questionnaire';
import {
  compile,
  derived,
  form,
  grid,
  integer,
  loadErrors,
  loadMessages,
  longtext,
  multi,
  section,
  single,
  text,
  year,
} from '../form-builder';

describe('the schema refuses definitions that are not shaped like a questionnaire', () => {
  it.each([null, 'questionnaire', 42, []])('%j is refused', (json) => {
    expect(loadQuestionnaire(json).ok).toBe(false);
  });

  it('a missing key is named', () => {
    const { derived: _, ...withoutDerived } = form({ questions: [text('a')] });
    expect(loadMessages(withoutDerived)).toEqual(['Questionnaire derived: Invalid input: expected array, received undefined']);
  });

  it('an unknown (misspelt) key in a question is refused, naming the question', () => {
    const def = form({ questions: [text('workplace'), { ...text('novelty'), relevent: "${workplace} != ''" } as never] });
    expect(loadErrors(def)).toEqual([
      { path: 'sections[0].questions[1]', message: "Question 'novelty': unknown key 'relevent'", variable: 'novelty' },
    ]);
  });

  it.each([
    [{ ...form({ questions: [text('a')] }), author: 'me' }, "Questionnaire: unknown key 'author'"],
    [form({ sections: [{ ...section('A', [text('a')]), hidden: true } as never] }), "Section 'A': unknown key 'hidden'"],
    [
      form({ questions: [{ ...text('a'), label: { da: 'a', en: 'a', de: 'a' } } as never] }),
      "Question 'a' label: unknown key 'de'",
    ],
    [
      form({ questions: [single('a', 'l')], lists: { l: [{ code: 'x', other: true } as never] } }),
      "Choice list 'l' option 'x': unknown key 'other'",
    ],
  ])('unknown keys are refused everywhere (%#)', (def, message) => {
    expect(loadMessages(def)).toEqual([message]);
  });

  it('an unknown key in a grid row names the grid and the row', () => {
    const def = form({ lists: { l: ['x'] }, questions: [grid('g', 'l', ['r1'])] });
    def.sections[0]!.questions[0]!.rows!.push({ name: 'r2', label: { da: 'r', en: 'r' }, hint: 'x' } as never);
    expect(loadMessages(def)).toEqual(["Grid 'g' row 'r2': unknown key 'hint'"]);
  });

  it('an unknown key in a derived variable names it', () => {
    const def = form({ questions: [text('a')], derived: [{ ...derived('d', 'text', "'x'"), formula: 'x' } as never] });
    expect(loadErrors(def)).toEqual([{ path: 'derived[0]', message: "Derived 'd': unknown key 'formula'", variable: 'd' }]);
  });

  it('an unknown question type is refused', () => {
    const def = form({ questions: [{ ...text('a'), type: 'time' } as never] });
    expect(loadErrors(def)).toMatchObject([{ path: 'sections[0].questions[0].type', variable: 'a' }]);
    expect(loadMessages(def)[0]).toMatch(/^Question 'a' type: /);
  });

  it('a variable name that could not be an export column is refused', () => {
    expect(loadMessages(form({ questions: [text('my var')] }))).toEqual([
      "Question 'my var' name: must start with a letter and hold only letters, digits and _",
    ]);
    expect(loadMessages(form({ questions: [text('_x'), text('2nd'), text('a-b')] }))).toHaveLength(3);
  });

  it('a label must have both languages, neither empty', () => {
    const def = form({ questions: [{ ...text('a'), label: { da: '', en: 'A' } }] });
    expect(loadMessages(def)).toEqual(["Question 'a' label.da: must not be empty"]);
  });

  it('an empty expression is refused (leave the key out instead)', () => {
    expect(loadMessages(form({ questions: [text('a', { relevant: '' })] }))).toEqual([
      "Question 'a' relevant: must not be empty (leave the key out instead)",
    ]);
  });

  it('a questionnaire needs a section, and a section a question', () => {
    expect(loadMessages(form({ sections: [] }))).toEqual(['Questionnaire sections: a questionnaire needs at least one section']);
    expect(loadMessages(form({ sections: [section('A', [])] }))).toEqual(["Section 'A' questions: a section needs at least one question"]);
  });

  it('multiple-choice limits are whole numbers of at least 1', () => {
    expect(loadMessages(form({ lists: { l: ['a'] }, questions: [multi('m', 'l', { maxSelected: 0 })] }))).toHaveLength(1);
    expect(loadMessages(form({ lists: { l: ['a'] }, questions: [multi('m', 'l', { maxSelected: 1.5 })] }))).toHaveLength(1);
  });
});

describe('names and lists', () => {
  it('two questions with one name are refused, naming where the first is', () => {
    const def = form({ sections: [section('A', [text('name')]), section('B', [text('other'), text('name')])] });
    expect(loadErrors(def)).toEqual([
      {
        path: 'sections[1].questions[1].name',
        message: "Question 'name' name: the name 'name' is already used at sections[0].questions[0]",
        variable: 'name',
      },
    ]);
  });

  it('grid rows and derived variables share the one namespace, and the grid name is in it too', () => {
    const def = form({
      lists: { l: ['x'] },
      questions: [text('q1'), grid('g', 'l', ['q1', 'g', 'r'])],
      derived: [derived('r', 'text', "'x'")],
    });
    expect(loadMessages(def)).toEqual([
      "Grid 'g' row 'q1' name: the name 'q1' is already used at sections[0].questions[0]",
      "Grid 'g' row 'g' name: the name 'g' is already used at sections[0].questions[1]",
      "Derived 'r' name: the name 'r' is already used at sections[0].questions[1].rows[2]",
    ]);
  });

  it('names differing only in case are duplicates (statistics packages ignore case)', () => {
    expect(loadMessages(form({ questions: [text('novelty'), text('Novelty')] }))).toEqual([
      "Question 'Novelty' name: the name 'Novelty' is already used at sections[0].questions[0]",
    ]);
  });

  it('two sections with one id are refused', () => {
    expect(loadMessages(form({ sections: [section('A', [text('a')]), section('A', [text('b')])] }))).toEqual([
      "Section 'A' id: the id 'A' is used by another section",
    ]);
  });

  it('a choice list that does not exist is refused', () => {
    expect(loadErrors(form({ lists: { yesno: ['yes'] }, questions: [single('a', 'yesnoo')] }))).toEqual([
      { path: 'sections[0].questions[0].choices', message: "Question 'a' choices: unknown choice list 'yesnoo'", variable: 'a' },
    ]);
  });

  it('a choice list named after an Object property is not mistaken for one', () => {
    expect(loadMessages(form({ questions: [single('a', 'constructor')] }))).toEqual([
      "Question 'a' choices: unknown choice list 'constructor'",
    ]);
  });

  it('codes must be unique within a list', () => {
    expect(loadErrors(form({ lists: { l: ['a', 'b', 'a'] }, questions: [single('q', 'l')] }))).toEqual([
      { path: 'choiceLists.l[2].code', message: "Choice list 'l' code: code 'a' appears more than once" },
    ]);
  });

  it('the same code in two lists is fine', () => {
    expect(() => compile({ lists: { l: ['a'], m: ['a'] }, questions: [single('q', 'l'), single('r', 'm')] })).not.toThrow();
  });

  it('a code with a space is refused, because multiple choices are exported space-separated', () => {
    expect(loadMessages(form({ lists: { l: ['own budget', 'x\ty'] }, questions: [multi('q', 'l')] }))).toEqual([
      "Choice list 'l' code: code 'own budget' contains a space; multiple-choice answers are exported space-separated",
      "Choice list 'l' code: code 'x\ty' contains a space; multiple-choice answers are exported space-separated",
    ]);
  });

  it('an empty code and an empty list are refused', () => {
    expect(loadMessages(form({ lists: { l: [''] }, questions: [single('q', 'l')] }))).toEqual([
      "Choice list 'l' option '' code: must not be empty",
    ]);
    expect(loadMessages(form({ lists: { l: [] }, questions: [single('q', 'l')] }))).toEqual(["Choice list 'l': has no options"]);
  });
});

describe("each question's options must fit its type", () => {
  const messagesOf = (...questions: Parameters<typeof form>[0]['questions'] & object): string[] =>
    loadMessages(form({ lists: { l: ['a', 'b', 'c'] }, questions }));

  it('single, multi and grid questions need a choice list; other types take none', () => {
    expect(messagesOf({ ...single('s', 'l'), choices: undefined }, { ...text('t'), choices: 'l' })).toEqual([
      "Question 's' choices: a single question needs a choice list",
      "Question 't' choices: only single, multi and grid questions take 'choices', not a text question",
    ]);
  });

  it('a grid needs rows; other questions have none', () => {
    expect(messagesOf(grid('g', 'l', []), { ...single('s', 'l'), rows: [{ name: 'r', label: { da: 'r', en: 'r' } }] })).toEqual([
      "Question 'g' rows: a grid needs at least one row",
      "Question 's' rows: only grid questions take 'rows', not a single question",
    ]);
  });

  it('bounds belong to number questions, are whole for integers and years, and min is not above max', () => {
    expect(
      messagesOf(
        integer('i', { min: 10, max: 3 }),
        integer('j', { min: 0.5 }),
        year('y', { max: 2020.5 }),
        text('t', { min: 1 }),
        longtext('l2', { max: 1 }),
      ),
    ).toEqual([
      "Question 'i' min: min 10 is greater than max 3",
      "Question 'j' min: min 0.5 is not a whole number, as an integer answer is",
      "Question 'y' max: max 2020.5 is not a whole number, as a year answer is",
      "Question 't' min: only integer, decimal and year questions take 'min', not a text question",
      "Question 'l2' max: only integer, decimal and year questions take 'max', not a longtext question",
    ]);
  });

  it('equal bounds, decimal bounds on a decimal question are fine', () => {
    expect(() =>
      compile({ questions: [integer('i', { min: 3, max: 3 }), { ...integer('d', { min: 0.5, max: 2.5 }), type: 'decimal' }] }),
    ).not.toThrow();
  });

  it('a pattern belongs to a text question and must be a valid regular expression', () => {
    const messages = messagesOf(text('t', { pattern: '[0-9' }), integer('i', { pattern: '[0-9]+' }));
    expect(messages[0]).toMatch(/^Question 't' pattern: invalid pattern '\[0-9' \(.+\)$/);
    expect(messages[1]).toBe("Question 'i' pattern: only text and longtext questions take 'pattern', not an integer question");
  });

  it('a message without the check it explains is refused', () => {
    expect(messagesOf(text('t', { patternMessage: { da: 'x', en: 'x' } }), text('u', { constraintMessage: { da: 'x', en: 'x' } }))).toEqual([
      "Question 't' patternMessage: a patternMessage needs a pattern",
      "Question 'u' constraintMessage: a constraintMessage needs a constraint",
    ]);
  });

  it('selection limits belong to multiple choices and must be possible', () => {
    expect(
      messagesOf(
        single('s', 'l', { maxSelected: 2 }),
        multi('m', 'l', { minSelected: 3, maxSelected: 2 }),
        multi('n', 'l', { minSelected: 4 }),
      ),
    ).toEqual([
      "Question 's' maxSelected: only multi questions take 'maxSelected', not a single question",
      "Question 'm' minSelected: minSelected 3 is greater than maxSelected 2",
      "Question 'n' minSelected: minSelected 4 is more than the 3 options of 'l'",
    ]);
  });

  it("a derived variable's value labels must name a list", () => {
    expect(loadErrors(form({ questions: [text('a')], derived: [derived('d', 'integer', '1', { choices: 'sizes' })] }))).toEqual([
      { path: 'derived[0].choices', message: "Derived 'd' choices: unknown choice list 'sizes'", variable: 'd' },
    ]);
  });
});
