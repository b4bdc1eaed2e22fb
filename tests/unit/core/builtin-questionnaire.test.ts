/**
 * The built-in Innovation Barometer questionnaire, checked as a surveyor would meet it: which
 * questions are asked for which workplace, what the derived variables come to, and which answers
 * the checks refuse.
 */
import { describe, expect, it } from 'vitest';
import { builtinQuestionnaireDef, loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import { questionnaireDefSchema } from '../../../renderer/src/core/questionnaire/definition-schema';
import { evaluateResponse } from '../../../renderer/src/core/engine/evaluate-response';
import type { Evaluation } from '../../../renderer/src/core/engine/evaluation';
import type {
  AnswerValue,
  Answers,
  LocalText,
  QuestionnaireDef,
} from '../../../renderer/src/core/questionnaire/model';

const questionnaire = loadBuiltinQuestionnaire();
const def = builtinQuestionnaireDef as QuestionnaireDef;

const evaluate = (answers: Answers): Evaluation => evaluateResponse(questionnaire, answers);
const isAsked = (answers: Answers, name: string): boolean => {
  const state = evaluate(answers).states.get(name);
  if (state === undefined) throw new Error(`no question or grid row named '${name}'`);
  return state !== 'skipped';
};
const problemCodes = (answers: Answers, name: string): string[] => {
  if (!questionnaire.byName.has(name)) throw new Error(`no variable named '${name}'`);
  return (evaluate(answers).problemsByVariable.get(name) ?? []).map((p) => p.code);
};
/** A derived value; an empty one may be held as absent or as ''. */
const derivedValue = (answers: Answers, name: string): AnswerValue | undefined => {
  if (questionnaire.byName.get(name)?.kind !== 'derived') throw new Error(`no derived variable named '${name}'`);
  const value = evaluate(answers).values[name];
  return value === '' ? undefined : value;
};

// ---------------------------------------------------------------------------------------------
// The cast: a municipal school that answers section A, then either innovates or does not.
// ---------------------------------------------------------------------------------------------

const school: Answers = {
  workplace_name: 'Kildeskolen',
  workplace_id: '12345678',
  sector_level: 'municipality',
  policy_area: 'education',
  n_employees: 42,
  resp_role: 'workplace_manager',
  period_start: 2022,
  period_end: 2023,
};

/** Answered "no" to all four innovation questions of section B. */
const nonInnovator: Answers = {
  ...school,
  innov_product: 'no',
  innov_service: 'no',
  innov_process: 'no',
  innov_comm: 'no',
};

/** Introduced a new service (and did not know about communication). */
const innovator: Answers = {
  ...school,
  innov_product: 'no',
  innov_service: 'yes',
  innov_process: 'no',
  innov_comm: 'dk',
};

const with_ = (base: Answers, extra: Record<string, AnswerValue>): Answers => ({ ...base, ...extra });

const sectionCVariables = questionnaire.variables.filter((v) => v.sectionId === 'C').map((v) => v.name);

const PARTNERS = ['own_org', 'other_public', 'research', 'citizens', 'voluntary', 'companies', 'foundations'] as const;

// ---------------------------------------------------------------------------------------------

describe('the built-in Innovation Barometer definition', () => {
  it('loads without errors', () => {
    const result = loadQuestionnaire(builtinQuestionnaireDef);
    expect(result.ok ? [] : result.error).toEqual([]);
    expect(questionnaire.id).toBe('innovation-barometer');
    expect(questionnaire.version).toBe('2024.1');
  });

  it('fits the definition schema exactly, so the start-up may compile it without validating it again', () => {
    const parsed = questionnaireDefSchema.safeParse(builtinQuestionnaireDef);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    // The schema has no defaults or transforms: what it passes is the shipped definition itself.
    expect(parsed.data).toEqual(builtinQuestionnaireDef);
    // And the start-up's compiled form is the validated one's.
    const validated = loadQuestionnaire(builtinQuestionnaireDef);
    if (!validated.ok) throw new Error('the built-in definition does not load');
    expect(questionnaire.evaluationOrder).toEqual(validated.value.evaluationOrder);
    expect(questionnaire.variables.map((v) => v.name)).toEqual(validated.value.variables.map((v) => v.name));
  });

  it('has the sections A to E with a title in both languages', () => {
    expect(def.sections.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(def.title).toEqual({ da: 'Innovationsbarometeret', en: 'The Innovation Barometer' });
  });

  it('gives every section, question, grid row, choice and derived variable a Danish and an English label', () => {
    const missing: string[] = [];
    const check = (where: string, text: LocalText | undefined) => {
      if (text === undefined || text.da.trim() === '' || text.en.trim() === '') missing.push(where);
    };
    check('title', def.title);
    for (const section of def.sections) {
      check(`section ${section.id}`, section.title);
      for (const question of section.questions) {
        check(question.name, question.label);
        for (const row of question.rows ?? []) check(row.name, row.label);
      }
    }
    for (const [list, choices] of Object.entries(def.choiceLists)) {
      for (const choice of choices) check(`${list}/${choice.code}`, choice.label);
    }
    for (const derived of def.derived) {
      check(derived.name, derived.label);
      check(`${derived.name} description`, derived.description);
    }
    expect(missing).toEqual([]);
  });

  it('uses every variable name once', () => {
    const names = questionnaire.variables.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    const defined = def.sections.flatMap((s) =>
      s.questions.flatMap((q) => [q.name, ...(q.rows ?? []).map((r) => r.name)]),
    );
    const all = [...defined, ...def.derived.map((d) => d.name)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('uses short lowercase codes, unique within each list, and marks every "ved ikke" as don\'t know', () => {
    for (const [list, choices] of Object.entries(def.choiceLists)) {
      const codes = choices.map((c) => c.code);
      expect(new Set(codes).size, list).toBe(codes.length);
      for (const choice of choices) {
        expect(choice.code, list).toMatch(/^[a-z0-9_]{1,24}$/);
        expect(choice.dontKnow === true, `${list}/${choice.code}`).toBe(choice.code === 'dk');
        if (choice.code === 'dk') expect(choice.label.da).toBe('Ved ikke');
      }
    }
  });

  it('quotes the published Danish wording', () => {
    const label = (name: string) => questionnaire.byName.get(name)?.label.da;
    expect(label('innov_product')).toBe('Har jeres arbejdsplads i perioden indført nye eller væsentligt ændrede produkter?');
    expect(label('innov_service')).toBe(
      'Har jeres arbejdsplads i perioden indført nye eller væsentligt ændrede serviceydelser?',
    );
    expect(label('innov_process')).toBe(
      'Har jeres arbejdsplads i perioden indført nye eller væsentligt ændrede processer eller måder at organisere arbejdet på?',
    );
    expect(label('innov_comm')).toBe(
      'Har jeres arbejdsplads i perioden indført nye eller væsentligt ændrede måder at kommunikere med omverdenen på?',
    );
    expect(label('dev_ongoing')).toBe('Har der været udvikling af innovationer i gang?');
    expect(label('recent_types')).toBe('Hvilke(n) type(r) innovation er jeres seneste innovation?');
    expect(label('novelty')).toBe('For den seneste innovation var I…');
    expect(label('initiator')).toMatch(/^Hvem eller hvad førte primært til, at I igangsatte/);
    expect(label('value')).toMatch(/^Hvilken form for værdi har I alt i alt opnået/);
    expect(label('evaluated')).toBe('Har jeres arbejdsplads evalueret den seneste innovation?');
    expect(label('culture_new_ways')).toBe(
      'Vi går gerne nye veje, selvom der er risiko for, at det er den forkerte vej',
    );
  });

  it('has one collaboration-phase question for each partner except "none"', () => {
    const partnerCodes = (def.choiceLists.collab_partner ?? []).map((c) => c.code).filter((c) => c !== 'none');
    expect(partnerCodes).toEqual([...PARTNERS]);
    for (const partner of PARTNERS) {
      expect(questionnaire.byName.get(`collab_phase_${partner}`)?.type, partner).toBe('multi');
    }
  });

  it('rates the ten factors and the culture items in grids, each row a variable of its own', () => {
    const rows = (grid: string) => questionnaire.variables.filter((v) => v.question?.name === grid && v.kind === 'grid-row');
    expect(rows('factor').map((v) => v.name)).toEqual([
      'factor_employees',
      'factor_collab_internal',
      'factor_finance',
      'factor_citizens',
      'factor_voluntary',
      'factor_management',
      'factor_politicians',
      'factor_legislation',
      'factor_it',
      'factor_companies',
    ]);
    expect(rows('factor')[0]?.choices?.map((c) => c.code)).toEqual([
      'hampered_greatly',
      'hampered_somewhat',
      'neither',
      'promoted_somewhat',
      'promoted_greatly',
      'not_relevant',
      'dk',
    ]);
    expect(rows('culture').length).toBeGreaterThanOrEqual(6);
    expect(rows('culture').map((v) => v.name)).toContain('culture_new_ways');
  });
});

// ---------------------------------------------------------------------------------------------

describe('a workplace that innovated', () => {
  it('is an innovator when any one of the four B questions is yes', () => {
    for (const type of ['innov_product', 'innov_service', 'innov_process', 'innov_comm']) {
      const answers = with_(nonInnovator, { [type]: 'yes' });
      expect(derivedValue(answers, 'innov_any'), type).toBe(1);
    }
  });

  it('goes on to section C, where every question without routing of its own is asked', () => {
    const ownRouting = new Set([
      'insp_channel',
      'tech_new',
      'eval_content',
      ...PARTNERS.map((p) => `collab_phase_${p}`),
    ]);
    const states = evaluate(innovator).states;
    expect(sectionCVariables.length).toBeGreaterThan(20);
    for (const name of sectionCVariables) {
      expect(states.get(name), name).toBe(ownRouting.has(name) ? 'skipped' : 'unanswered');
    }
  });

  it('is not asked whether innovation work was under way, nor of what type', () => {
    const answers = with_(innovator, { dev_ongoing: 'yes', dev_types: ['service'] });
    expect(isAsked(answers, 'dev_ongoing')).toBe(false);
    expect(isAsked(answers, 'dev_types')).toBe(false);
    expect(evaluate(answers).values.dev_ongoing).toBeUndefined();
  });

  it('must say which type(s) the most recent innovation is', () => {
    expect(problemCodes(innovator, 'recent_types')).toContain('required');
    expect(problemCodes(with_(innovator, { recent_types: ['service'] }), 'recent_types')).toEqual([]);
  });
});

describe('a workplace that did not innovate', () => {
  it('is not an innovator when all four B questions are no, or a mix of no and don\'t know', () => {
    expect(derivedValue(nonInnovator, 'innov_any')).toBe(0);
    const unsure = with_(nonInnovator, { innov_product: 'dk', innov_comm: 'dk' });
    expect(derivedValue(unsure, 'innov_any')).toBe(0);
  });

  it('skips all of section C, even answers keyed in before the B answers were corrected', () => {
    const stale = with_(nonInnovator, {
      recent_desc: 'Ny app til forældrekontakt',
      recent_types: ['service'],
      novelty: 'copied',
      initiator: ['citizens'],
      collab_partner: ['citizens'],
      collab_phase_citizens: ['development'],
      factor_citizens: 'promoted_greatly',
      tech_role: 'solution',
      evaluated: 'internal',
    });
    const evaluation = evaluate(stale);
    for (const name of sectionCVariables) {
      expect(evaluation.states.get(name), name).toBe('skipped');
      expect(evaluation.values[name], name).toBeUndefined();
    }
    expect(evaluation.problems.filter((p) => sectionCVariables.includes(p.variable))).toEqual([]);
    expect(evaluation.sections.find((s) => s.sectionId === 'C')?.asked).toBe(false);
    expect(derivedValue(stale, 'civil_role')).toBeUndefined();
  });

  it('is asked whether innovation work was under way; its type only if it was', () => {
    expect(isAsked(nonInnovator, 'dev_ongoing')).toBe(true);
    expect(isAsked(nonInnovator, 'dev_types')).toBe(false);
    expect(isAsked(with_(nonInnovator, { dev_ongoing: 'yes' }), 'dev_types')).toBe(true);
    expect(isAsked(with_(nonInnovator, { dev_ongoing: 'no' }), 'dev_types')).toBe(false);
    expect(isAsked(with_(nonInnovator, { dev_ongoing: 'dk' }), 'dev_types')).toBe(false);
  });

  it('still answers section D on culture and section E', () => {
    for (const name of ['culture_new_ways', 'culture_citizen_input', 'comment']) {
      expect(isAsked(nonInnovator, name), name).toBe(true);
    }
  });
});

describe('a workplace half-way through section B', () => {
  const halfway = with_(school, { innov_product: 'no', innov_service: 'dk' });

  it('has no value yet for innov_any', () => {
    expect(derivedValue(halfway, 'innov_any')).toBeUndefined();
    expect(derivedValue(school, 'innov_any')).toBeUndefined();
  });

  it('is asked neither the follow-up on ongoing work nor section C until B is complete', () => {
    expect(isAsked(halfway, 'dev_ongoing')).toBe(false);
    expect(isAsked(halfway, 'recent_types')).toBe(false);
  });

  it('becomes an innovator as soon as one yes is given, even with the rest unanswered', () => {
    expect(derivedValue(with_(school, { innov_process: 'yes' }), 'innov_any')).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------

describe('routing inside section C', () => {
  it('asks where the idea came from only when the innovation was adapted or copied', () => {
    expect(isAsked(with_(innovator, { novelty: 'adapted' }), 'insp_channel')).toBe(true);
    expect(isAsked(with_(innovator, { novelty: 'copied' }), 'insp_channel')).toBe(true);
    expect(isAsked(with_(innovator, { novelty: 'first' }), 'insp_channel')).toBe(false);
    expect(isAsked(with_(innovator, { novelty: 'dk' }), 'insp_channel')).toBe(false);
    expect(isAsked(innovator, 'insp_channel')).toBe(false);
    expect(isAsked(with_(nonInnovator, { novelty: 'copied' }), 'insp_channel')).toBe(false);
  });

  describe.each(PARTNERS)('the phases question for partner "%s"', (partner) => {
    const name = `collab_phase_${partner}`;

    it('is asked when that partner is ticked, alone or with others', () => {
      expect(isAsked(with_(innovator, { collab_partner: [partner] }), name)).toBe(true);
      const others = PARTNERS.filter((p) => p !== partner).slice(0, 2);
      expect(isAsked(with_(innovator, { collab_partner: [...others, partner] }), name)).toBe(true);
    });

    it('is skipped when only other partners, "none" or nothing is ticked', () => {
      const others = PARTNERS.filter((p) => p !== partner);
      expect(isAsked(with_(innovator, { collab_partner: others }), name)).toBe(false);
      expect(isAsked(with_(innovator, { collab_partner: ['none'] }), name)).toBe(false);
      expect(isAsked(innovator, name)).toBe(false);
    });
  });

  it('asks whether the technology is new only when technology is the solution or an important part', () => {
    expect(isAsked(with_(innovator, { tech_role: 'solution' }), 'tech_new')).toBe(true);
    expect(isAsked(with_(innovator, { tech_role: 'important' }), 'tech_new')).toBe(true);
    for (const role of ['minor', 'none', 'dk']) {
      expect(isAsked(with_(innovator, { tech_role: role }), 'tech_new'), role).toBe(false);
    }
    expect(isAsked(innovator, 'tech_new')).toBe(false);
  });

  it('asks what the evaluation included only when it was evaluated, externally or internally', () => {
    expect(isAsked(with_(innovator, { evaluated: 'external' }), 'eval_content')).toBe(true);
    expect(isAsked(with_(innovator, { evaluated: 'internal' }), 'eval_content')).toBe(true);
    for (const status of ['in_progress', 'planned', 'no', 'dk']) {
      expect(isAsked(with_(innovator, { evaluated: status }), 'eval_content'), status).toBe(false);
    }
    expect(isAsked(innovator, 'eval_content')).toBe(false);
  });

  it('drops the answers of a follow-up question when the answer that opened it changes', () => {
    const before = with_(innovator, { tech_role: 'solution', tech_new: 'new' });
    expect(evaluate(before).values.tech_new).toBe('new');
    const after = with_(before, { tech_role: 'minor' });
    expect(evaluate(after).states.get('tech_new')).toBe('skipped');
    expect(evaluate(after).values.tech_new).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------

describe('size_class, from the number of employees', () => {
  it.each([
    [3, '3_9'],
    [9, '3_9'],
    [10, '10_49'],
    [49, '10_49'],
    [50, '50_99'],
    [99, '50_99'],
    [100, '100_plus'],
    [2500, '100_plus'],
  ])('puts a workplace with %i employees in class %s', (n, sizeClass) => {
    expect(derivedValue(with_(school, { n_employees: n }), 'size_class')).toBe(sizeClass);
  });

  it('is empty while the number of employees is not given', () => {
    const { n_employees: _omitted, ...withoutSize } = school;
    expect(derivedValue(withoutSize, 'size_class')).toBeUndefined();
  });

  it('labels its classes in both languages', () => {
    expect((def.choiceLists.size_class ?? []).map((c) => c.code)).toEqual(['3_9', '10_49', '50_99', '100_plus']);
  });
});

describe('civil_role: citizens or voluntary associations played an active role', () => {
  /** An innovator with answers that involve neither citizens nor voluntary associations. */
  const withoutCivil = with_(innovator, {
    recent_types: ['service'],
    initiator: ['manager', 'employees', 'legislation'],
    collab_partner: ['own_org', 'companies'],
    factor_employees: 'promoted_greatly',
    factor_citizens: 'neither',
    factor_voluntary: 'hampered_somewhat',
  });

  it('is 0 for an innovator where citizens and volunteers played no active part', () => {
    expect(derivedValue(withoutCivil, 'civil_role')).toBe(0);
  });

  it('is 0 when citizens or volunteers hampered it, were not relevant, or it is unknown', () => {
    for (const rating of ['hampered_greatly', 'hampered_somewhat', 'neither', 'not_relevant', 'dk']) {
      const answers = with_(withoutCivil, { factor_citizens: rating, factor_voluntary: rating });
      expect(derivedValue(answers, 'civil_role'), rating).toBe(0);
    }
  });

  it('is 1 when citizens are among those who started it', () => {
    expect(derivedValue(with_(withoutCivil, { initiator: ['manager', 'citizens'] }), 'civil_role')).toBe(1);
  });

  it('is 1 when voluntary associations are among those who started it', () => {
    expect(derivedValue(with_(withoutCivil, { initiator: ['voluntary'] }), 'civil_role')).toBe(1);
  });

  it('is 1 when citizens promoted it somewhat or greatly', () => {
    expect(derivedValue(with_(withoutCivil, { factor_citizens: 'promoted_somewhat' }), 'civil_role')).toBe(1);
    expect(derivedValue(with_(withoutCivil, { factor_citizens: 'promoted_greatly' }), 'civil_role')).toBe(1);
  });

  it('is 1 when voluntary associations promoted it somewhat or greatly', () => {
    expect(derivedValue(with_(withoutCivil, { factor_voluntary: 'promoted_somewhat' }), 'civil_role')).toBe(1);
    expect(derivedValue(with_(withoutCivil, { factor_voluntary: 'promoted_greatly' }), 'civil_role')).toBe(1);
  });

  it('is 1 when citizens were collaboration partners', () => {
    expect(derivedValue(with_(withoutCivil, { collab_partner: ['citizens'] }), 'civil_role')).toBe(1);
  });

  it('is 1 when voluntary associations were collaboration partners', () => {
    expect(derivedValue(with_(withoutCivil, { collab_partner: ['own_org', 'voluntary'] }), 'civil_role')).toBe(1);
  });

  it('is 0 for an innovator who has not yet answered any of the three questions', () => {
    expect(derivedValue(innovator, 'civil_role')).toBe(0);
  });

  it('is not computed for a workplace that did not innovate', () => {
    expect(derivedValue(nonInnovator, 'civil_role')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------

describe('checks on section A', () => {
  it('accepts a reference period of up to 3 years, ending no earlier than it starts', () => {
    for (const end of [2022, 2023, 2025]) {
      expect(problemCodes(with_(school, { period_start: 2022, period_end: end }), 'period_end'), String(end)).toEqual([]);
    }
  });

  it('refuses a period that ends before it starts', () => {
    expect(problemCodes(with_(school, { period_start: 2022, period_end: 2021 }), 'period_end')).toEqual(['constraint']);
  });

  it('refuses a period longer than 3 years, and says why in both languages', () => {
    const problems = evaluate(with_(school, { period_start: 2022, period_end: 2026 })).problemsByVariable.get('period_end');
    expect(problems?.map((p) => p.code)).toEqual(['constraint']);
    expect(problems?.[0]?.message.da).toMatch(/3 år/);
    expect(problems?.[0]?.message.en).toMatch(/3 years/);
  });

  it('does not judge the last year while the first year is still empty', () => {
    const { period_start: _omitted, ...noStart } = school;
    expect(problemCodes(noStart, 'period_end')).not.toContain('constraint');
  });

  it.each(['12345678', '1234567890'])('accepts %s as a CVR or P-number', (id) => {
    expect(problemCodes(with_(school, { workplace_id: id }), 'workplace_id')).toEqual([]);
  });

  it.each(['1234567', '123456789', '12345678901', '1234567a', '1234 5678', 'DK12345678'])(
    'refuses %s as a workplace id, explaining CVR and P-numbers',
    (id) => {
      const problems = evaluate(with_(school, { workplace_id: id })).problemsByVariable.get('workplace_id');
      expect(problems?.map((p) => p.code)).toEqual(['pattern']);
      expect(problems?.[0]?.message.da).toMatch(/CVR.*8.*P-nummer.*10/);
      expect(problems?.[0]?.message.en).toMatch(/CVR.*8.*P-number.*10/);
    },
  );

  it('refuses a workplace with fewer than 3 employees', () => {
    expect(problemCodes(with_(school, { n_employees: 2 }), 'n_employees')).toEqual(['min']);
    expect(problemCodes(with_(school, { n_employees: 3 }), 'n_employees')).toEqual([]);
  });

  it('requires the workplace name, id and number of employees', () => {
    const evaluation = evaluate({});
    for (const name of ['workplace_name', 'workplace_id', 'n_employees']) {
      expect(evaluation.problemsByVariable.get(name)?.map((p) => p.code), name).toContain('required');
    }
  });

  it('lets a complete section A pass without problems', () => {
    const sectionA = new Set(questionnaire.variables.filter((v) => v.sectionId === 'A').map((v) => v.name));
    expect(evaluate(school).problems.filter((p) => sectionA.has(p.variable))).toEqual([]);
  });
});

describe('checks on multiple choices in section C', () => {
  it('lets at most three initiators be ticked', () => {
    const three = with_(innovator, { initiator: ['manager', 'employees', 'citizens'] });
    expect(problemCodes(three, 'initiator')).toEqual([]);
    const four = with_(innovator, { initiator: ['manager', 'employees', 'citizens', 'technology'] });
    expect(problemCodes(four, 'initiator')).toContain('maxSelected');
  });

  it('refuses "no collaboration outside the workplace" together with a partner', () => {
    expect(problemCodes(with_(innovator, { collab_partner: ['none'] }), 'collab_partner')).toEqual([]);
    expect(problemCodes(with_(innovator, { collab_partner: ['none', 'citizens'] }), 'collab_partner')).toContain(
      'exclusive',
    );
  });

  it('refuses "no value yet" or "don\'t know" together with a value achieved', () => {
    expect(problemCodes(with_(innovator, { value: ['none_yet'] }), 'value')).toEqual([]);
    expect(problemCodes(with_(innovator, { value: ['quality', 'insight_influence'] }), 'value')).toEqual([]);
    expect(problemCodes(with_(innovator, { value: ['none_yet', 'quality'] }), 'value')).toContain('exclusive');
    expect(problemCodes(with_(innovator, { value: ['dk', 'efficiency'] }), 'value')).toContain('exclusive');
  });

  it('marks the exclusive options in the definition', () => {
    const exclusive = (list: string) =>
      (def.choiceLists[list] ?? []).filter((c) => c.exclusive === true).map((c) => c.code);
    expect(exclusive('collab_partner')).toEqual(['none']);
    expect(exclusive('value')).toEqual(['none_yet', 'dk']);
    expect(exclusive('initiator')).toEqual(['dk']);
  });
});
