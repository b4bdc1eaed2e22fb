import { describe, expect, it } from 'vitest';
import type { Node } from '../../../../renderer/src/core/expressions/ast';
import type { ExpressionError } from '../../../../renderer/src/core/expressions/errors';
import { parseExpression } from '../../../../renderer/src/core/expressions/parser';
import { expectDanishToo } from '../form-builder';

/** The tree as a Lisp-like string, so precedence and associativity are visible. */
function show(node: Node): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'string':
      return `'${node.value}'`;
    case 'ref':
      return `\${${node.name}}`;
    case 'self':
      return '.';
    case 'negate':
      return `(neg ${show(node.operand)})`;
    case 'binary':
      return `(${node.op} ${show(node.left)} ${show(node.right)})`;
    case 'call':
      return `${node.name}(${node.args.map(show).join(', ')})`;
  }
}

function tree(source: string): string {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`did not parse: ${result.error.message}`);
  return show(result.value);
}

/** The refusal in English; its Danish text is checked to be Danish, with the character counted from 1. */
function parseError(source: string): Omit<ExpressionError, 'text'> {
  const result = parseExpression(source);
  if (result.ok) throw new Error(`parsed, unexpectedly, as ${show(result.value)}`);
  const { text, ...rest } = result.error;
  expectDanishToo({ message: rest.message, text });
  expect(text.da).toContain(` ved tegn ${rest.position + 1}`);
  return rest;
}

describe('the parser reads every building block of an XLSForm expression', () => {
  it.each([
    ['${innov_any}', '${innov_any}'],
    ['.', '.'],
    ["'yes'", "'yes'"],
    ['"it\'s"', "'it's'"],
    ["''", "''"],
    ['42', '42'],
    ['2.5', '2.5'],
    ['.5', '0.5'],
    ['-3', '(neg 3)'],
    ['true()', 'true()'],
    ['false()', 'false()'],
    ['not(${a})', 'not(${a})'],
    ["selected(${q}, 'code')", "selected(${q}, 'code')"],
    ['count-selected(${q})', 'count-selected(${q})'],
    ["if(${a}, 1, '')", "if(${a}, 1, '')"],
    ['string-length(${t})', 'string-length(${t})'],
    ["regex(${t}, '^[0-9]{8}$')", "regex(${t}, '^[0-9]{8}$')"],
    ['number(${t})', 'number(${t})'],
    ['coalesce(${a}, 0)', 'coalesce(${a}, 0)'],
    ['int(${a})', 'int(${a})'],
    ['round(${a})', 'round(${a})'],
    ['round(${a}, 2)', 'round(${a}, 2)'],
    ["concat(${a}, ' ', ${b}, 1)", "concat(${a}, ' ', ${b}, 1)"],
  ])('%s', (source, expected) => {
    expect(tree(source)).toBe(expected);
  });

  it.each(['=', '!=', '<', '<=', '>', '>=', '+', '-', '*', 'div', 'mod', 'and', 'or'])('the operator %s', (op) => {
    expect(tree(`\${a} ${op} \${b}`)).toBe(`(${op} \${a} \${b})`);
  });

  it('keeps the text of a string literal exactly, spaces and Danish letters included', () => {
    expect(tree("'  blå æg øl '")).toBe("'  blå æg øl '");
  });

  it('accepts names with dots and hyphens inside a reference', () => {
    expect(tree('${a.b-c}')).toBe('${a.b-c}');
  });

  it('ignores whitespace, tabs and newlines between tokens', () => {
    expect(tree("\n  ${a}\t=\n'yes'  ")).toBe("(= ${a} 'yes')");
  });
});

describe('operator precedence follows XPath', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['1 * 2 + 3', '(+ (* 1 2) 3)'],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
    ['6 div 2 mod 4', '(mod (div 6 2) 4)'],
    ['10 - 4 - 3', '(- (- 10 4) 3)'],
    ['8 div 4 div 2', '(div (div 8 4) 2)'],
    ['-2 * 3', '(* (neg 2) 3)'],
    ['- -2', '(neg (neg 2))'],
    ['1 + 2 < 4', '(< (+ 1 2) 4)'],
    ['1 < 2 = 3 > 4', '(= (< 1 2) (> 3 4))'],
    ["${a} = 'x' and ${b} = 'y'", "(and (= ${a} 'x') (= ${b} 'y'))"],
    ['${a} or ${b} and ${c}', '(or ${a} (and ${b} ${c}))'],
    ['${a} and ${b} or ${c}', '(or (and ${a} ${b}) ${c})'],
    ['(${a} or ${b}) and ${c}', '(and (or ${a} ${b}) ${c})'],
    ['${a} != 1 or ${b} >= 2 and ${c} <= 3', '(or (!= ${a} 1) (and (>= ${b} 2) (<= ${c} 3)))'],
    ['. - ${start} <= 3', '(<= (- . ${start}) 3)'],
    ['not(${a} = 1) and ${b}', '(and not((= ${a} 1)) ${b})'],
    ["if(${a} = 'yes' or ${b} = 'yes', 1, 0) + 1", "(+ if((or (= ${a} 'yes') (= ${b} 'yes')), 1, 0) 1)"],
  ])('%s', (source, expected) => {
    expect(tree(source)).toBe(expected);
  });
});

describe('malformed input is refused with a message and the 0-based position of the problem', () => {
  it.each([
    ["(${a} = 'yes'))", "unexpected ')' at position 14", 14],
    ['1 + foo(2)', "unknown function 'foo' at position 4", 4],
    ["${ab} = 'yes", 'unterminated string starting at position 8', 8],
    ['${a} = "yes', 'unterminated string starting at position 7', 7],
    ['${abc = 1', 'unterminated reference starting at position 0', 0],
    ['1 = ${}', "empty reference '${}' at position 4", 4],
    ['$abc', "expected '{' after '$' at position 0", 0],
    ['${a b}', "invalid character ' ' in reference at position 3", 3],
    ['${a} =', 'unexpected end of expression at position 6', 6],
    ['1 +', 'unexpected end of expression at position 3', 3],
    ['(1 + 2', "unclosed '(' at position 0", 0],
    ['not(1, 2', "unclosed '(' at position 3", 3],
    ['(1 + 2 3)', "expected ')' but found '3' at position 7", 7],
    ['1 2', "unexpected '2' at position 2", 2],
    ['and 1', "unexpected 'and' at position 0", 0],
    [', 1', "unexpected ',' at position 0", 0],
    ['..', "unexpected '.' at position 1", 1],
    ["selected(${a},)", "unexpected ')' at position 14", 14],
    ['if(${a}, 1)', 'if() takes 3 arguments but got 2 at position 0', 0],
    ['true(1)', 'true() takes 0 arguments but got 1 at position 0', 0],
    ['not()', 'not() takes 1 argument but got 0 at position 0', 0],
    ['${a} = 1 # 2', "unexpected character '#' at position 9", 9],
    ['', 'empty expression at position 0', 0],
    ['   ', 'empty expression at position 0', 0],
  ])('%s', (source, message, position) => {
    expect(parseError(source)).toEqual({ message, position });
  });

  it.each([
    ["format-date-time(${a}, '%H')", 'format-date-time() is not supported at position 0; the app has dates but no times of day'],
    ['decimal-time(${a})', 'decimal-time() is not supported at position 0; the app has dates but no times of day'],
    ["pulldata('f', 'x', 'y', ${a})", 'pulldata() is not supported at position 0; the app reads no files beside the form'],
    ['now()', 'now() is not supported at position 0; it reads the clock, so a response would check differently each time it is opened; today() is the day the response was created'],
    ['random()', 'random() is not supported at position 0; a response must check the same whenever it is opened (the audit log records the times)'],
    ['count(${a})', 'count() is not supported at position 0; the app has no repeats'],
  ])('an XLSForm function the app does not run is refused with its reason: %s', (source, message) => {
    expect(parseError(source).message).toBe(message);
  });

  it('a prefixed name that is no known function is unknown, named with its prefix', () => {
    expect(parseError('jr:nonsense(1)')).toEqual({ message: "unknown function 'jr:nonsense' at position 0", position: 0 });
  });

  it('explains a bare name: questions are referred to as ${name}', () => {
    expect(parseError('innov = 1').message).toBe('unexpected name \'innov\' at position 0; refer to a question as ${innov}');
  });

  it('explains a function written without parentheses', () => {
    expect(parseError('${a} = true').message).toBe("missing '(' after function 'true' at position 11; write true(…)");
  });

  it.each([
    ['${a} == 1', "unknown operator '==' at position 5; write '=' to compare"],
    ['${a} && ${b}', "unknown operator '&&' at position 5; write 'and'"],
    ['${a} || ${b}', "unknown operator '||' at position 5; write 'or'"],
    ['!${a}', "unexpected '!' at position 0; write '!=' or not(…)"],
    ['/data/a = 1', "unexpected '/': paths such as /data/q are not supported at position 0; refer to a question as ${name}, and divide with div"],
    ['${a} / 2', "unexpected '/': paths such as /data/q are not supported at position 5; refer to a question as ${name}, and divide with div"],
  ])('points a JavaScript habit (%s) to the XLSForm operator', (source, message) => {
    expect(parseError(source).message).toBe(message);
  });
});
