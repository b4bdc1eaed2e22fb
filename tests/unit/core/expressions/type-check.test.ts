import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../../../renderer/src/core/expressions/compile-expression';
import type { ExprType } from '../../../../renderer/src/core/expressions/compiled';
import type { ExpressionError } from '../../../../renderer/src/core/expressions/errors';
import type { ExpressionScope } from '../../../../renderer/src/core/expressions/scope';
import { expectDanishToo } from '../form-builder';
import { scope } from './scope-fixture';

function typeOf(source: string, in_: ExpressionScope = scope()): ExprType {
  const result = compileExpression(source, in_);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.value.type;
}

/** Whether the expression loads (XPath's conversions where no question is involved). */
function accepted(source: string, in_: ExpressionScope = scope()): boolean {
  return compileExpression(source, in_).ok;
}

/** The refusal in English; its Danish text is checked to be Danish, with the character counted from 1. */
function refusal(source: string, in_: ExpressionScope = scope()): Omit<ExpressionError, 'text'> {
  const result = compileExpression(source, in_);
  if (result.ok) throw new Error(`accepted, unexpectedly, as ${result.value.type}`);
  const { text, ...rest } = result.error;
  expectDanishToo({ message: rest.message, text });
  expect(text.da).toContain(` ved tegn ${rest.position + 1}`);
  return rest;
}

describe('well-typed expressions get their type at compile time', () => {
  it.each<[string, ExprType]>([
    ["${innov} = 'yes'", 'boolean'],
    ["'no' != ${innov}", 'boolean'],
    ["${innov} = ''", 'boolean'],
    ["${staff} != ''", 'boolean'],
    ["${partners} = ''", 'boolean'],
    ["${name} = 'anything at all'", 'boolean'],
    ['${staff} >= 10', 'boolean'],
    ['${staff} + 1', 'number'],
    ['-${staff}', 'number'],
    ['${staff} div 2 mod 3 * 4 - 1', 'number'],
    ["selected(${partners}, 'none')", 'boolean'],
    ['count-selected(${partners})', 'number'],
    ['count-selected(${partners}) > 1 and not(${staff} < 3)', 'boolean'],
    ["if(${innov} = 'yes', 1, 0)", 'number'],
    ["if(${innov} = 'yes', 1, '')", 'number'],
    ["if(${innov} = 'yes', '', 'x')", 'string'],
    ['coalesce(${staff}, 0)', 'number'],
    ['string-length(${name})', 'number'],
    ['number(${name})', 'number'],
    ["regex(${name}, '^[0-9]+$')", 'boolean'],
    ['true()', 'boolean'],
    ['false() or true()', 'boolean'],
    ['true() = false()', 'boolean'],
    ['${legacy}', 'any'],
    ['${legacy} = 1 and ${legacy} + 1 > 2', 'boolean'],
    ["selected(${legacy}, 'x')", 'boolean'],
  ])('%s is %s', (source, type) => {
    expect(typeOf(source)).toBe(type);
  });

  it("'.' has the type of the answer being constrained", () => {
    expect(typeOf('. + 1', scope({ self: { type: 'number' } }))).toBe('number');
    expect(typeOf(". = 'yes'", scope({ self: { type: 'string', choices: ['yes', 'no'] } }))).toBe('boolean');
  });

  it('lists the referenced variables once each, in order of first appearance', () => {
    const result = compileExpression('${staff} > 1 and ${innov} = \'yes\' or ${staff} < 0', scope());
    expect(result.ok && result.value.references).toEqual(['staff', 'innov']);
  });

  it('keeps the source it was compiled from', () => {
    const result = compileExpression("${innov} = 'yes'", scope());
    expect(result.ok && result.value.source).toBe("${innov} = 'yes'");
  });
});

describe('references', () => {
  it('an unknown question is refused, named, with the position of its name', () => {
    expect(refusal("${innov} = 'yes' and ${ghost} = 1")).toEqual({ message: "unknown question 'ghost' at position 23", position: 23 });
  });

  it('a likely typo gets a suggestion after the position', () => {
    expect(refusal("${innovv} = 'yes'").message).toBe("unknown question 'innovv' at position 2; did you mean 'innov'?");
  });

  it("'.' is refused outside a constraint", () => {
    expect(refusal('. > 3')).toEqual({ message: "'.' (this answer) can only be used in a constraint at position 0", position: 0 });
  });
});

describe('multiple choices', () => {
  it('selected() on a single choice is accepted, as in ODK; its code is checked against the list', () => {
    expect(typeOf("selected(${innov}, 'yes')")).toBe('boolean');
    expect(typeOf("selected(., 'no')", scope({ self: { type: 'string', choices: ['yes', 'no'] } }))).toBe('boolean');
    expect(refusal("selected(${innov}, 'maybe')").message).toBe("'maybe' is not an option of ${innov} at position 19; options: yes, no, dk");
  });

  it('count-selected() on a single choice is refused, pointing to =', () => {
    expect(refusal('count-selected(${innov})').message).toBe(
      "count-selected() needs a multiple choice, but ${innov} is text at position 15; ${innov} is a single choice: compare with ${innov} = 'code'",
    );
  });

  it.each(["selected(${name}, 'x')", "selected(${staff}, 'x')", 'count-selected(${innov})', "selected('a b', 'a')"])(
    '%s is refused: the first argument must be a choice question',
    (source) => {
      expect(refusal(source).message).toMatch(/needs a multiple choice/);
    },
  );

  it('selected() with a code the list does not have is refused at the code', () => {
    expect(refusal("selected(${partners}, 'citizen')")).toEqual({
      message: "'citizen' is not an option of ${partners} at position 22; options: citizens, volunteers, none",
      position: 22,
    });
  });

  it('selected() needs a code as text', () => {
    expect(refusal('selected(${partners}, 1)').message).toBe('selected() needs text, but 1 is a number at position 22');
  });

  it('a multiple choice compared with anything but empty is refused, pointing to selected()', () => {
    expect(refusal("${partners} = 'none'").message).toBe(
      "a multiple choice cannot be compared with '=' at position 0; use selected(${partners}, 'code') or count-selected(${partners})",
    );
    expect(refusal('${partners} > 1').message).toMatch(/^a multiple choice cannot be compared with '>'/);
  });
});

describe('comparisons', () => {
  it('a number question compared with a text literal is a type mismatch (at the operator)', () => {
    expect(refusal("${staff} = 'many'")).toEqual({
      message: "type mismatch: ${staff} is a number but 'many' is text at position 9",
      position: 9,
    });
  });

  it('a number written in quotes gets a hint', () => {
    expect(refusal("${staff} = '5'").message).toBe("type mismatch: ${staff} is a number but '5' is text at position 9; write 5 without quotes");
  });

  it('a choice question compared with a number is a type mismatch; if the code exists the hint quotes it', () => {
    expect(refusal('${innov} = 1').message).toBe('type mismatch: ${innov} is text but 1 is a number at position 9');
    expect(refusal('${grade} = 2').message).toBe("type mismatch: ${grade} is text but 2 is a number at position 9; choice codes are text: write '2'");
  });

  it('a text question compared with a number is a type mismatch', () => {
    expect(refusal('3 != ${name}').message).toBe('type mismatch: 3 is a number but ${name} is text at position 2');
  });

  it('true/false compared with a number is a type mismatch when a side is a question; without one XPath converts', () => {
    expect(refusal('${staff} = true()').message).toMatch(/^type mismatch: \$\{staff\} is a number but true\(…\) is true\/false/);
    expect(accepted('true() = 1')).toBe(true);
  });

  it.each([
    ["${innov} = 'yess'", 11],
    ["${innov} != 'Yes'", 12],
    ["'maybe' = ${innov}", 0],
    ["${innov} = 'yes' or ${innov} = 'nope'", 31],
  ])('a single choice compared with a code it does not have is refused: %s', (source, position) => {
    const error = refusal(source);
    expect(error.position).toBe(position);
    expect(error.message).toMatch(/^'\w+' is not an option of \$\{innov\} at position \d+; options: yes, no, dk$/);
  });

  it("'.' in a single choice's constraint is checked against its codes too", () => {
    expect(refusal(". != 'nej'", scope({ self: { type: 'string', choices: ['yes', 'no'] } })).message).toMatch(
      /^'nej' is not an option of '\.' \(this answer\)/,
    );
  });

  it.each(["${name} > 'a'", "${innov} < 'yes'", '${innov} >= 1', "true() < ${name}"])(
    'ordering needs numbers: %s is refused',
    (source) => {
      expect(refusal(source).message).toMatch(/compares numbers, but/);
    },
  );
});

describe('logic and arithmetic', () => {
  it('and/or need true/false on both sides', () => {
    expect(refusal("${innov} and ${staff} > 1")).toEqual({
      message: "'and' needs true/false, but ${innov} is text at position 0; compare it, e.g. ${q} = 'yes' or ${q} != ''",
      position: 0,
    });
    expect(refusal('${staff} > 1 or ${staff}').message).toMatch(/^'or' needs true\/false, but \$\{staff\} is a number at position 16/);
  });

  it('not() needs true/false', () => {
    expect(refusal('not(${staff})').message).toMatch(/^not\(\) needs true\/false, but \$\{staff\} is a number at position 4/);
  });

  it('arithmetic needs numbers and suggests number() for text', () => {
    expect(refusal('${name} + 1').message).toBe("'+' needs a number, but ${name} is text at position 0; convert text with number(…)");
    expect(refusal('-${innov}').message).toMatch(/^'-' needs a number, but \$\{innov\} is text at position 1/);
    expect(refusal('1 mod ${name}').message).toMatch(/^'mod' needs a number/);
    // No question among the operands: XPath converts (true() is 1).
    expect(accepted('1 mod true()')).toBe(true);
  });

  it("if() needs a condition, and branches of one type ('' fits any)", () => {
    expect(refusal('if(${staff}, 1, 2)').message).toMatch(/^the condition of if\(\) needs true\/false/);
    // Branches of two types give a value of either (compared and converted at run time, as in ODK) …
    expect(accepted("if(true(), 1, 'a')")).toBe(true);
    expect(accepted("coalesce(${staff}, 'none')")).toBe(true);
    // … but a multiple choice mixes with nothing.
    expect(refusal("if(true(), ${partners}, 'a')").message).toMatch(/^if\(\) gives a multiple choice or text; a multiple choice cannot be mixed/);
  });

  it('string-length() and number() refuse a multiple choice', () => {
    expect(refusal('string-length(${partners})').message).toMatch(/^string-length\(\) needs text or a number/);
    expect(refusal('number(${partners})').message).toMatch(/^number\(\) needs text or a number or true\/false/);
  });

  it('regex() with an invalid literal pattern is refused at the pattern', () => {
    const error = refusal("regex(${name}, '[a-')");
    expect(error.position).toBe(15);
    expect(error.message).toMatch(/^invalid regular expression '\[a-' \(.+\) at position 15$/);
  });

  it('regex() needs text to test and a text pattern', () => {
    expect(refusal("regex(${partners}, 'a')").message).toMatch(/^regex\(\) needs text or a number/);
    expect(refusal('regex(${name}, 5)').message).toMatch(/^regex\(\) needs text, but 5 is a number/);
  });
});

describe('the type of the whole expression', () => {
  const condition = scope({ expect: ['boolean'] });

  it('a condition must give true/false', () => {
    expect(refusal('${staff} + 1', condition)).toEqual({ message: 'must give true/false, but gives a number at position 0', position: 0 });
    expect(refusal('  ${name}', condition).position).toBe(2);
  });

  it('a condition that gives true/false, or a value of unknown type, is accepted', () => {
    expect(typeOf("${innov} = 'yes'", condition)).toBe('boolean');
    expect(typeOf('${legacy}', condition)).toBe('any');
  });

  it('several types may be allowed', () => {
    const calculation = scope({ expect: ['number', 'boolean'] });
    expect(typeOf('true()', calculation)).toBe('boolean');
    expect(refusal("'x'", calculation).message).toBe('must give a number or true/false, but gives text at position 0');
  });

  it('syntax errors come before type errors', () => {
    expect(refusal('${ghost} = (').message).toBe('unexpected end of expression at position 12');
  });
});
