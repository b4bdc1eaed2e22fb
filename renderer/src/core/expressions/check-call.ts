/** Type rules of the expression functions. */
import { describeNode, startOf, type Node } from './ast';
import { toDate } from './call-runtime';
import { DATE_FORMAT_CODES, unknownFormatCode } from './date-format';
import { choicesOf, isEmptyLiteral, requireChoiceCode, requireOperand, requireType, type CheckContext } from './check-context';
import type { ExprType } from './compiled';
import { t, type LocalText } from '../local-text';
import { fail } from './errors';
import type { FunctionName } from './functions';
import { describeType, type Typed } from './typed';
import { patternRisk } from '../questionnaire/pattern-safety';
import { wholeTextPattern } from './whole-text-pattern';

type CallNode = { name: FunctionName; args: Node[]; pos: number };

/**
 * The type of `if`/`coalesce` branches: equal types, or one side `''` / unknown; branches of two
 * types (`if(${a} > 7, 5, 'abc')`, common in real forms) give a value of either, which the operator
 * using it compares or converts by XPath's rules at run time. A multiple choice mixes with nothing.
 */
function unify(name: string, a: Typed, b: Typed, pos: number): ExprType {
  if (a.type === b.type || b.type === 'any' || isEmptyLiteral(b)) return a.type;
  if (a.type === 'any' || isEmptyLiteral(a)) return b.type;
  if (a.type === 'multi' || b.type === 'multi') {
    const [typeA, typeB] = [describeType(a.type), describeType(b.type)];
    return fail(
      t(
        `${name}() giver ${typeA.da} eller ${typeB.da}; en multiple choice kan ikke blandes med en anden type`,
        `${name}() gives ${typeA.en} or ${typeB.en}; a multiple choice cannot be mixed with another type`,
      ),
      pos,
    );
  }
  return 'any';
}

function compileLiteralPattern(node: Node): RegExp | undefined {
  if (node.kind !== 'string') return undefined;
  const risk = patternRisk(node.value);
  if (risk !== undefined) {
    return fail(t(`det regulære udtryk '${node.value}' er ikke tilladt: ${risk.da}`, `regular expression '${node.value}' is not allowed: ${risk.en}`), node.pos);
  }
  try {
    return wholeTextPattern(node.value);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    // The reason is JavaScript's own (in English): it names what is wrong, so the Danish text quotes it.
    return fail(t(`ugyldigt regulært udtryk '${node.value}' (JavaScript: ${reason})`, `invalid regular expression '${node.value}' (${reason})`), node.pos);
  }
}

function singleChoiceHint(node: Node, typed: Typed, ctx: CheckContext): LocalText | undefined {
  if (typed.type !== 'string' || choicesOf(node, ctx.scope) === undefined) return undefined;
  const name = describeNode(node);
  return t(`${name.da} vælger én svarmulighed: sammenlign med ${name.da} = 'kode'`, `${name.en} is a single choice: compare with ${name.en} = 'code'`);
}

/** A text literal given as a date must be one (`date('2021-02-31')` is refused where it is written). */
function requireDateLiteral(node: Node): void {
  if (node.kind !== 'string' || node.value === '' || toDate(node.value) !== undefined) return;
  fail(
    t(`'${node.value}' er ikke en dato`, `'${node.value}' is not a date`),
    node.pos,
    t("skriv en dag, der findes, som ÅÅÅÅ-MM-DD, fx '2021-03-05'", "write an existing day as YYYY-MM-DD, e.g. '2021-03-05'"),
  );
}

/** A literal format of format-date() may use only the codes the app runs (an unknown one is refused). */
function requireDateFormat(node: Node): void {
  if (node.kind !== 'string') return;
  const unknown = unknownFormatCode(node.value);
  if (unknown !== undefined) {
    const codes = DATE_FORMAT_CODES.join(' ');
    fail(t(`format-date() har ingen kode '${unknown}'`, `format-date() has no code '${unknown}'`), node.pos, t(`brug ${codes}`, `use ${codes}`));
  }
}

/**
 * The option labels of the question named by jr:choice-name()'s second argument: a text literal
 * `'${q}'` naming a single or multiple choice (as XLSForm writes it). Anything else is refused.
 */
function choiceLabels(node: Node, ctx: CheckContext): ReadonlyMap<string, string> {
  const named = node.kind === 'string' ? /^\s*\$\{([A-Za-z][A-Za-z0-9_]*)\}\s*$/.exec(node.value)?.[1] : undefined;
  const hint = t("skriv spørgsmålet som tekst, fx jr:choice-name(${q}, '${q}')", "write the question as text, e.g. jr:choice-name(${q}, '${q}')");
  if (named === undefined) {
    return fail(
      t('det andet argument til jr:choice-name() skal nævne et spørgsmål med svarmuligheder', 'the second argument of jr:choice-name() must name a select question'),
      startOf(node),
      hint,
    );
  }
  const variable = ctx.scope.lookup(named);
  if (variable === undefined) return fail(t(`ukendt spørgsmål '${named}'`, `unknown question '${named}'`), node.pos + 3, ctx.scope.hintForUnknown?.(named));
  if (variable.labels === undefined) {
    return fail(
      t(`jr:choice-name() skal have et spørgsmål med svarmuligheder, men \${${named}} har ingen`, `jr:choice-name() needs a select question, but \${${named}} has no options`),
      node.pos,
      hint,
    );
  }
  return variable.labels;
}

/** Checks a function call; the parser has already checked the name and the number of arguments. */
export function checkCall(node: CallNode, ctx: CheckContext): Typed {
  const { name, pos } = node;
  if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', type: 'boolean' };
  const nodes = node.args;
  const args = nodes.map((arg) => ctx.check(arg));
  const arg = (i: number): [Typed, Node] => [args[i]!, nodes[i]!];
  const call = (type: ExprType, pattern?: RegExp): Typed =>
    pattern === undefined ? { kind: 'call', name, args, type } : { kind: 'call', name, args, type, pattern };
  if (name === 'today') return call('date');
  switch (name) {
    case 'not':
      requireOperand(...arg(0), ['boolean'], 'not()', t("sammenlign først, fx not(${q} = 'yes')", "compare it first, e.g. not(${q} = 'yes')"));
      return call('boolean');
    case 'selected': {
      const [target, targetNode] = arg(0);
      // ODK also tests a single choice with selected(): true when its one code is the one given.
      const singleChoice = target.type === 'string' && choicesOf(targetNode, ctx.scope) !== undefined;
      if (!singleChoice) requireType(target, targetNode, ['multi'], 'selected()');
      requireType(...arg(1), ['string'], 'selected()');
      requireChoiceCode(targetNode, arg(1)[1], ctx.scope);
      return call('boolean');
    }
    case 'count-selected':
      requireType(...arg(0), ['multi'], 'count-selected()', singleChoiceHint(nodes[0]!, args[0]!, ctx));
      return call('number');
    case 'if':
      requireOperand(...arg(0), ['boolean'], t('betingelsen i if()', 'the condition of if()'));
      return call(unify(name, args[1]!, args[2]!, pos));
    case 'coalesce':
      return call(unify(name, args[0]!, args[1]!, pos));
    case 'string-length':
      requireType(...arg(0), ['string', 'number'], 'string-length()');
      return call('number');
    case 'number':
      requireType(...arg(0), ['string', 'number', 'boolean'], 'number()');
      return call('number');
    case 'int':
      requireType(...arg(0), ['string', 'number', 'boolean'], 'int()');
      return call('number');
    case 'round':
      requireType(...arg(0), ['string', 'number', 'boolean'], 'round()');
      if (args.length > 1) requireType(...arg(1), ['number'], t('antallet af decimaler i round()', 'the number of decimals of round()'));
      return call('number');
    case 'concat':
      // Any value reads as text: a number as written, true/false as 'true'/'false', a multiple choice as its codes.
      return call('string');
    case 'string':
      // Any value reads as text, as in concat().
      return call('string');
    case 'boolean':
      requireType(...arg(0), ['string', 'number', 'boolean', 'multi'], 'boolean()');
      return call('boolean');
    case 'boolean-from-string':
      requireType(...arg(0), ['string', 'number', 'boolean'], 'boolean-from-string()');
      return call('boolean');
    case 'normalize-space':
      requireType(...arg(0), ['string', 'number'], 'normalize-space()');
      return call('string');
    case 'contains':
    case 'starts-with':
    case 'ends-with':
      requireType(...arg(0), ['string', 'number'], `${name}()`);
      requireType(...arg(1), ['string', 'number'], `${name}()`);
      return call('boolean');
    case 'substr':
      requireType(...arg(0), ['string', 'number'], 'substr()');
      requireType(...arg(1), ['number', 'string'], t('starten i substr()', 'the start of substr()'));
      if (args.length > 2) requireType(...arg(2), ['number', 'string'], t('slutningen i substr()', 'the end of substr()'));
      return call('string');
    case 'translate':
      for (let i = 0; i < 3; i++) requireType(...arg(i), ['string', 'number'], 'translate()');
      return call('string');
    case 'pow':
      requireType(...arg(0), ['number', 'string', 'boolean'], 'pow()');
      requireType(...arg(1), ['number', 'string', 'boolean'], 'pow()');
      return call('number');
    case 'abs':
      requireType(...arg(0), ['number', 'string', 'boolean'], 'abs()');
      return call('number');
    case 'date':
      requireType(...arg(0), ['string', 'number', 'date'], 'date()');
      requireDateLiteral(nodes[0]!);
      return call('date');
    case 'decimal-date-time':
      requireType(...arg(0), ['string', 'number', 'date'], 'decimal-date-time()');
      requireDateLiteral(nodes[0]!);
      return call('number');
    case 'format-date':
      requireType(...arg(0), ['string', 'number', 'date'], 'format-date()');
      requireDateLiteral(nodes[0]!);
      requireType(...arg(1), ['string'], t('formatet i format-date()', 'the format of format-date()'), t("fx '%d-%m-%Y'", "e.g. '%d-%m-%Y'"));
      requireDateFormat(nodes[1]!);
      return call('string');
    case 'jr:choice-name': {
      requireType(...arg(0), ['string'], 'jr:choice-name()');
      return { kind: 'call', name, args, type: 'string', labels: choiceLabels(nodes[1]!, ctx) };
    }
    case 'regex':
      requireType(...arg(0), ['string', 'number'], 'regex()');
      requireType(...arg(1), ['string'], 'regex()', t("mønsteret er tekst, fx '^[0-9]{8}$'", "the pattern is text, e.g. '^[0-9]{8}$'"));
      return call('boolean', compileLiteralPattern(nodes[1]!));
  }
}
