/**
 * Dates in expressions as ODK documents them and JavaRosa runs them: a date converts to its number
 * of days since 1970-01-01 in arithmetic and orderings, to its ISO text `YYYY-MM-DD` as text;
 * today() is the day the response was created, never the clock. Every expected value is worked
 * out by hand; the comments show the sums.
 */
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../../../renderer/src/core/expressions/compile-expression';
import type { ExpressionScope, ScopeVariable } from '../../../../renderer/src/core/expressions/scope';
import type { AnswerValue } from '../../../../renderer/src/core/questionnaire/model';

const VARIABLES: Readonly<Record<string, ScopeVariable>> = {
  started: { type: 'date' },
  ended: { type: 'date' },
  staff: { type: 'number' },
  name: { type: 'string' },
  sector: { type: 'string', choices: ['state', 'region'], labels: new Map([['state', 'Staten'], ['region', 'Regionen']]) },
  partners: { type: 'multi', choices: ['citizens'], labels: new Map([['citizens', 'Borgere']]) },
};

const scope = (self?: ScopeVariable): ExpressionScope => ({
  lookup: (name) => (Object.hasOwn(VARIABLES, name) ? VARIABLES[name] : undefined),
  ...(self ? { self } : {}),
});

type Values = Record<string, AnswerValue>;

function run(source: string, values: Values = {}, options: { today?: string; self?: AnswerValue } = {}) {
  const compiled = compileExpression(source, scope(options.self === undefined ? undefined : { type: 'date' }));
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.value.evaluate({ value: (name) => values[name], self: options.self, today: options.today });
}

function refusal(source: string): string {
  const compiled = compileExpression(source, scope());
  if (compiled.ok) throw new Error(`accepted: ${source}`);
  return compiled.error.message;
}

describe('decimal-date-time(): days since 1970-01-01', () => {
  it.each([
    ["decimal-date-time('1970-01-01')", 0],
    ["decimal-date-time('1970-01-02')", 1],
    ["decimal-date-time('1969-12-31')", -1],
    // 2000-01-01 is 30 years of 365 days plus 7 leap days (1972 … 1996): 10,950 + 7 = 10,957.
    ["decimal-date-time('2000-01-01')", 10_957],
    // … and 2000 is a leap year (divisible by 400): Jan 31 + Feb 28 days to 29 February.
    ["decimal-date-time('2000-02-29')", 10_957 + 59],
    // 2020-01-01 is 50 × 365 + 12 leap days (1972 … 2016) = 18,262; 2020 has 366 days → 2021-01-01 = 18,628;
    // then January 31 + February 28 + 4 days.
    ["decimal-date-time('2021-03-05')", 18_628 + 31 + 28 + 4],
    ['decimal-date-time(${started})', 18_691],
    // A number is that many days: the same number back.
    ['decimal-date-time(18691)', 18_691],
  ])('%s is %s', (source, expected) => {
    expect(run(source, { started: '2021-03-05' })).toBe(expected);
  });

  it('is empty for an empty date', () => {
    expect(run('decimal-date-time(${started})')).toBeUndefined();
  });
});

describe('date(): text or a day number as a date', () => {
  it.each([
    ["date('2021-03-05')", '2021-03-05'],
    ['date(18691)', '2021-03-05'],
    // A fraction is cut to the whole day (JavaRosa's toDate takes int()).
    ['date(18691.75)', '2021-03-05'],
    ['date(0)', '1970-01-01'],
    // The next day, as forms write it: a date plus 1 is a number of days; date() makes it a date again.
    ['date(${started} + 1)', '2021-03-06'],
    // Across the end of February in a leap year.
    ["date(date('2024-02-28') + 1)", '2024-02-29'],
    ["date(date('2024-02-28') + 2)", '2024-03-01'],
    // A date-time gives its day.
    ["date('2021-03-05T10:30:00')", '2021-03-05'],
  ])('%s is %s', (source, expected) => {
    expect(run(source, { started: '2021-03-05' })).toBe(expected);
  });

  it('refuses a literal day that does not exist, where it is written', () => {
    expect(refusal("date('2021-02-31')")).toBe("'2021-02-31' is not a date at position 5; write an existing day as YYYY-MM-DD, e.g. '2021-03-05'");
  });

  it('gives an empty value for text that is not a date at run time', () => {
    expect(run('date(${name})', { name: 'i går' })).toBeUndefined();
  });
});

describe('format-date(): the ODK codes for a day', () => {
  it.each([
    ["format-date('2021-03-05', '%Y-%m-%d')", '2021-03-05'],
    ["format-date('2021-03-05', '%d-%m-%Y')", '05-03-2021'],
    // %e and %n without the leading zero, %y two digits.
    ["format-date('2021-03-05', '%e/%n %y')", '5/3 21'],
    // 18,691 days after a Thursday (1970-01-01): 18,691 = 7 × 2,670 + 1, so one day past a Thursday: Friday.
    ["format-date('2021-03-05', '%a %e %b %Y')", 'Fri 5 Mar 2021'],
    ["format-date('2021-12-26', '%a %b')", 'Sun Dec'],
    ['format-date(${started}, \'%Y\')', '2021'],
    // A number is a day number.
    ["format-date(0, '%d.%m.%Y')", '01.01.1970'],
  ])('%s is %s', (source, expected) => {
    expect(run(source, { started: '2021-03-05' })).toBe(expected);
  });

  it('is empty text for an empty date', () => {
    expect(run("format-date(${started}, '%Y')")).toBe('');
  });

  it('refuses a code it does not run in a literal format', () => {
    expect(refusal("format-date(${started}, '%Y %H')")).toBe("format-date() has no code '%H' at position 24; use %Y %y %m %n %b %d %e %a");
  });
});

describe('dates in comparisons and arithmetic', () => {
  const values = { started: '2021-01-01', ended: '2021-03-05' };
  it.each([
    // Days apart: 31 + 28 + 4 = 63.
    ['${ended} - ${started}', 63],
    ["date('2021-03-05') - date('2020-03-05')", 365],
    // 2020 is a leap year: 2020-02-01 → 2020-03-01 is 29 days.
    ["date('2020-03-01') - date('2020-02-01')", 29],
    ['${started} + 1', 18_629],
    ['${started} < ${ended}', true],
    ['${started} >= ${ended}', false],
    ['${started} = ${started}', true],
    ['${started} != ${ended}', true],
    // A date equals its ISO text.
    ["${ended} = '2021-03-05'", true],
    // Text in a date's shape is read as that day when ordered against a date.
    ["${ended} > '2021-03-04'", true],
    ["${ended} > '2021-03-05'", false],
    ['${ended} - ${started} > 60', true],
    // An empty date is NaN: every ordering false.
    ['${started} < ${staff}', false],
  ])('%s is %s', (source, expected) => {
    expect(run(source, values)).toBe(expected);
  });

  it('an empty date makes the difference empty', () => {
    expect(run('${ended} - ${started}', { ended: '2021-03-05' })).toBeUndefined();
  });

  it('a date still reads as its ISO text in text functions', () => {
    expect(run("concat('fra ', ${started})", values)).toBe('fra 2021-01-01');
    expect(run('substr(${started}, 0, 4)', values)).toBe('2021');
  });

  it('ordering a date against text that is not a date is refused', () => {
    expect(refusal('${started} < ${name}')).toBe("'<' compares numbers, but ${name} is text at position 13");
  });
});

describe('today(): the day the response was created, never the clock', () => {
  it('gives the day from the context, the same whenever it is evaluated', () => {
    expect(run('today()', {}, { today: '2021-03-05' })).toBe('2021-03-05');
    expect(run('decimal-date-time(today())', {}, { today: '2021-03-05' })).toBe(18_691);
  });

  it('a date constraint against today(): the day itself passes, the day after does not', () => {
    expect(run('. <= today()', {}, { today: '2021-03-05', self: '2021-03-05' })).toBe(true);
    expect(run('. <= today()', {}, { today: '2021-03-05', self: '2021-03-06' })).toBe(false);
    // Age of an answer in days: 2021-03-05 − 2021-01-01 = 63.
    expect(run('today() - .', {}, { today: '2021-03-05', self: '2021-01-01' })).toBe(63);
  });

  it('is empty without a creation day', () => {
    expect(run('today()')).toBeUndefined();
  });

  it('now() stays refused, saying why', () => {
    expect(refusal('now()')).toBe(
      'now() is not supported at position 0; it reads the clock, so a response would check differently each time it is opened; today() is the day the response was created',
    );
  });

  it('times of day stay refused', () => {
    expect(refusal("format-date-time(today(), '%H')")).toBe('format-date-time() is not supported at position 0; the app has dates but no times of day');
  });
});

describe("jr:choice-name(): an option's label in the default language (Danish)", () => {
  it.each([
    ["jr:choice-name(${sector}, '${sector}')", { sector: 'region' }, 'Regionen'],
    ["jr:choice-name('state', '${sector}')", {}, 'Staten'],
    // An unanswered question, or a code the list lacks: empty text.
    ["jr:choice-name(${sector}, '${sector}')", {}, ''],
    ["jr:choice-name('mars', '${sector}')", {}, ''],
    // A multiple choice's list serves one code at a time.
    ["jr:choice-name('citizens', '${partners}')", {}, 'Borgere'],
  ])('%s with %j is %j', (source, values, expected) => {
    expect(run(source, values as Values)).toBe(expected);
  });

  it('refuses a second argument that does not name a select question', () => {
    expect(refusal("jr:choice-name(${sector}, 'sector')")).toBe(
      "the second argument of jr:choice-name() must name a select question at position 26; write the question as text, e.g. jr:choice-name(${q}, '${q}')",
    );
    expect(refusal("jr:choice-name(${name}, '${name}')")).toBe(
      "jr:choice-name() needs a select question, but ${name} has no options at position 24; write the question as text, e.g. jr:choice-name(${q}, '${q}')",
    );
    expect(refusal("jr:choice-name(${sector}, '${sektor}')")).toBe("unknown question 'sektor' at position 29");
  });
});
