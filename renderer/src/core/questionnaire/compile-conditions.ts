/** Compiles every relevant, constraint and calculation of a definition and attaches them to its variables. */
import { allOf, compileExpression } from '../expressions/compile-expression';
import type { CompiledExpression, ExprType } from '../expressions/compiled';
import type { ExpressionScope } from '../expressions/scope';
import type { VariableEntry } from './build-variables';
import type { LocalText } from '../local-text';
import { loadError, subjects, type LoadError } from './load-error';
import type { DerivedDef, QuestionDef, QuestionnaireDef, Variable } from './model';
import { questionnaireScope } from './questionnaire-scope';

const CONDITION: readonly ExprType[] = ['boolean'];
/** A number derived variable may also be computed as a condition: true counts 1, false 0. */
const CALCULATION: Readonly<Record<DerivedDef['type'], readonly ExprType[]>> = {
  integer: ['number', 'boolean'],
  decimal: ['number', 'boolean'],
  text: ['string', 'number', 'date'],
};

interface CompiledQuestion {
  relevant?: CompiledExpression;
  constraint?: CompiledExpression;
}

/**
 * Compiles the conditions in place: a variable's `relevant` is its section's and its question's
 * combined; grid rows share their grid's. Returns one error per expression that does not compile,
 * reported once per section or question (not once per grid row).
 */
export function compileConditions(def: QuestionnaireDef, entries: readonly VariableEntry[]): LoadError[] {
  const errors: LoadError[] = [];
  const scopeFor = questionnaireScope(def, entries);
  const compile = (
    source: string | undefined,
    scope: ExpressionScope,
    where: { subject: LocalText; path: string; field: string; variable?: string },
  ): CompiledExpression | undefined => {
    if (source === undefined) return undefined;
    const result = compileExpression(source, scope);
    if (result.ok) return result.value;
    const { subject, path, field, variable } = where;
    const extra = variable === undefined ? { position: result.error.position } : { variable, position: result.error.position };
    errors.push(loadError(subject, path, field, result.error.text, extra));
    return undefined;
  };

  const sectionRelevant = def.sections.map((section, s) =>
    compile(section.relevant, scopeFor({ expect: CONDITION }), {
      subject: subjects.section(section.id),
      path: `sections[${s}]`,
      field: 'relevant',
    }),
  );

  const byQuestion = new Map<QuestionDef, CompiledQuestion>();
  const compileQuestion = (question: QuestionDef, variable: Variable, path: string): CompiledQuestion => {
    const where = { subject: subjects.question(question.name), path, variable: question.name };
    const relevant = compile(question.relevant, scopeFor({ expect: CONDITION }), { ...where, field: 'relevant' });
    const constraint = compile(question.constraint, scopeFor({ expect: CONDITION, self: variable }), {
      ...where,
      field: 'constraint',
    });
    return { ...(relevant && { relevant }), ...(constraint && { constraint }) };
  };

  for (const entry of entries) {
    const { variable } = entry;
    const { question, derived } = variable;
    if (question !== undefined && entry.questionPath !== undefined) {
      const compiled = byQuestion.get(question) ?? compileQuestion(question, variable, entry.questionPath);
      byQuestion.set(question, compiled);
      const relevant = allOf(sectionRelevant[entry.sectionIndex ?? -1], compiled.relevant);
      if (relevant !== undefined) variable.relevant = relevant;
      if (compiled.constraint !== undefined) variable.constraint = compiled.constraint;
    } else if (derived !== undefined) {
      const where = { subject: entry.subject, path: entry.path, variable: derived.name };
      const relevant = compile(derived.relevant, scopeFor({ expect: CONDITION }), { ...where, field: 'relevant' });
      const calculation = compile(derived.calculation, scopeFor({ expect: CALCULATION[derived.type] }), {
        ...where,
        field: 'calculation',
      });
      if (relevant !== undefined) variable.relevant = relevant;
      if (calculation !== undefined) variable.calculation = calculation;
    }
  }
  return errors;
}
