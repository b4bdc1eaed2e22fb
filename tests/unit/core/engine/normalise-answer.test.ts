import { describe, expect, it } from 'vitest';
import { evaluateResponse, isEmptyAnswer, normaliseAnswer } from '../../../../renderer/src/core/engine/evaluate-response';
import type { Variable } from '../../../../renderer/src/core/questionnaire/model';
import { compile, date, decimal, integer, longtext, multi, single, text, year } from '../form-builder';

const q = compile({
  lists: { partners: ['citizens', 'volunteers', 'companies'], yesno: ['yes', 'no'] },
  questions: [
    integer('n'),
    decimal('d'),
    year('y'),
    text('t'),
    longtext('l'),
    single('s', 'yesno'),
    multi('m', 'partners'),
  ],
});
const variable = (name: string): Variable => q.byName.get(name)!;

describe('normaliseAnswer turns what was typed into the stored value', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['-3', -3],
    ['+7', 7],
    ['007', 7],
  ])('integer %j → %j', (raw, value) => {
    expect(normaliseAnswer(variable('n'), raw)).toBe(value);
  });

  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' -0,75 ', -0.75],
    [',5', 0.5],
    ['3', 3],
  ])('decimal %j → %j (a Danish decimal comma is understood)', (raw, value) => {
    expect(normaliseAnswer(variable('d'), raw)).toBe(value);
  });

  it('a year is a whole number', () => {
    expect(normaliseAnswer(variable('y'), '2016')).toBe(2016);
  });

  it.each([
    ['n', '12a'],
    ['n', '2,5'],
    ['n', '1.000'],
    ['d', '1.234,5'],
    ['d', 'two'],
    ['y', "'16"],
  ])('%s: %j does not parse and is kept as typed (trimmed), for a type problem', (name, raw) => {
    expect(normaliseAnswer(variable(name), ` ${raw} `)).toBe(raw);
  });

  it('text that does not parse as a number shows up as a type problem', () => {
    const stored = normaliseAnswer(variable('n'), '12a');
    expect(evaluateResponse(q, { n: stored! }).problems.map((p) => p.code)).toEqual(['type']);
  });

  it('a number passes through', () => {
    expect(normaliseAnswer(variable('n'), 12)).toBe(12);
    expect(normaliseAnswer(variable('n'), Number.NaN)).toBeUndefined();
  });

  it.each(['t', 'l', 's'])('%s: text is trimmed', (name) => {
    expect(normaliseAnswer(variable(name), '  Nordby Skole \n')).toBe('Nordby Skole');
  });

  it('long text keeps its inner line breaks', () => {
    expect(normaliseAnswer(variable('l'), 'line one\nline two\n')).toBe('line one\nline two');
  });

  it.each(['n', 'd', 'y', 't', 'l', 's', 'm'])('%s: empty input means no answer (undefined: delete the key)', (name) => {
    expect(normaliseAnswer(variable(name), '')).toBeUndefined();
    expect(normaliseAnswer(variable(name), '   ')).toBeUndefined();
    expect(normaliseAnswer(variable(name), undefined)).toBeUndefined();
    expect(normaliseAnswer(variable(name), null)).toBeUndefined();
  });

  it('multiple-choice codes are deduplicated and put in choice-list order', () => {
    expect(normaliseAnswer(variable('m'), ['companies', 'citizens', 'companies'])).toEqual(['citizens', 'companies']);
  });

  it('unknown codes are kept at the end (and reported as problems)', () => {
    expect(normaliseAnswer(variable('m'), ['x', 'volunteers'])).toEqual(['volunteers', 'x']);
  });

  it('space-separated codes are read as a multiple choice', () => {
    expect(normaliseAnswer(variable('m'), ' volunteers  citizens ')).toEqual(['citizens', 'volunteers']);
  });

  it('nothing picked means no answer', () => {
    expect(normaliseAnswer(variable('m'), [])).toBeUndefined();
    expect(normaliseAnswer(variable('m'), ['', ' '])).toBeUndefined();
  });
});

describe('isEmptyAnswer', () => {
  it.each([undefined, null, '', [], Number.NaN])('%j is empty', (value) => {
    expect(isEmptyAnswer(value)).toBe(true);
  });

  it.each([0, ' ', 'x', ['a'], false])('%j is an answer', (value) => {
    expect(isEmptyAnswer(value)).toBe(false);
  });
});

describe('a date is typed the Danish way and stored as ISO', () => {
  const dq = compile({ questions: [date('started')] });
  const started = dq.byName.get('started')!;
  it.each([
    ['05-03-2021', '2021-03-05'],
    ['5-3-2021', '2021-03-05'],
    ['05.03.2021', '2021-03-05'],
    ['5/3/2021', '2021-03-05'],
    [' 2021-03-05 ', '2021-03-05'],
    ['2021-3-5', '2021-03-05'],
    // 2024 is a leap year.
    ['29-02-2024', '2024-02-29'],
  ])('%j → %j', (raw, value) => {
    expect(normaliseAnswer(started, raw)).toBe(value);
  });

  it.each([
    // Kept as typed, and reported with what is wrong.
    ['31-02-2021', '31-02-2021 findes ikke: februar 2021 har 28 dage'],
    ['29-02-2023', '29-02-2023 findes ikke: februar 2023 har 28 dage'],
    ['31-04-2021', '31-04-2021 findes ikke: april 2021 har 30 dage'],
    ['01-13-2021', '01-13-2021 er ikke en dato: der er ingen måned 13'],
    ['i går', 'Skal være en dato, skrevet dd-mm-åååå, fx 05-03-2021'],
    ['05-03-21', 'Skal være en dato, skrevet dd-mm-åååå, fx 05-03-2021'],
  ])('%j is no date: %j', (raw, message) => {
    const stored = normaliseAnswer(started, raw);
    expect(stored).toBe(raw);
    expect(evaluateResponse(dq, { started: stored! }).problems.map((p) => [p.code, p.message.da])).toEqual([['type', message]]);
  });

  it('says it in English too', () => {
    expect(evaluateResponse(dq, { started: '31-02-2021' }).problems[0]?.message.en).toBe('31-02-2021 does not exist: February 2021 has 28 days');
  });
});
