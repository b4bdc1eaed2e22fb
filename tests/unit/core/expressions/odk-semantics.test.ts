/**
 * The engine against ODK's documented behaviour (JavaRosa, which ODK Collect runs, and the ODK form
 * documentation), one function and operator at a time. Every expected value is worked out by hand
 * from those rules; the comments say which rule gives it.
 */
import { describe, expect, it } from 'vitest';
import { roundNumber } from '../../../../renderer/src/core/expressions/call-runtime';
import { compileExpression } from '../../../../renderer/src/core/expressions/compile-expression';
import type { ScopeVariable } from '../../../../renderer/src/core/expressions/scope';
import type { AnswerValue } from '../../../../renderer/src/core/questionnaire/model';
import { scope } from './scope-fixture';

type Values = Record<string, AnswerValue>;

function run(source: string, values: Values = {}, self?: { type: ScopeVariable; value: AnswerValue | undefined }) {
  const compiled = compileExpression(source, self === undefined ? scope() : scope({ self: self.type }));
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.value.evaluate({ value: (name) => values[name], self: self?.value });
}

function refusal(source: string): string {
  const compiled = compileExpression(source, scope());
  if (compiled.ok) throw new Error(`accepted: ${source}`);
  return compiled.error.message;
}

describe('= and != with numbers: an empty side is NaN', () => {
  it.each([
    // NaN equals nothing, so = is false and != is true.
    ['${staff} = 3', {}, false],
    ['${staff} != 3', {}, true],
    ['3 != ${staff}', {}, true],
    ['${staff} != ${start}', {}, true],
    ['${staff} = ${start}', {}, false],
    // Answered: an ordinary comparison.
    ['${staff} != 3', { staff: 3 }, false],
    ['${staff} != 3', { staff: 4 }, true],
    // Text that is not a number is NaN as well.
    ['number(${name}) != 3', { name: 'tre' }, true],
  ])('%s with %j is %s', (source, values, expected) => {
    expect(run(source, values as Values)).toBe(expected);
  });

  it('orderings with an empty side are all false', () => {
    for (const op of ['<', '<=', '>', '>=']) {
      expect(run(`\${staff} ${op} 3`)).toBe(false);
      expect(run(`3 ${op} \${staff}`)).toBe(false);
    }
  });

  it('numbers closer than 1e-12 are equal, as in JavaRosa', () => {
    expect(run('0.1 + 0.2 = 0.3')).toBe(true);
    expect(run('0.1 + 0.2 != 0.3')).toBe(false);
    expect(run('1 div 3 * 3 = 1')).toBe(true);
    expect(run('0.3 = 0.30001')).toBe(false);
  });

  it('not() of a comparison with an empty side', () => {
    expect(run('not(${staff} = 3)')).toBe(true);
    expect(run('not(${staff} != 3)')).toBe(false);
    expect(run('not(${staff} > 3)')).toBe(true);
  });
});

describe("the empty value ''", () => {
  it("a number answered with 0 is not ''", () => {
    expect(run("${staff} = ''", { staff: 0 })).toBe(false);
    expect(run("${staff} != ''", { staff: 0 })).toBe(true);
  });

  it("a text answered with spaces is not ''", () => {
    expect(run("${name} = ''", { name: ' ' })).toBe(false);
  });

  it("an unanswered text compares as '' with any text", () => {
    expect(run("${name} = 'x'")).toBe(false);
    expect(run("${name} != 'x'")).toBe(true);
  });

  it('and/or read the comparisons, never the empty value itself', () => {
    expect(run("${innov} = 'yes' or ${staff} > 3")).toBe(false);
    expect(run("${innov} != 'yes' and ${staff} != 3")).toBe(true);
  });
});

describe('a value of unknown type compares as XPath decides from the values', () => {
  it.each([
    // A truth value on either side compares truth values: 5 is true, '' is false.
    ['${legacy} = true()', { legacy: 5 }, true],
    ['${legacy} = false()', {}, true],
    ['${legacy} != true()', { legacy: 'x' }, false],
    // Else a number on either side compares numbers: '5.0' is 5.
    ['${legacy} = 5', { legacy: '5.0' }, true],
    ['${legacy} = 5', { legacy: ' 5 ' }, true],
    ['${legacy} != 5', {}, true],
    // Else text: exact.
    ["${legacy} = 'abc'", { legacy: 'abc' }, true],
    ["${legacy} = '5.0'", { legacy: '5' }, false],
    // An ordering always compares numbers.
    ['${legacy} < 10', { legacy: '9' }, true],
    ['${legacy} < 10', { legacy: '' }, false],
    ['${legacy} >= 10', { legacy: 'ti' }, false],
  ])('%s with %j is %s', (source, values, expected) => {
    expect(run(source, values as Values)).toBe(expected);
  });
});

describe('text read as a number (number(), arithmetic on a value of unknown type)', () => {
  it.each([
    ["number('12')", 12],
    ["number(' 7 ')", 7],
    ["number('-.5')", -0.5],
    ["number('5.')", 5],
    // A decimal comma is read as a point, as ODK does for Danish keyboards.
    ["number('2,5')", 2.5],
    // Not numbers in XPath: a plus sign, an exponent, a thousands separator, a word.
    ["number('+5')", undefined],
    ["number('1e3')", undefined],
    ["number('1.000,5')", undefined],
    ["number('fem')", undefined],
    ["number('')", undefined],
    ['number(true())', 1],
    ['number(false())', 0],
  ])('%s is %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('arithmetic with an empty operand is empty', () => {
    expect(run('${staff} * 0')).toBeUndefined();
    expect(run('${legacy} + 1', { legacy: '2,5' })).toBe(3.5);
  });
});

describe('int(): towards zero', () => {
  it.each([
    ['int(2.7)', 2],
    ['int(-2.7)', -2],
    ['int(7 div 2)', 3],
    ["int('12.9')", 12],
    ['int(true())', 1],
    ['int(5)', 5],
  ])('%s is %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('int(-0.5) is 0, not -0', () => {
    expect(Object.is(run('int(-0.5)'), 0)).toBe(true);
  });

  it('int() of an unanswered question, or of text that is no number, is empty', () => {
    expect(run('int(${staff})')).toBeUndefined();
    expect(run('int(${name})', { name: 'mange' })).toBeUndefined();
    expect(run('int(${staff} div 12)', { staff: 30 })).toBe(2);
  });
});

describe('round(): halves towards positive infinity, on the decimal digits as written', () => {
  it.each([
    ['round(2.5)', 3],
    ['round(-2.5)', -2],
    ['round(2.4)', 2],
    ['round(-2.6)', -3],
    ['round(999.5)', 1000],
    ['round(123.456, 1)', 123.5],
    // 1.005 is written 1.005, so it rounds up (its binary value is a hair below).
    ['round(1.005, 2)', 1.01],
    ['round(2.345, 2)', 2.35],
    ['round(-2.345, 2)', -2.34],
    ['round(-2.3451, 2)', -2.35],
    ['round(1234.5678, -2)', 1200],
    ['round(1250, -2)', 1300],
    ['round(-1250, -2)', -1200],
    ['round(12, -3)', 0],
    ['round(7, 3)', 7],
  ])('%s is %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('round() of an unanswered question is empty; an empty number of decimals counts as 0', () => {
    expect(run('round(${staff})')).toBeUndefined();
    expect(run('round(5.55, ${staff})')).toBe(6);
    expect(run('round(5.55, ${staff})', { staff: 1 })).toBe(5.6);
  });

  it('beyond 30 decimals the result is empty; a very small or very large number keeps its digits', () => {
    expect(roundNumber(12.5, 31)).toBeUndefined();
    expect(roundNumber(0.0000001234, 9)).toBe(1.23e-7);
    expect(roundNumber(1e21, 0)).toBe(1e21);
    expect(Object.is(roundNumber(-0.4, 0), 0)).toBe(true);
  });
});

describe('concat(): every argument as text, empty as nothing', () => {
  it.each([
    ["concat('a', 'b')", {}, 'ab'],
    ["concat('a', 1, true())", {}, 'a1true'],
    ['concat(0.5, false())', {}, '0.5false'],
    ["concat(${name}, '-', ${staff})", {}, '-'],
    ["concat(${name}, '-', ${staff})", { name: 'Aarhus', staff: 2.5 }, 'Aarhus-2.5'],
    ["concat(${partners}, '|')", { partners: ['citizens', 'none'] }, 'citizens none|'],
    ['concat(${innov})', { innov: 'yes' }, 'yes'],
  ])('%s with %j is %j', (source, values, expected) => {
    expect(run(source, values as Values)).toBe(expected);
  });

  it('gives text, so string-length() and comparisons with text take it', () => {
    expect(run("string-length(concat(${name}, 'xy'))", { name: 'æø' })).toBe(4);
    expect(run("concat(${innov}, ${grade}) = 'yes2'", { innov: 'yes', grade: '2' })).toBe(true);
  });
});

describe('coalesce(), if(), string-length(), selected(), count-selected() with empty answers', () => {
  it.each([
    // coalesce: the second when the first is '' or NaN.
    ["coalesce(${name}, 'ukendt')", {}, 'ukendt'],
    ["coalesce(${name}, 'ukendt')", { name: 'x' }, 'x'],
    ['coalesce(number(${name}), 3)', { name: 'tre' }, 3],
    ['coalesce(${staff}, ${start})', {}, undefined],
    ['coalesce(${staff}, 1)', { staff: 0 }, 0],
    // if: an empty comparison is false, so the else branch.
    ["if(${staff} > 3, 'stor', 'lille')", {}, 'lille'],
    ["if(${staff} != 3, 'ikke 3', '3')", {}, 'ikke 3'],
    ["if(${innov} = '', 'ubesvaret', 'besvaret')", {}, 'ubesvaret'],
    // string-length: '' is 0; a number counts the digits as written.
    ['string-length(${name})', {}, 0],
    ['string-length(${name})', { name: '  ' }, 2],
    ['string-length(12.5)', {}, 4],
    // selected / count-selected of nothing picked.
    ["selected(${partners}, 'none')", { partners: [] }, false],
    ['count-selected(${partners})', { partners: [] }, 0],
    ['count-selected(${partners})', {}, 0],
    ['count-selected(${partners}) = 0', {}, true],
    // selected() of a single choice: its one code.
    ["selected(${innov}, 'yes')", { innov: 'yes' }, true],
    ["selected(${innov}, 'yes')", { innov: 'no' }, false],
    ["selected(${innov}, 'yes')", {}, false],
  ])('%s with %j is %j', (source, values, expected) => {
    expect(run(source, values as Values)).toBe(expected);
  });
});

describe("'.' is the answer being checked", () => {
  const text: ScopeVariable = { type: 'string' };
  const number: ScopeVariable = { type: 'number' };
  it.each([
    ['string-length(.) <= 5', text, 'Ærøby', true],
    ['string-length(.) <= 5', text, 'Ærøbyy', false],
    ["regex(., '[0-9]{4}')", text, '8000', true],
    ["regex(., '[0-9]{4}')", text, 'DK-8000', false],
    ['. >= 0 and . <= 100', number, 42, true],
    ['int(.) = .', number, 4.5, false],
    ['round(., 1) = .', number, 4.5, true],
  ])('%s with . = %j is %s', (source, type, value, expected) => {
    expect(run(source, {}, { type, value })).toBe(expected);
  });
});

describe('the types of the new functions are checked at load', () => {
  it('int() and round() give numbers; concat() gives text: a question compared with them is checked', () => {
    expect(refusal("${name} = int(2)")).toMatch(/^type mismatch: \$\{name\} is text but int\(…\) is a number/);
    expect(refusal('${staff} and round(2)')).toMatch(/^'and' needs true\/false, but \$\{staff\} is a number/);
    expect(refusal("${staff} + concat('a') = 1 and ${name} + 1 = 2")).toMatch(/^'\+' needs a number, but \$\{name\} is text/);
  });

  it('int() and round() refuse a multiple choice; the decimals of round() must be a number', () => {
    expect(refusal('int(${partners})')).toMatch(/^int\(\) needs text or a number or true\/false, but \$\{partners\} is a multiple choice/);
    expect(refusal("round(2.5, 'one')")).toMatch(/^the number of decimals of round\(\) needs a number, but 'one' is text/);
  });

  it('the number of arguments', () => {
    expect(refusal('round(1, 2, 3)')).toBe('round() takes 1 or 2 arguments but got 3 at position 0');
    expect(refusal('concat()')).toBe('concat() takes at least 1 argument but got 0 at position 0');
    expect(refusal('int()')).toBe('int() takes 1 argument but got 0 at position 0');
  });
});

describe("XPath 1.0's implicit conversions, as ODK adopts them, where no question's type is contradicted", () => {
  it.each([
    // if() with branches of two types gives the branch's value; the comparison then follows XPath.
    ["if(${staff} > 7, 5, 'abc')", { staff: 8 }, 5],
    ["if(${staff} > 7, 5, 'abc')", { staff: 3 }, 'abc'],
    ["if(${staff} > 7, 5, 'abc') = 5", { staff: 8 }, true],
    ["if(${staff} > 7, 5, 'abc') = 'abc'", { staff: 3 }, true],
    // A number on either side of = compares numbers: '17.0000000' is 17.
    ["17 = '17.0000000'", {}, true],
    ["'abc' = 0", {}, false],
    // A truth value on either side of = compares truth values: 1 is true.
    ['true() = 1', {}, true],
    ['false() = 0', {}, true],
    // An ordering compares numbers: '-17' is -17, 'a' is NaN (every ordering with NaN is false).
    ["'-17' > '-172'", {}, true],
    ["'a' <= 'b'", {}, false],
    ['true() < 2', {}, true],
    // Arithmetic reads true() as 1; text that is no number is NaN, which a calculation gives as empty.
    ['true() + 8', {}, 9],
    ['1 mod true()', {}, 0],
    ["concat('a') + 1", {}, undefined],
    // A value where a condition is expected is its truth: '' false, 'a' true, 0 false.
    ["not('')", {}, true],
    ["not('a')", {}, false],
    ['not(0)', {}, true],
    ['round(2) and true()', {}, true],
    ["if('x', 1, 2)", {}, 1],
    // coalesce() of a number question and a text: the text while the question is unanswered.
    ["coalesce(${staff}, 'none')", {}, 'none'],
    ["coalesce(${staff}, 'none')", { staff: 4 }, 4],
  ])('%s with %j is %j', (source, values, expected) => {
    expect(run(source, values)).toBe(expected);
  });

  it("keeps a question's declared type: a mismatch there is most often a mistake in the form, and says how to fix it", () => {
    expect(refusal("${staff} = '5'")).toMatch(/write 5 without quotes$/);
    expect(refusal('${grade} = 2')).toMatch(/choice codes are text: write '2'$/);
    expect(refusal('${name} + 1')).toMatch(/convert text with number\(…\)$/);
    expect(refusal("${innov} and ${staff} > 1")).toMatch(/^'and' needs true\/false, but \$\{innov\} is text/);
  });
});

describe('the text, truth and number functions real XLSForms use', () => {
  it.each([
    // string(): any value as text (a number as written, a multiple choice as its codes).
    ['string(${staff})', { staff: 12.5 }, '12.5'],
    ['string(${partners})', { partners: ['citizens', 'none'] }, 'citizens none'],
    ['string(${staff})', {}, ''],
    // boolean(): XPath truth; boolean-from-string(): only 'true' and '1' are true (JavaRosa).
    ["boolean('')", {}, false],
    ['boolean(${partners})', { partners: ['none'] }, true],
    ["boolean-from-string('true')", {}, true],
    ["boolean-from-string('1')", {}, true],
    ["boolean-from-string('yes')", {}, false],
    // normalize-space(): trimmed, inner runs of white space made one space.
    ["normalize-space('  Skolen   på\tÅsen ')", {}, 'Skolen på Åsen'],
    // contains(), starts-with(), ends-with() on text.
    ["contains(${name}, 'kommune')", { name: 'Aarhus kommune' }, true],
    ["starts-with(${name}, 'Aar')", { name: 'Aarhus' }, true],
    ["ends-with(${name}, 'x')", { name: 'Aarhus' }, false],
    // substr(text, start, end): 0-based, end not included, in characters.
    ["substr('abcdef', 1, 3)", {}, 'bc'],
    ["substr('abcdef', 4)", {}, 'ef'],
    ["substr('Åsen', 0, 1)", {}, 'Å'],
    ["substr('abc', 2, 10)", {}, 'c'],
    ["substr('abc', 3)", {}, ''],
    // translate(): 'Æ' → 'AE' is not possible (one character for one); 'b' is removed (no partner).
    ["translate('abcab', 'ab', 'x')", {}, 'xcx'],
    ["translate('2,5', ',', '.')", {}, '2.5'],
    // pow() and abs(); an impossible power is empty, as a division by zero is.
    ['pow(2, 10)', {}, 1024],
    ['pow(${staff}, 0.5)', { staff: 16 }, 4],
    ['pow(-8, 0.5)', {}, undefined],
    ['abs(-3.5)', {}, 3.5],
    ['abs(${staff})', {}, undefined],
  ])('%s with %j is %j', (source, values, expected) => {
    expect(run(source, values as Values)).toEqual(expected);
  });

  it('checks their arguments at load', () => {
    expect(refusal('normalize-space(${partners})')).toMatch(/^normalize-space\(\) needs text or a number, but \$\{partners\} is a multiple choice/);
    expect(refusal("contains(${partners}, 'x')")).toMatch(/^contains\(\) needs text or a number/);
    expect(refusal("substr('abc')")).toMatch(/substr/);
    expect(refusal('pow(2)')).toMatch(/pow/);
  });
});
