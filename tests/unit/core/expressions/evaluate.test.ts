import { describe, expect, it } from 'vitest';
import { allOf, compileExpression } from '../../../../renderer/src/core/expressions/compile-expression';
import type { CompiledExpression } from '../../../../renderer/src/core/expressions/compiled';
import type { ScopeVariable } from '../../../../renderer/src/core/expressions/scope';
import type { AnswerValue } from '../../../../renderer/src/core/questionnaire/model';
import { scope } from './scope-fixture';

type Values = Record<string, AnswerValue>;

function compiled(source: string, self?: ScopeVariable): CompiledExpression {
  const result = compileExpression(source, self === undefined ? scope() : scope({ self }));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Evaluates `source` against `values` (absent = empty) and, for constraints, `.` = `self`. */
function run(source: string, values: Values = {}, self?: AnswerValue): ReturnType<CompiledExpression['evaluate']> {
  const selfType: ScopeVariable | undefined =
    self === undefined ? undefined : { type: Array.isArray(self) ? 'multi' : typeof self === 'number' ? 'number' : 'string' };
  return compiled(source, selfType).evaluate({ value: (name) => values[name], self });
}

describe('arithmetic', () => {
  it.each([
    ['1 + 2', 3],
    ['7 - 10', -3],
    ['6 * 7', 42],
    ['7 div 2', 3.5],
    ['7 mod 3', 1],
    ['-7 mod 3', -1],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['- -2', 2],
    ['0.1 * 10', 1],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('uses the values of referenced questions', () => {
    expect(run('${staff} - ${start}', { staff: 2016, start: 2014 })).toBe(2);
  });

  it('an empty operand gives an empty result, not 0', () => {
    expect(run('${staff} + 1')).toBeUndefined();
    expect(run('-${staff}')).toBeUndefined();
  });

  it('division by zero gives an empty result', () => {
    expect(run('1 div 0')).toBeUndefined();
    expect(run('1 mod 0')).toBeUndefined();
  });

  it('a value of unknown type that reads as a number is used as one', () => {
    expect(run('${legacy} + 1', { legacy: ' 41 ' })).toBe(42);
    expect(run('${legacy} + 1', { legacy: 'forty' })).toBeUndefined();
  });
});

describe('comparisons of answered values', () => {
  it.each([
    ['${staff} = 5', true],
    ['${staff} != 5', false],
    ['${staff} < 5', false],
    ['${staff} <= 5', true],
    ['${staff} > 4', true],
    ['${staff} >= 6', false],
    ['${staff} > 4.5', true],
  ])('with staff = 5: %s is %s', (source, expected) => {
    expect(run(source, { staff: 5 })).toBe(expected);
  });

  it('text compares exactly', () => {
    expect(run("${innov} = 'yes'", { innov: 'yes' })).toBe(true);
    expect(run("${innov} = 'no'", { innov: 'yes' })).toBe(false);
    expect(run("${name} = 'Aarhus'", { name: 'aarhus' })).toBe(false);
    expect(run("${innov} != 'no'", { innov: 'yes' })).toBe(true);
  });

  it('true/false compare as truth values', () => {
    expect(run('true() = true()')).toBe(true);
    expect(run('true() != false()')).toBe(true);
  });
});

describe('empty values follow ODK', () => {
  it("an unanswered question equals ''; != '' means answered", () => {
    expect(run("${innov} = ''")).toBe(true);
    expect(run("${innov} != ''")).toBe(false);
    expect(run("${innov} != ''", { innov: 'no' })).toBe(true);
    expect(run("'' = ${innov}", { innov: 'no' })).toBe(false);
    expect(run("${innov} = ''", { innov: '' })).toBe(true);
  });

  it("an empty number equals '' and nothing else: = and every ordering are false, != is true (XPath's NaN)", () => {
    expect(run("${staff} = ''")).toBe(true);
    expect(run("${staff} != ''")).toBe(false);
    for (const op of ['=', '<', '<=', '>', '>=']) expect(run(`\${staff} ${op} 3`)).toBe(false);
    expect(run('${staff} != 3')).toBe(true);
    expect(run('0 = ${staff}')).toBe(false);
    expect(run('0 != ${staff}')).toBe(true);
  });

  it("a zero is an answer, not empty", () => {
    expect(run("${staff} != ''", { staff: 0 })).toBe(true);
    expect(run('${staff} = 0', { staff: 0 })).toBe(true);
  });

  it('an unanswered single choice differs from every code (XPath string comparison)', () => {
    expect(run("${innov} != 'yes'")).toBe(true);
    expect(run("${innov} = 'yes'")).toBe(false);
  });

  it('a multiple choice with nothing picked is empty', () => {
    expect(run("${partners} = ''")).toBe(true);
    expect(run("${partners} = ''", { partners: [] })).toBe(true);
    expect(run("${partners} != ''", { partners: ['none'] })).toBe(true);
  });

  it('count-selected of an empty answer is 0, and selected() is false', () => {
    expect(run('count-selected(${partners})')).toBe(0);
    expect(run("selected(${partners}, 'none')")).toBe(false);
  });

  it('a text answer in a number question compares as empty rather than throwing', () => {
    expect(run('${staff} > 3', { staff: 'many' })).toBe(false);
  });
});

describe('and, or, not', () => {
  it.each([
    ['true() and true()', true],
    ['true() and false()', false],
    ['false() and true()', false],
    ['false() or true()', true],
    ['false() or false()', false],
    ['not(false())', true],
    ['not(true())', false],
    ['not(1 = 1) or 2 > 1 and 3 > 2', true],
  ])('%s is %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('a value of unknown type counts as true when it is non-empty and non-zero (XPath boolean())', () => {
    expect(run('${legacy} and true()', { legacy: 'x' })).toBe(true);
    expect(run('${legacy} and true()', { legacy: 0 })).toBe(false);
    expect(run('not(${legacy})')).toBe(true);
  });
});

describe('functions', () => {
  it('selected() tests one code of a multiple choice', () => {
    expect(run("selected(${partners}, 'citizens')", { partners: ['citizens', 'none'] })).toBe(true);
    expect(run("selected(${partners}, 'volunteers')", { partners: ['citizens'] })).toBe(false);
  });

  it('selected() and count-selected() also read space-separated codes', () => {
    expect(run("selected(${legacy}, 'b')", { legacy: 'a b' })).toBe(true);
    expect(run('count-selected(${legacy})', { legacy: ' a  b ' })).toBe(2);
  });

  it('count-selected() counts the picked codes', () => {
    expect(run('count-selected(${partners})', { partners: ['citizens', 'volunteers'] })).toBe(2);
  });

  it('if() picks a branch', () => {
    expect(run("if(${innov} = 'yes', 1, 0)", { innov: 'yes' })).toBe(1);
    expect(run("if(${innov} = 'yes', 1, 0)", { innov: 'no' })).toBe(0);
    expect(run("if(${innov} = 'yes', 1, '')", { innov: 'no' })).toBe('');
  });

  it('string-length() counts characters, Danish letters and emoji as one each; empty is 0', () => {
    expect(run('string-length(${name})', { name: 'Ærø' })).toBe(3);
    expect(run('string-length(${name})', { name: 'ok 👍' })).toBe(4);
    expect(run('string-length(${name})')).toBe(0);
    expect(run('string-length(${staff})', { staff: 123 })).toBe(3);
  });

  it('regex() is true only when the pattern matches the whole text, as in ODK Collect', () => {
    expect(run("regex(${name}, '[0-9]')", { name: 'abc1' })).toBe(false);
    expect(run("regex(${name}, '[0-9]')", { name: '1' })).toBe(true);
    expect(run("regex(${name}, '.*[0-9]')", { name: 'abc1' })).toBe(true);
    expect(run("regex(${name}, '[0-9]{8}')", { name: '12345678' })).toBe(true);
    expect(run("regex(${name}, '[0-9]{8}')", { name: '123456789' })).toBe(false);
    // Anchors written by the author change nothing; an alternation is anchored as a whole.
    expect(run("regex(${name}, '^[0-9]+$')", { name: '12345678' })).toBe(true);
    expect(run("regex(${name}, 'ja|nej')", { name: 'nejtak' })).toBe(false);
    expect(run("regex(${name}, 'ja|nej')", { name: 'nej' })).toBe(true);
  });

  it('regex() of an unanswered question tests the empty text', () => {
    expect(run("regex(${name}, '[0-9]*')")).toBe(true);
    expect(run("regex(${name}, '[0-9]+')")).toBe(false);
  });

  it('regex() gives the same answer every time (no state kept between calls)', () => {
    const expression = compiled("regex(${name}, '.*a.*')");
    const ctx = { value: () => 'banana' };
    expect([expression.evaluate(ctx), expression.evaluate(ctx), expression.evaluate(ctx)]).toEqual([true, true, true]);
  });

  it('regex() with a pattern computed at run time, also whole-text; an invalid one matches nothing', () => {
    expect(run('regex(${name}, ${legacy})', { name: 'abc', legacy: 'a.*' })).toBe(true);
    expect(run('regex(${name}, ${legacy})', { name: 'abc', legacy: 'a' })).toBe(false);
    expect(run('regex(${name}, ${legacy})', { name: 'abc', legacy: '[a-' })).toBe(false);
    // Invalid alone, valid once wrapped in ^(?:…)$: still refused.
    expect(run('regex(${name}, ${legacy})', { name: 'a', legacy: 'a)|(b' })).toBe(false);
  });

  it('number() reads text as a number; text that is not one is empty', () => {
    expect(run('number(${name})', { name: ' 12.5 ' })).toBe(12.5);
    expect(run('number(${name})', { name: '12 apples' })).toBeUndefined();
    expect(run('number(${name})')).toBeUndefined();
    expect(run('number(true())')).toBe(1);
  });

  it('coalesce() gives the first non-empty value', () => {
    expect(run('coalesce(${staff}, 0)')).toBe(0);
    expect(run('coalesce(${staff}, 0)', { staff: 7 })).toBe(7);
    expect(run("coalesce(${name}, 'unknown')", { name: '' })).toBe('unknown');
  });

  it('true() and false()', () => {
    expect(run('true()')).toBe(true);
    expect(run('false()')).toBe(false);
  });
});

describe("'.' in a constraint", () => {
  it('is the answer being checked', () => {
    expect(run('. >= ${start} and . - ${start} <= 3', { start: 2015 }, 2017)).toBe(true);
    expect(run('. >= ${start} and . - ${start} <= 3', { start: 2015 }, 2020)).toBe(false);
    expect(run("selected(., 'none')", {}, ['none'])).toBe(true);
  });
});

describe('allOf() combines a section condition with a question condition', () => {
  const section = compiled("${innov} = 'yes'");
  const question = compiled('${staff} > 10');

  it('is true only when both are', () => {
    const both = allOf(section, question)!;
    expect(both.evaluate({ value: (n) => ({ innov: 'yes', staff: 11 } as Values)[n] })).toBe(true);
    expect(both.evaluate({ value: (n) => ({ innov: 'no', staff: 11 } as Values)[n] })).toBe(false);
    expect(both.evaluate({ value: (n) => ({ innov: 'yes', staff: 9 } as Values)[n] })).toBe(false);
  });

  it('lists the references of both and is boolean', () => {
    const both = allOf(section, question)!;
    expect(both.references).toEqual(['innov', 'staff']);
    expect(both.type).toBe('boolean');
    expect(both.source).toBe("(${innov} = 'yes') and (${staff} > 10)");
  });

  it('with one side absent, is the other', () => {
    expect(allOf(undefined, question)).toBe(question);
    expect(allOf(section, undefined)).toBe(section);
    expect(allOf(undefined, undefined)).toBeUndefined();
  });
});
