import { describe, expect, it } from 'vitest';
import { evaluateResponse } from '../../../../renderer/src/core/engine/evaluate-response';
import type { Problem } from '../../../../renderer/src/core/engine/evaluation';
import type { Answers, AnswerValue, QuestionDef } from '../../../../renderer/src/core/questionnaire/model';
import { compile, decimal, grid, integer, longtext, multi, single, text, year } from '../form-builder';

const LISTS = {
  yesno: ['yes', 'no', 'dk'],
  partners: [
    'citizens',
    'volunteers',
    'companies',
    'research',
    {
      code: 'none',
      exclusive: true,
      label: { da: 'Intet samarbejde uden for arbejdspladsen', en: 'No collaboration outside the workplace' },
    },
  ],
  effect: ['hampered', 'neither', 'promoted'],
};

/** The problems of one answer to one question (the question is asked). */
function problemsOf(question: QuestionDef, answer: AnswerValue | undefined, others: Answers = {}): Problem[] {
  const q = compile({ lists: LISTS, questions: [question] });
  const answers = answer === undefined ? others : { ...others, [question.name]: answer };
  return [...evaluateResponse(q, answers).problems];
}

function codesOf(question: QuestionDef, answer: AnswerValue | undefined): string[] {
  return problemsOf(question, answer).map((p) => p.code);
}

describe('required questions', () => {
  it('an asked, required, unanswered question is a blocking problem', () => {
    expect(problemsOf(text('workplace_name', { required: true }), undefined)).toEqual([
      {
        variable: 'workplace_name',
        code: 'required',
        blocking: true,
        message: { en: 'This question must be answered', da: 'Spørgsmålet skal besvares' },
      },
    ]);
  });

  it('an empty string or nothing picked counts as unanswered', () => {
    expect(codesOf(text('t', { required: true }), '')).toEqual(['required']);
    expect(codesOf(multi('m', 'partners', { required: true }), [])).toEqual(['required']);
  });

  it('an optional question may be left blank', () => {
    expect(codesOf(text('t'), undefined)).toEqual([]);
  });

  it('a required question that is skipped is not a problem', () => {
    const q = compile({ lists: LISTS, questions: [single('innov', 'yesno'), text('desc', { required: true, relevant: "${innov} = 'yes'" })] });
    expect(evaluateResponse(q, { innov: 'no' }).problems).toEqual([]);
    expect(evaluateResponse(q, { innov: 'yes' }).problems.map((p) => p.code)).toEqual(['required']);
  });

  it('every row of a required grid must be answered', () => {
    const problems = problemsOf(grid('factor', 'effect', ['f1', 'f2', 'f3'], { required: true }), undefined, { f2: 'neither' });
    expect(problems.map((p) => [p.variable, p.code])).toEqual([
      ['f1', 'required'],
      ['f3', 'required'],
    ]);
    expect(problems[0]?.message).toEqual({ en: 'This row must be answered', da: 'Rækken skal besvares' });
  });
});

describe('answers of the wrong type', () => {
  it.each<[QuestionDef, AnswerValue, string]>([
    [integer('n'), '12', 'Must be a whole number'],
    [integer('n'), 2.5, 'Must be a whole number'],
    [year('y'), 'last year', 'Must be a year, e.g. 2016'],
    [year('y'), 2015.5, 'Must be a year, e.g. 2016'],
    [decimal('d'), 'two', 'Must be a number'],
    [text('t'), 42, 'Must be text'],
    [longtext('l'), ['a'], 'Must be text'],
    [single('s', 'yesno'), 1, 'Must be one of the options'],
    [single('s', 'yesno'), ['yes'], 'Must be one of the options'],
    [multi('m', 'partners'), 'citizens', 'Must be a list of options'],
  ])('%o answered %j: %s', (question, answer, message) => {
    const problems = problemsOf(question, answer);
    expect(problems.map((p) => [p.code, p.message.en])).toEqual([['type', message]]);
  });

  it('the Danish message is natural Danish', () => {
    expect(problemsOf(integer('n'), 'tolv')[0]?.message.da).toBe('Skal være et helt tal');
  });

  it('a value of the wrong type is not checked further (no bound, pattern or constraint problems on top)', () => {
    expect(codesOf(integer('n', { min: 3, constraint: '. > 5' }), 'x')).toEqual(['type']);
  });

  it('a decimal question takes a whole number too', () => {
    expect(codesOf(decimal('d'), 3)).toEqual([]);
  });
});

describe('bounds', () => {
  it('below min and above max, with the bound in the message', () => {
    expect(problemsOf(integer('n_employees', { min: 3 }), 2)).toEqual([
      { variable: 'n_employees', code: 'min', blocking: true, message: { en: 'Must be at least 3', da: 'Skal være mindst 3' } },
    ]);
    expect(problemsOf(integer('n', { max: 10 }), 11)[0]?.message).toEqual({ en: 'Must be at most 10', da: 'Må højst være 10' });
  });

  it('bounds are inclusive', () => {
    expect(codesOf(integer('n', { min: 3, max: 10 }), 3)).toEqual([]);
    expect(codesOf(integer('n', { min: 3, max: 10 }), 10)).toEqual([]);
    expect(codesOf(integer('n', { min: 3, max: 10 }), 0)).toEqual(['min']);
  });

  it('a decimal bound is written with a decimal comma in Danish', () => {
    expect(problemsOf(decimal('d', { min: 0.5 }), 0.25)[0]?.message).toEqual({ en: 'Must be at least 0.5', da: 'Skal være mindst 0,5' });
  });

  it('negative numbers are checked against bounds too', () => {
    expect(codesOf(integer('n', { min: 0 }), -1)).toEqual(['min']);
  });

  it('a year without bounds of its own must lie within 1900–2100', () => {
    expect(codesOf(year('y'), 1899)).toEqual(['min']);
    expect(codesOf(year('y'), 2101)).toEqual(['max']);
    expect(codesOf(year('y'), 1900)).toEqual([]);
    expect(codesOf(year('y'), 2100)).toEqual([]);
    expect(problemsOf(year('y'), 1066)[0]?.message.en).toBe('Must be at least 1900');
  });

  it('a year with bounds of its own uses only those', () => {
    expect(codesOf(year('y', { min: 2010, max: 2030 }), 2009)).toEqual(['min']);
    expect(codesOf(year('y', { min: 2010 }), 2200)).toEqual([]);
  });
});

describe('patterns', () => {
  const workplaceId = text('workplace_id', { pattern: '[0-9]{8}|[0-9]{10}' });

  it('must match the whole answer', () => {
    expect(codesOf(workplaceId, '12345678')).toEqual([]);
    expect(codesOf(workplaceId, '1234567890')).toEqual([]);
    expect(codesOf(workplaceId, '123456789')).toEqual(['pattern']);
    expect(codesOf(workplaceId, 'CVR 12345678')).toEqual(['pattern']);
  });

  it("use the question's own message, or a general one", () => {
    const message = { en: 'Eight or ten digits', da: 'Otte eller ti cifre' };
    expect(problemsOf({ ...workplaceId, patternMessage: message }, 'x')[0]?.message).toEqual(message);
    expect(problemsOf(workplaceId, 'x')[0]?.message).toEqual({ en: 'Not in the expected format', da: 'Har ikke det forventede format' });
  });

  it('apply to long text too', () => {
    expect(codesOf(longtext('l', { pattern: '[^<>]*' }), 'a <b>')).toEqual(['pattern']);
  });
});

describe('choices', () => {
  it('a single choice with a code not in its list', () => {
    expect(problemsOf(single('s', 'yesno'), 'maybe')).toEqual([
      {
        variable: 's',
        code: 'choice',
        blocking: true,
        message: { en: "Not an option of this question: 'maybe'", da: "Ikke en svarmulighed til spørgsmålet: 'maybe'" },
      },
    ]);
  });

  it('a grid row with a code not in the grid list', () => {
    const problems = problemsOf(grid('factor', 'effect', ['f1', 'f2']), undefined, { f1: 'neither', f2: 'promoted_greatly' });
    expect(problems.map((p) => [p.variable, p.code, p.message.en])).toEqual([['f2', 'choice', "Not an option of this question: 'promoted_greatly'"]]);
  });

  it('a multiple choice reports each unknown code', () => {
    expect(problemsOf(multi('m', 'partners'), ['citizens', 'x', 'y']).map((p) => p.message.en)).toEqual([
      "Not an option of this question: 'x'",
      "Not an option of this question: 'y'",
    ]);
  });

  it('at most maxSelected options', () => {
    const initiator = multi('initiator', 'partners', { maxSelected: 3 });
    expect(codesOf(initiator, ['citizens', 'volunteers', 'companies'])).toEqual([]);
    expect(problemsOf(initiator, ['citizens', 'volunteers', 'companies', 'research'])).toEqual([
      { variable: 'initiator', code: 'maxSelected', blocking: true, message: { en: 'Pick at most 3', da: 'Vælg højst 3' } },
    ]);
  });

  it('at least minSelected options', () => {
    expect(problemsOf(multi('m', 'partners', { minSelected: 2 }), ['citizens'])[0]?.message).toEqual({ en: 'Pick at least 2', da: 'Vælg mindst 2' });
    expect(codesOf(multi('m', 'partners', { minSelected: 2 }), ['citizens', 'research'])).toEqual([]);
  });

  it('a code picked twice counts once', () => {
    expect(codesOf(multi('m', 'partners', { maxSelected: 1 }), ['citizens', 'citizens'])).toEqual([]);
  });

  it('an exclusive option together with another is refused, naming the option', () => {
    expect(problemsOf(multi('collab_partner', 'partners'), ['citizens', 'none'])).toEqual([
      {
        variable: 'collab_partner',
        code: 'exclusive',
        blocking: true,
        message: {
          en: "'No collaboration outside the workplace' cannot be combined with other options",
          da: "'Intet samarbejde uden for arbejdspladsen' kan ikke kombineres med andre svarmuligheder",
        },
      },
    ]);
  });

  it('an exclusive option alone is fine', () => {
    expect(codesOf(multi('collab_partner', 'partners'), ['none'])).toEqual([]);
  });
});

describe('constraints', () => {
  const period = [year('period_start'), year('period_end', {
    constraint: '. >= ${period_start} and . - ${period_start} <= 3',
    constraintMessage: { en: 'The period ends after it starts and lasts at most 3 years', da: 'Perioden slutter efter den starter og varer højst 3 år' },
  })];

  it('a false constraint is a problem with its message', () => {
    const q = compile({ questions: period });
    expect(evaluateResponse(q, { period_start: 2015, period_end: 2014 }).problems).toEqual([
      {
        variable: 'period_end',
        code: 'constraint',
        blocking: true,
        message: { en: 'The period ends after it starts and lasts at most 3 years', da: 'Perioden slutter efter den starter og varer højst 3 år' },
      },
    ]);
    expect(evaluateResponse(q, { period_start: 2015, period_end: 2019 }).problems.map((p) => p.code)).toEqual(['constraint']);
    expect(evaluateResponse(q, { period_start: 2015, period_end: 2016 }).problems).toEqual([]);
  });

  it('reads questions that come later in the form', () => {
    const q = compile({ questions: [integer('part', { constraint: '. <= ${whole}' }), integer('whole')] });
    expect(evaluateResponse(q, { part: 5, whole: 3 }).problems.map((p) => p.code)).toEqual(['constraint']);
    expect(evaluateResponse(q, { part: 2, whole: 3 }).problems).toEqual([]);
  });

  it('without a message of its own, a general one is used', () => {
    expect(problemsOf(integer('n', { constraint: '. mod 2 = 0' }), 3)[0]?.message).toEqual({ en: 'This answer is not valid here', da: 'Svaret er ikke gyldigt her' });
  });

  it('is not checked on an unanswered question', () => {
    expect(codesOf(integer('n', { constraint: '. > 5' }), undefined)).toEqual([]);
  });

  it("applies to each row of a grid, with '.' the row's answer", () => {
    const problems = problemsOf(grid('factor', 'effect', ['f1', 'f2'], { constraint: ". != 'hampered'" }), undefined, { f1: 'hampered', f2: 'neither' });
    expect(problems.map((p) => [p.variable, p.code])).toEqual([['f1', 'constraint']]);
  });

  it('on a multiple choice, reads the picked codes', () => {
    expect(codesOf(multi('m', 'partners', { constraint: "not(selected(., 'citizens')) or count-selected(.) = 1" }), ['citizens', 'research'])).toEqual(['constraint']);
  });
});

describe('problems of the whole response', () => {
  const q = compile({
    lists: LISTS,
    questions: [
      integer('b_second', { min: 1, relevant: '${z_last} > 0' }),
      text('a_first', { required: true }),
      integer('z_last', { max: 5 }),
      integer('skipped', { relevant: 'false()', min: 100 }),
    ],
  });
  const evaluation = evaluateResponse(q, { b_second: 0, z_last: 9, skipped: 1 });

  it('are listed in questionnaire order, whatever the evaluation order', () => {
    expect(q.evaluationOrder.indexOf('z_last')).toBeLessThan(q.evaluationOrder.indexOf('b_second'));
    expect(evaluation.problems.map((p) => `${p.variable}:${p.code}`)).toEqual(['b_second:min', 'a_first:required', 'z_last:max']);
  });

  it('can be looked up by variable', () => {
    expect(evaluation.problemsByVariable.get('z_last')?.map((p) => p.code)).toEqual(['max']);
    expect(evaluation.problemsByVariable.has('skipped')).toBe(false);
  });

  it('never include a skipped question, whatever its stored answer', () => {
    expect(evaluation.states.get('skipped')).toBe('skipped');
    expect(evaluation.problems.some((p) => p.variable === 'skipped')).toBe(false);
  });

  it('are all blocking for now', () => {
    expect(evaluation.problems.every((p) => p.blocking)).toBe(true);
  });

  it('one answer can have several problems', () => {
    expect(codesOf(multi('m', 'partners', { maxSelected: 1 }), ['none', 'citizens', 'x'])).toEqual(['choice', 'maxSelected', 'exclusive']);
  });
});
