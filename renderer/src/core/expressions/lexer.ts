/** Splits an XLSForm-style expression into tokens. */
import { t, type LocalText } from '../local-text';
import { fail } from './errors';
import { REFUSED_FUNCTIONS } from './functions';

/** A call of instance() just before a '/', e.g. `instance('kommuner')/root/item`. */
const INSTANCE_BEFORE = /instance\s*\(\s*(?:'[^']*'|"[^"]*")\s*\)\s*$/;

/** Operators and punctuation made of symbols. */
export type Punct = '(' | ')' | ',' | '.' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*';

/** One token; `pos` is where it starts and `end` just after it (0-based offsets into the source). */
export type Token =
  | { kind: 'number'; value: number; pos: number; end: number }
  | { kind: 'string'; value: string; pos: number; end: number }
  /** `${name}`: `pos` is the `$`, `namePos` the first character of the name. */
  | { kind: 'ref'; name: string; pos: number; namePos: number; end: number }
  /** A bare word: a function name or one of the word operators `and`, `or`, `div`, `mod`. */
  | { kind: 'name'; name: string; pos: number; end: number }
  | { kind: 'punct'; text: Punct; pos: number; end: number }
  | { kind: 'end'; pos: number; end: number };

const NUMBER = /\d+(?:\.\d+)?|\.\d+/y;
/** A function name, optionally with a namespace prefix (`jr:choice-name`), or a word operator. */
const NAME = /[A-Za-z_][A-Za-z0-9_-]*(?::[A-Za-z_][A-Za-z0-9_-]*)?/y;
const REF_NAME_CHAR = /[A-Za-z0-9_.-]/;
const TWO_CHAR: readonly Punct[] = ['!=', '<=', '>='];
const ONE_CHAR: readonly Punct[] = ['(', ')', ',', '.', '=', '<', '>', '+', '-', '*'];
const WRONG_OPERATORS: Readonly<Record<string, LocalText>> = {
  '==': t("skriv '=' for at sammenligne", "write '=' to compare"),
  '&&': t("skriv 'and'", "write 'and'"),
  '||': t("skriv 'or'", "write 'or'"),
};

function matchAt(re: RegExp, source: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(source)?.[0];
}

function readReference(source: string, start: number): Token {
  if (source.charAt(start + 1) !== '{') fail(t("'{' mangler efter '$'", "expected '{' after '$'"), start);
  const close = source.indexOf('}', start + 2);
  if (close < 0) fail(t("en henvisning uden afsluttende '}' begynder", 'unterminated reference starting'), start);
  const name = source.slice(start + 2, close);
  if (name === '') fail(t("tom henvisning '${}'", "empty reference '${}'"), start);
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!REF_NAME_CHAR.test(c)) fail(t(`ugyldigt tegn '${c}' i henvisningen`, `invalid character '${c}' in reference`), start + 2 + i);
  }
  return { kind: 'ref', name, pos: start, namePos: start + 2, end: close + 1 };
}

function readPunct(source: string, at: number): Token {
  const two = source.slice(at, at + 2);
  const hint = Object.hasOwn(WRONG_OPERATORS, two) ? WRONG_OPERATORS[two] : undefined;
  if (hint !== undefined) fail(t(`ukendt operator '${two}'`, `unknown operator '${two}'`), at, hint);
  const twoChar = TWO_CHAR.find((p) => p === two);
  if (twoChar !== undefined) return { kind: 'punct', text: twoChar, pos: at, end: at + 2 };
  const c = source.charAt(at);
  const oneChar = ONE_CHAR.find((p) => p === c);
  if (oneChar !== undefined) return { kind: 'punct', text: oneChar, pos: at, end: at + 1 };
  if (c === '!') fail(t("uventet '!'", "unexpected '!'"), at, t("skriv '!=' eller not(…)", "write '!=' or not(…)"));
  if (c === '/') {
    // `instance('list')/root/item`, as forms use it: refused for instance(), where it is written.
    const instance = INSTANCE_BEFORE.exec(source.slice(0, at));
    if (instance) fail(t('instance() understøttes ikke', 'instance() is not supported'), instance.index, REFUSED_FUNCTIONS.instance);
  }
  if (c === '/') {
    fail(
      t("uventet '/': stier som /data/q understøttes ikke", "unexpected '/': paths such as /data/q are not supported"),
      at,
      t('henvis til et spørgsmål som ${navn}, og dividér med div', 'refer to a question as ${name}, and divide with div'),
    );
  }
  return fail(t(`uventet tegn '${c}'`, `unexpected character '${c}'`), at);
}

/**
 * Tokenizes `source`. Strings have no escapes (as in XPath 1.0): use the other quote kind to hold a
 * quote. Throws `ExpressionFailure` on malformed input; the last token is always `end`.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const c = source.charAt(at);
    if (/\s/.test(c)) {
      at += 1;
      continue;
    }
    let token: Token;
    const number = matchAt(NUMBER, source, at);
    const name = number === undefined ? matchAt(NAME, source, at) : undefined;
    if (c === "'" || c === '"') {
      const close = source.indexOf(c, at + 1);
      if (close < 0) fail(t('en tekst uden afsluttende anførselstegn begynder', 'unterminated string starting'), at);
      token = { kind: 'string', value: source.slice(at + 1, close), pos: at, end: close + 1 };
    } else if (c === '$') {
      token = readReference(source, at);
    } else if (number !== undefined) {
      token = { kind: 'number', value: Number(number), pos: at, end: at + number.length };
    } else if (name !== undefined) {
      token = { kind: 'name', name, pos: at, end: at + name.length };
    } else {
      token = readPunct(source, at);
    }
    tokens.push(token);
    at = token.end;
  }
  tokens.push({ kind: 'end', pos: source.length, end: source.length });
  return tokens;
}
