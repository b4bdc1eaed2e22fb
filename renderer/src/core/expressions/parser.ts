/** A recursive-descent parser for XLSForm-style expressions (XPath 1.0 precedence). */
import type { BinaryOp, Node } from './ast';
import { t } from '../local-text';
import { attempt, fail, type ExpressionError } from './errors';
import type { Result } from '../result';
import { FUNCTION_ARITY, isFunctionName, REFUSED_FUNCTIONS } from './functions';
import { tokenize, type Token } from './lexer';

/** Binary operators from the loosest to the tightest binding; all are left-associative. */
const LEVELS: readonly (readonly BinaryOp[])[] = [
  ['or'],
  ['and'],
  ['=', '!='],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', 'div', 'mod'],
];
const WORD_OPERATORS: ReadonlySet<string> = new Set(['and', 'or', 'div', 'mod']);

class Parser {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): Node {
    if (this.source.trim() === '') fail(t('tomt udtryk', 'empty expression'), 0);
    const node = this.parseLevel(0);
    const rest = this.peek();
    if (rest.kind !== 'end') this.unexpected(rest);
    return node;
  }

  private peek(): Token {
    // The token list always ends with an `end` token, which is never consumed.
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isPunct(token: Token, text: string): boolean {
    return token.kind === 'punct' && token.text === text;
  }

  private unexpected(token: Token): never {
    if (token.kind === 'end') fail(t('udtrykket slutter for tidligt', 'unexpected end of expression'), token.pos);
    const text = this.source.slice(token.pos, token.end);
    return fail(t(`uventet '${text}'`, `unexpected '${text}'`), token.pos);
  }

  private operatorAt(token: Token, ops: readonly BinaryOp[]): BinaryOp | undefined {
    const text = token.kind === 'punct' ? token.text : token.kind === 'name' ? token.name : undefined;
    return ops.find((op) => op === text);
  }

  private parseLevel(level: number): Node {
    const ops = LEVELS[level];
    if (ops === undefined) return this.parseUnary();
    let left = this.parseLevel(level + 1);
    for (;;) {
      const token = this.peek();
      const op = this.operatorAt(token, ops);
      if (op === undefined) return left;
      this.advance();
      const right = this.parseLevel(level + 1);
      left = { kind: 'binary', op, left, right, pos: token.pos };
    }
  }

  private parseUnary(): Node {
    const token = this.peek();
    if (this.isPunct(token, '-')) {
      this.advance();
      return { kind: 'negate', operand: this.parseUnary(), pos: token.pos };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Node {
    const token = this.advance();
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: token.value, pos: token.pos };
      case 'string':
        return { kind: 'string', value: token.value, pos: token.pos };
      case 'ref':
        return { kind: 'ref', name: token.name, pos: token.namePos };
      case 'name':
        return this.parseCall(token);
      case 'punct':
        if (token.text === '.') return { kind: 'self', pos: token.pos };
        if (token.text === '(') return this.parseGroup(token);
        return this.unexpected(token);
      case 'end':
        return this.unexpected(token);
    }
  }

  private parseGroup(open: Token): Node {
    const inner = this.parseLevel(0);
    this.expectClosing(open);
    return inner;
  }

  private expectClosing(open: Token): void {
    const token = this.advance();
    if (this.isPunct(token, ')')) return;
    if (token.kind === 'end') fail(t("'(' lukkes ikke", "unclosed '('"), open.pos);
    const found = this.source.slice(token.pos, token.end);
    fail(t(`')' mangler, men her står '${found}'`, `expected ')' but found '${found}'`), token.pos);
  }

  private parseCall(nameToken: Extract<Token, { kind: 'name' }>): Node {
    const { name, pos } = nameToken;
    const open = this.peek();
    if (!this.isPunct(open, '(')) {
      if (WORD_OPERATORS.has(name)) this.unexpected(nameToken);
      if (isFunctionName(name)) fail(t(`'(' mangler efter funktionen '${name}'`, `missing '(' after function '${name}'`), open.pos, t(`skriv ${name}(…)`, `write ${name}(…)`));
      fail(t(`uventet navn '${name}'`, `unexpected name '${name}'`), pos, t(`henvis til et spørgsmål som \${${name}}`, `refer to a question as \${${name}}`));
    }
    const refused = Object.hasOwn(REFUSED_FUNCTIONS, name) ? REFUSED_FUNCTIONS[name] : undefined;
    if (refused !== undefined) fail(t(`${name}() understøttes ikke`, `${name}() is not supported`), pos, refused);
    if (!isFunctionName(name)) fail(t(`ukendt funktion '${name}'`, `unknown function '${name}'`), pos);
    this.advance();
    const args: Node[] = [];
    if (this.isPunct(this.peek(), ')')) {
      this.advance();
    } else {
      args.push(this.parseLevel(0));
      while (this.isPunct(this.peek(), ',')) {
        this.advance();
        args.push(this.parseLevel(0));
      }
      this.expectClosing(open);
    }
    const [fewest, most] = FUNCTION_ARITY[name];
    if (args.length < fewest || (most !== undefined && args.length > most)) {
      const count = most === undefined ? `at least ${fewest}` : fewest === most ? `${fewest}` : `${fewest} or ${most}`;
      const antal = most === undefined ? `mindst ${fewest}` : fewest === most ? `${fewest}` : `${fewest} eller ${most}`;
      const one = (most ?? fewest) === 1;
      fail(
        t(`${name}() skal have ${antal} argument${one ? '' : 'er'}, men fik ${args.length}`, `${name}() takes ${count} argument${count === '1' || count === 'at least 1' ? '' : 's'} but got ${args.length}`),
        pos,
      );
    }
    return { kind: 'call', name, args, pos };
  }
}

/** Parses `source` into a tree, or reports the first syntax error with its position. */
export function parseExpression(source: string): Result<Node, ExpressionError> {
  return attempt(() => new Parser(source, tokenize(source)).parse());
}
