/**
 * A static check of a regular expression from a questionnaire file (a question's `pattern`, a
 * `regex()` in an expression) before it is ever run: JavaScript's backtracking engine takes
 * exponential time on patterns such as `(a+)+b`, and a crafted package embedding one froze the
 * coordinator's window for 30 s and more (issue 10, defect 2). The answer it runs on is also bounded
 * (`patternInputMax`: 1,000 characters, 300 with three variable repetitions), so what this check
 * lets through stays polynomial on a short input: tens of milliseconds at most.
 *
 * Refused, each with its reason (conservative: a safe pattern can always be written another way):
 * - a repetition of something that itself repeats a variable number of times, or can match
 *   nothing: `(a+)+`, `(a*)*`, `(a{1,3})+`, `(a?)*`, `(\d+-?)+` (star height 2; "nested quantifiers");
 * - a repetition of an alternation whose branches can begin with the same character, or of which a
 *   branch can match nothing: `(a|a)*`, `(a|ab)+`, `(\d|1)+`, `(x|)*` (write `[ab]+` instead);
 * - more than `MAX_VARIABLE_REPEATS` variable repetitions in one pattern (`\d*\d*\d*\d*x` is
 *   polynomial of high degree);
 * - back-references (`\1`, `\k<name>`), whose matching is NP-hard in general;
 * - a pattern longer than `MAX_PATTERN_LENGTH`.
 * Lookarounds are checked like groups. Syntax errors are left to `new RegExp` (the loader reports them).
 */
import { t, type LocalText } from '../local-text';

/** Longest pattern source accepted. */
export const MAX_PATTERN_LENGTH = 500;
/** Most repetitions of variable count (`*`, `+`, `{m,n}` with m < n, n > 1) in one pattern. */
export const MAX_VARIABLE_REPEATS = 3;
/** Longest text a pattern is run on; a longer answer does not match (see `answer-pattern.ts`). */
export const PATTERN_INPUT_MAX = 1_000;
/**
 * Longest text a pattern with `MAX_VARIABLE_REPEATS` variable repetitions is run on. The worst such
 * pattern the check lets through (`\d*\d*\d*x` on digits) backtracks in about n³ steps: 645 ms at
 * 1,000 characters on this project's machines, about 20 ms at 300. So every pattern from a file
 * runs in tens of milliseconds at most, whatever the answer (an e-mail address has at most 254).
 */
export const PATTERN_INPUT_MAX_MOST_REPEATS = 300;

/** What a pattern can begin with: a literal character, a class (its source), or anything. */
type First = { kind: 'char'; char: string } | { kind: 'class'; source: string } | { kind: 'any' };

type Node =
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; alts: Node[] }
  | { kind: 'group'; body: Node }
  | { kind: 'atom'; first: First }
  | { kind: 'empty' } // an anchor or word boundary: matches no character
  | { kind: 'quant'; body: Node; min: number; max: number };

class Unsafe extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
  }
}

/** A recursive-descent reader of JavaScript regular-expression syntax (no `u` flag), enough for the check. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) this.i++; // a stray ')': a syntax error, reported by RegExp itself
    return node;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { kind: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  private quantified(body: Node): Node {
    const rest = this.src.slice(this.i);
    let min: number;
    let max: number;
    let length: number;
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (rest[0] === '*') [min, max, length] = [0, Infinity, 1];
    else if (rest[0] === '+') [min, max, length] = [1, Infinity, 1];
    else if (rest[0] === '?') [min, max, length] = [0, 1, 1];
    else if (braces) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      length = braces[0].length;
    } else return body;
    this.i += length;
    if (this.peek() === '?') this.i++; // lazy: the same backtracking
    return this.quantified({ kind: 'quant', body, min, max });
  }

  private atom(): Node {
    const c = this.src[this.i++]!;
    switch (c) {
      case '^':
      case '$':
        return { kind: 'empty' };
      case '.':
        return { kind: 'atom', first: { kind: 'any' } };
      case '[':
        return { kind: 'atom', first: { kind: 'class', source: this.charClass() } };
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default:
        return { kind: 'atom', first: { kind: 'char', char: c } };
    }
  }

  private charClass(): string {
    const start = this.i - 1;
    if (this.peek() === '^') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    this.i++;
    return this.src.slice(start, this.i);
  }

  private group(): Node {
    const rest = this.src.slice(this.i);
    const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
    if (prefix) this.i += prefix[0].length;
    const body = this.alternation();
    this.i++; // ')'
    if (prefix && /^\?(=|!|<=|<!)/.test(prefix[0])) {
      check(body); // a lookaround matches no character of its own; its body is checked alone
      return { kind: 'empty' };
    }
    return { kind: 'group', body };
  }

  private escape(): Node {
    const c = this.src[this.i++] ?? '\\';
    if (/[1-9]/.test(c) || (c === 'k' && this.peek() === '<')) throw new Unsafe(t('det henviser tilbage til en gruppe (\\1, \\k<…>), og det kan tage eksponentielt lang tid', 'it refers back to a group (\\1, \\k<…>), which can take exponential time'));
    if (c === 'b' || c === 'B') return { kind: 'empty' };
    if ('dDwWsS'.includes(c)) return { kind: 'atom', first: { kind: 'class', source: `\\${c}` } };
    if (c === 'x' && /^[0-9A-Fa-f]{2}/.test(this.src.slice(this.i))) {
      this.i += 2;
      return { kind: 'atom', first: { kind: 'char', char: String.fromCharCode(parseInt(this.src.slice(this.i - 2, this.i), 16)) } };
    }
    if (c === 'u' && /^[0-9A-Fa-f]{4}/.test(this.src.slice(this.i))) {
      this.i += 4;
      return { kind: 'atom', first: { kind: 'char', char: String.fromCharCode(parseInt(this.src.slice(this.i - 4, this.i), 16)) } };
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    return { kind: 'atom', first: { kind: 'char', char: controls[c] ?? c } };
  }
}

/** True when `node` can match the empty string. */
function nullable(node: Node): boolean {
  switch (node.kind) {
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.alts.some(nullable);
    case 'group':
      return nullable(node.body);
    case 'atom':
      return false;
    case 'empty':
      return true;
    case 'quant':
      return node.min === 0 || nullable(node.body);
  }
}

/** The characters `node` can begin with (none for an anchor). */
function firsts(node: Node): First[] {
  switch (node.kind) {
    case 'atom':
      return [node.first];
    case 'empty':
      return [];
    case 'group':
      return firsts(node.body);
    case 'quant':
      return firsts(node.body);
    case 'alt':
      return node.alts.flatMap(firsts);
    case 'seq': {
      const out: First[] = [];
      for (const item of node.items) {
        out.push(...firsts(item));
        if (!nullable(item)) break;
      }
      return out;
    }
  }
}

/** Whether two first characters can be the same character. Classes are compared by trying the literal. */
function overlap(a: First, b: First): boolean {
  if (a.kind === 'char' && b.kind === 'char') return a.char === b.char;
  const [cls, other] = a.kind === 'class' ? [a, b] : [b, a];
  if (cls.kind === 'class' && other.kind === 'char') {
    try {
      return new RegExp(`^${cls.source}$`).test(other.char); // one character against one class: instant
    } catch {
      return true;
    }
  }
  return true; // anything, or two classes: assumed to overlap
}

const repeatsMore = (q: { min: number; max: number }) => q.max > 1;
const variable = (q: { min: number; max: number }) => q.max > 1 && q.min !== q.max;

function* nodes(node: Node): Generator<Node> {
  yield node;
  if (node.kind === 'seq') for (const item of node.items) yield* nodes(item);
  else if (node.kind === 'alt') for (const alt of node.alts) yield* nodes(alt);
  else if (node.kind === 'group' || node.kind === 'quant') yield* nodes(node.body);
}

/** Throws `Unsafe` for a construct with catastrophic backtracking; returns the node otherwise. */
function check(root: Node): Node {
  for (const node of nodes(root)) {
    if (node.kind !== 'quant' || !repeatsMore(node)) continue;
    if (nullable(node.body)) throw new Unsafe(t('det gentager noget, der kan være tomt, som i (a?)* eller (a*)*', 'it repeats something that can match nothing, as in (a?)* or (a*)*'));
    for (const inner of nodes(node.body)) {
      if (inner.kind === 'quant' && variable(inner)) {
        throw new Unsafe(t('det gentager noget, der selv gentages, som i (a+)+ (gentagelser i gentagelser tager eksponentielt lang tid)', 'it repeats something that itself repeats, as in (a+)+ (nested quantifiers take exponential time)'));
      }
      if (inner.kind === 'alt') {
        const starts = inner.alts.map((alt) => (nullable(alt) ? null : firsts(alt)));
        for (let i = 0; i < starts.length; i++) {
          for (let j = i + 1; j < starts.length; j++) {
            const [a, b] = [starts[i], starts[j]];
            if (!a || !b || a.some((x) => b.some((y) => overlap(x, y)))) {
              throw new Unsafe(t('det gentager alternativer, der kan begynde ens, som i (a|ab)* (skriv i stedet en tegnklasse som [ab]+)', 'it repeats alternatives that can begin alike, as in (a|ab)* (write a character class such as [ab]+ instead)'));
            }
          }
        }
      }
    }
  }
  return root;
}

/**
 * Why `source` is not safe to run as a pattern, or undefined when it is. English, for the
 * questionnaire loader's messages (which name the question).
 */
/** How many variable repetitions `source` has (0 when it cannot be read: such a pattern is never run). */
function variableRepeats(source: string): number {
  try {
    let repeats = 0;
    for (const node of nodes(check(new Reader(source).parse()))) if (node.kind === 'quant' && variable(node)) repeats++;
    return repeats;
  } catch {
    return 0;
  }
}

const inputMaxima = new WeakMap<RegExp, number>();

/**
 * The longest text `pattern` may run on: its time bound. `PATTERN_INPUT_MAX`, and
 * `PATTERN_INPUT_MAX_MOST_REPEATS` for a pattern with the most variable repetitions allowed.
 */
export function patternInputMax(pattern: RegExp): number {
  let max = inputMaxima.get(pattern);
  if (max === undefined) {
    max = variableRepeats(pattern.source) >= MAX_VARIABLE_REPEATS ? PATTERN_INPUT_MAX_MOST_REPEATS : PATTERN_INPUT_MAX;
    inputMaxima.set(pattern, max);
  }
  return max;
}

/** Why `source` is refused, in both UI languages; undefined when it is safe to run. */
export function patternRisk(source: string): LocalText | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return t(`det er længere end ${MAX_PATTERN_LENGTH} tegn`, `it is longer than ${MAX_PATTERN_LENGTH} characters`);
  try {
    const root = check(new Reader(source).parse());
    let repeats = 0;
    for (const node of nodes(root)) if (node.kind === 'quant' && variable(node)) repeats++;
    if (repeats > MAX_VARIABLE_REPEATS) {
      return t(
        `det har ${repeats} gentagelser af variabel længde (*, +, {m,n}); højst ${MAX_VARIABLE_REPEATS} er tilladt, så kontrollen går hurtigt`,
        `it has ${repeats} repetitions of variable length (*, +, {m,n}); at most ${MAX_VARIABLE_REPEATS} are allowed, so matching stays quick`,
      );
    }
    return undefined;
  } catch (e) {
    if (e instanceof Unsafe) return e.text;
    throw e;
  }
}
