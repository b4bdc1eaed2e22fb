/** What `evaluateResponse` prepares once per questionnaire and reuses on every call. */
import type { CompiledExpression } from '../expressions/compiled';
import type { Questionnaire, Variable } from '../questionnaire/model';
import { answerRules, type AnswerRules } from './validate-answer';

/** One variable in evaluation order. */
export interface PlanStep {
  name: string;
  variable: Variable;
  relevant?: CompiledExpression;
  calculation?: CompiledExpression;
}

/** A question or grid-row variable, in questionnaire order, with its prepared rules. */
export interface PlanCheck {
  variable: Variable;
  rules: AnswerRules;
  required: boolean;
  /** Index into `sectionIds`; -1 if its section is unknown. */
  sectionIndex: number;
}

/** Everything `evaluateResponse` needs that depends only on the questionnaire. */
export interface EvaluationPlan {
  steps: readonly PlanStep[];
  checks: readonly PlanCheck[];
  sectionIds: readonly string[];
}

const plans = new WeakMap<Questionnaire, EvaluationPlan>();

function buildPlan(q: Questionnaire): EvaluationPlan {
  const steps = q.evaluationOrder.flatMap((name): PlanStep[] => {
    const variable = q.byName.get(name);
    if (variable === undefined) return [];
    const step: PlanStep = { name, variable };
    if (variable.relevant !== undefined) step.relevant = variable.relevant;
    if (variable.calculation !== undefined) step.calculation = variable.calculation;
    return [step];
  });
  const sectionIds = q.def.sections.map((section) => section.id);
  const sectionIndex = new Map(sectionIds.map((id, i) => [id, i]));
  const checks = q.variables
    .filter((variable) => variable.kind !== 'derived')
    .map((variable) => ({
      variable,
      rules: answerRules(variable),
      required: variable.question?.required === true,
      sectionIndex: sectionIndex.get(variable.sectionId ?? '') ?? -1,
    }));
  return { steps, checks, sectionIds };
}

/** The plan of `q`, built on first use and kept as long as `q` lives. */
export function evaluationPlan(q: Questionnaire): EvaluationPlan {
  let plan = plans.get(q);
  if (plan === undefined) {
    plan = buildPlan(q);
    plans.set(q, plan);
  }
  return plan;
}
