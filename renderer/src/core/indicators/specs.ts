/**
 * Definitions of the published indicators I1–I10 (questionnaire.md, "Indicators the barometer publishes").
 *
 * Every figure follows the one base rule (`base-rule.ts`, stated in the workbook and on the dashboard):
 * - Responses: those given to the computation (the export's selection; the dashboard's filter,
 *   finished responses by default).
 * - Population: `all` = every such response; `innovators` = innov_any = 1.
 * - Item non-response: a response whose source question is unanswered (asked, left blank) leaves that
 *   figure's base; it is never counted as "no". "Don't know" is an answer and stays in as not having
 *   the property (the barometer's rule).
 * - Derived flags: innov_any empty (section B incomplete without a "yes") leaves I1, and such a
 *   response is no innovator. civil_role counts as 1 when any of its sources says so, and as 0 only
 *   when both `initiator` and `collab_partner` are answered (the grid rows can add a "yes" but their
 *   blank is no evidence of "no"); otherwise it is undetermined and leaves I5 and I7.
 * So an empty draft is in no figure's base.
 */
import type { ChoiceDef, LocalText, Questionnaire } from '../questionnaire/model';
import { choicesOf } from '../weights/population';
import type { IndicatorId, IndicatorSpec, ShareSpec, Values } from './types';
import { answered, flag, hasAnyOptionBut, hasOption, oneOf } from './values';

const t = (da: string, en: string): LocalText => ({ da, en });
const prefixed = (p: LocalText, c: ChoiceDef): LocalText => t(`${p.da}: ${c.label.da}`, `${p.en}: ${c.label.en}`);

/** The four B questions behind I2, keyed by their `innov_type` code. */
const INNOVATION_TYPES = [
  { code: 'product', variable: 'innov_product', label: t('Produktinnovation', 'Product innovation') },
  { code: 'service', variable: 'innov_service', label: t('Serviceinnovation', 'Service innovation') },
  { code: 'process', variable: 'innov_process', label: t('Procesinnovation', 'Process innovation') },
  { code: 'communication', variable: 'innov_comm', label: t('Kommunikationsinnovation', 'Communication innovation') },
] as const;

/** The choices of a variable, checking that it exists and offers `codes`; throws (a definition error) otherwise. */
function need(q: Questionnaire, variable: string, codes: readonly string[] = []): readonly ChoiceDef[] {
  if (!q.byName.has(variable)) throw new Error(`Indicators: the questionnaire has no variable ${variable}.`);
  const choices = choicesOf(q, variable);
  const missing = codes.filter((c) => !choices.some((choice) => choice.code === c));
  if (missing.length > 0) throw new Error(`Indicators: ${variable} has no option ${missing.join(', ')}.`);
  return choices;
}

const innovator = (v: Values): boolean => flag(v.innov_any) === 1;
export { innovator as isInnovator };

/**
 * civil_role as the indicators read it: 1 when the engine derived 1; 0 when it derived 0 and both
 * `initiator` and `collab_partner` are answered; otherwise undefined (not derivable from the answers).
 */
export function civilRole(v: Values): 0 | 1 | undefined {
  const f = flag(v.civil_role);
  if (f === 1) return 1;
  if (f === 0 && answered(v.initiator) && answered(v.collab_partner)) return 0;
  return undefined;
}

/**
 * The indicator definitions for a questionnaire, in publication order. Option-wise figures (I6, I9)
 * cover every option of the list, "don't know" included. Throws when the questionnaire lacks a
 * variable or code the formulas need (a later edition must be mapped here, not silently read as 0).
 */
export function indicatorSpecs(q: Questionnaire): IndicatorSpec[] {
  const specs: IndicatorSpec[] = [];
  const share = (id: IndicatorId, key: string, label: LocalText, population: ShareSpec['population'], score: ShareSpec['score']): void => {
    specs.push({ kind: 'share', id, key, label, population, score });
  };

  // I1 = Σw·innov_any / Σw over respondents whose innov_any is determined (0/1).
  need(q, 'innov_any');
  share('I1', 'I1.innovative', t('Andel innovative arbejdspladser', 'Share of innovative workplaces'), 'all', (v) => flag(v.innov_any));

  // I2 = Σw·[innov_<type> = yes] / Σw over respondents who answered innov_<type> (no and DK count as not yes).
  for (const type of INNOVATION_TYPES) {
    need(q, type.variable, ['yes']);
    share('I2', `I2.${type.code}`, type.label, 'all', (v) => oneOf(v[type.variable], ['yes']));
  }

  // I3 reuse = share adapted + share copied = Σw·[novelty ∈ {adapted, copied}] / Σw, innovators.
  const novelty = need(q, 'novelty', ['first', 'adapted', 'copied']);
  share('I3', 'I3.reuse', t('Genbrug (tilpasset + kopieret)', 'Reuse (adapted + copied)'), 'innovators', (v) =>
    oneOf(v.novelty, ['adapted', 'copied']),
  );
  for (const c of novelty.filter((c) => ['first', 'adapted', 'copied'].includes(c.code))) {
    share('I3', `I3.${c.code}`, prefixed(t('Nyhedsgrad', 'Novelty'), c), 'innovators', (v) => oneOf(v.novelty, [c.code]));
  }

  // I4 = share of innovators with any partner other than the exclusive "none" (and other than DK).
  const partners = need(q, 'collab_partner');
  const noPartner = partners.filter((c) => c.exclusive === true || c.dontKnow === true).map((c) => c.code);
  share('I4', 'I4.collaboration', t('Samarbejde med eksterne parter', 'Collaboration with outside partners'), 'innovators', (v) =>
    hasAnyOptionBut(v.collab_partner, noPartner),
  );

  // I5 = Σw·civil_role / Σw over innovators with civil_role determined (`civilRole`).
  need(q, 'civil_role');
  need(q, 'initiator');
  share('I5', 'I5.civil_role', t('Borgere eller frivillige spillede en aktiv rolle', 'Citizens or voluntary associations played an active role'), 'innovators', (v) =>
    civilRole(v),
  );

  // I6 = Σw·[k ∈ value] / Σw, innovators, per value option k.
  for (const c of need(q, 'value', ['insight_influence'])) {
    share('I6', `I6.${c.code}`, prefixed(t('Opnået værdi', 'Value achieved'), c), 'innovators', (v) => hasOption(v.value, c.code));
  }

  // I7 = P(insight_influence | civil_role = 1) ÷ P(insight_influence | civil_role = 0), innovators.
  const insight = (v: Values): 0 | 1 | undefined => hasOption(v.value, 'insight_influence');
  share('I7', 'I7.with_civil_role', t('Borgere fik indsigt/indflydelse – med borger- eller frivilligrolle', 'Citizens got insight/influence – with a citizen or volunteer role'), 'innovators', (v) =>
    civilRole(v) === 1 ? insight(v) : undefined,
  );
  share('I7', 'I7.without_civil_role', t('Borgere fik indsigt/indflydelse – uden borger- eller frivilligrolle', 'Citizens got insight/influence – without a citizen or volunteer role'), 'innovators', (v) =>
    civilRole(v) === 0 ? insight(v) : undefined,
  );
  specs.push({
    kind: 'ratio',
    id: 'I7',
    key: 'I7.ratio',
    label: t('Demokratisk værdi: forhold med/uden borger- eller frivilligrolle', 'Democratic value: ratio with/without a citizen or volunteer role'),
    population: 'innovators',
    numeratorKey: 'I7.with_civil_role',
    denominatorKey: 'I7.without_civil_role',
  });

  // I8 evaluated = share external + share internal; in progress and planned reported apart.
  const evaluated = need(q, 'evaluated', ['external', 'internal', 'in_progress', 'planned']);
  share('I8', 'I8.evaluated', t('Evalueret (ekstern + intern)', 'Evaluated (external + internal)'), 'innovators', (v) =>
    oneOf(v.evaluated, ['external', 'internal']),
  );
  for (const c of evaluated.filter((c) => ['external', 'internal', 'in_progress', 'planned'].includes(c.code))) {
    share('I8', `I8.${c.code}`, prefixed(t('Evaluering', 'Evaluation'), c), 'innovators', (v) => oneOf(v.evaluated, [c.code]));
  }

  // I9 = Σw·[k ∈ initiator] / Σw, innovators, per option k (sums above 100 %).
  for (const c of need(q, 'initiator')) {
    share('I9', `I9.${c.code}`, prefixed(t('Igangsat af', 'Initiated by'), c), 'innovators', (v) => hasOption(v.initiator, c.code));
  }

  // I10 = Σw·[tech_role ∈ {solution, important}] / Σw, innovators.
  need(q, 'tech_role', ['solution', 'important']);
  share('I10', 'I10.technology', t('Teknologi er løsningen eller en vigtig del', 'Technology is the solution or an important part'), 'innovators', (v) =>
    oneOf(v.tech_role, ['solution', 'important']),
  );
  return specs;
}
