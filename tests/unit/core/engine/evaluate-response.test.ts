import { describe, expect, it, vi } from 'vitest';
import { evaluateResponse } from '../../../../renderer/src/core/engine/evaluate-response';
import type { Answers } from '../../../../renderer/src/core/questionnaire/model';
import { compile, derived, grid, integer, longtext, multi, section, single, text } from '../form-builder';

const LISTS = {
  yesno: ['yes', 'no', 'dk'],
  novelty: ['first', 'adapted', 'copied', 'dk'],
  channel: ['networks', 'media', 'other'],
  partners: ['citizens', 'volunteers', 'companies', { code: 'none', exclusive: true }],
  initiator: ['manager', 'employees', 'citizens', 'volunteers', 'law'],
  effect: ['hampered', 'neither', 'promoted_some', 'promoted_much'],
};

/** The barometer's routing in miniature: B asks about innovation; C only for innovators; civil_role derived. */
const barometer = compile({
  lists: LISTS,
  sections: [
    section('A', [text('workplace_name', { required: true }), integer('n_employees')]),
    section('B', [
      single('innov_product', 'yesno'),
      single('innov_service', 'yesno'),
      single('dev_ongoing', 'yesno', { relevant: '${innov_any} = 0' }),
      multi('dev_types', 'channel', { relevant: "${dev_ongoing} = 'yes'" }),
    ]),
    section(
      'C',
      [
        longtext('recent_desc'),
        single('novelty', 'novelty', { required: true }),
        multi('insp_channel', 'channel', { relevant: "${novelty} = 'adapted' or ${novelty} = 'copied'" }),
        text('insp_other', { relevant: "selected(${insp_channel}, 'other')" }),
        multi('initiator', 'initiator'),
        multi('collab_partner', 'partners'),
        grid('factor', 'effect', ['factor_citizens', 'factor_volunteers']),
      ],
      { relevant: '${innov_any} = 1' },
    ),
    section('E', [longtext('comment')]),
  ],
  derived: [
    derived('innov_any', 'integer', "if(${innov_product} = 'yes' or ${innov_service} = 'yes', 1, 0)"),
    derived(
      'civil_role',
      'integer',
      "selected(${initiator}, 'citizens') or selected(${initiator}, 'volunteers') or " +
        "${factor_citizens} = 'promoted_some' or ${factor_citizens} = 'promoted_much' or " +
        "selected(${collab_partner}, 'citizens') or selected(${collab_partner}, 'volunteers')",
      { relevant: '${innov_any} = 1' },
    ),
  ],
});

const innovator: Answers = { workplace_name: 'Nordby Skole', innov_product: 'yes', innov_service: 'no' };

describe('routing: a question is asked only when its condition holds', () => {
  it('a surveyor skips section C when no innovation was introduced', () => {
    const evaluation = evaluateResponse(barometer, { innov_product: 'no', innov_service: 'no' });
    for (const name of ['recent_desc', 'novelty', 'initiator', 'factor_citizens', 'factor_volunteers']) {
      expect(evaluation.states.get(name)).toBe('skipped');
    }
    expect(evaluation.states.get('dev_ongoing')).toBe('unanswered');
  });

  it('an innovator is asked section C and not about ongoing development', () => {
    const evaluation = evaluateResponse(barometer, innovator);
    expect(evaluation.states.get('novelty')).toBe('unanswered');
    expect(evaluation.states.get('factor_citizens')).toBe('unanswered');
    expect(evaluation.states.get('dev_ongoing')).toBe('skipped');
  });

  it('skipped (not asked) and unanswered (asked, left blank) are told apart', () => {
    const evaluation = evaluateResponse(barometer, { innov_product: 'no', innov_service: 'no', workplace_name: 'X' });
    expect(evaluation.states.get('workplace_name')).toBe('answered');
    expect(evaluation.states.get('n_employees')).toBe('unanswered');
    expect(evaluation.states.get('novelty')).toBe('skipped');
  });

  it("an empty string or an empty list of options is unanswered, not answered", () => {
    const evaluation = evaluateResponse(barometer, { ...innovator, recent_desc: '', initiator: [] });
    expect(evaluation.states.get('recent_desc')).toBe('unanswered');
    expect(evaluation.states.get('initiator')).toBe('unanswered');
    expect(evaluation.values).not.toHaveProperty('recent_desc');
    expect(evaluation.values).not.toHaveProperty('initiator');
  });

  it('a question routed on a skipped question is skipped too (skips cascade)', () => {
    // insp_other is routed on insp_channel, which is routed on novelty, which is in section C.
    const answers = { ...innovator, novelty: 'adapted', insp_channel: ['other'], insp_other: 'a study trip' };
    expect(evaluateResponse(barometer, answers).states.get('insp_other')).toBe('answered');
    const nonInnovator = { ...answers, innov_product: 'no' };
    const evaluation = evaluateResponse(barometer, nonInnovator);
    expect(evaluation.states.get('novelty')).toBe('skipped');
    expect(evaluation.states.get('insp_channel')).toBe('skipped');
    expect(evaluation.states.get('insp_other')).toBe('skipped');
  });

  it('changing a middle answer skips only what depends on it', () => {
    const answers = { ...innovator, novelty: 'first', insp_channel: ['other'], insp_other: 'x', recent_desc: 'New app' };
    const evaluation = evaluateResponse(barometer, answers);
    expect(evaluation.states.get('insp_channel')).toBe('skipped');
    expect(evaluation.states.get('insp_other')).toBe('skipped');
    expect(evaluation.states.get('recent_desc')).toBe('answered');
  });

  it('answers of skipped questions are kept by the caller but absent from the effective values', () => {
    const answers: Answers = { innov_product: 'no', innov_service: 'no', novelty: 'copied', recent_desc: 'Old text' };
    const evaluation = evaluateResponse(barometer, answers);
    expect(evaluation.values).not.toHaveProperty('novelty');
    expect(evaluation.values).not.toHaveProperty('recent_desc');
    expect(answers).toHaveProperty('novelty', 'copied');
  });

  it('flipping a routing answer back brings the kept answers back', () => {
    const answers: Answers = { ...innovator, novelty: 'copied', insp_channel: ['media'], recent_desc: 'Shared booking' };
    const before = evaluateResponse(barometer, answers);
    const flipped = evaluateResponse(barometer, { ...answers, innov_product: 'no' });
    const restored = evaluateResponse(barometer, { ...answers, innov_product: 'yes' });
    expect(flipped.values).not.toHaveProperty('insp_channel');
    expect(restored.values).toEqual(before.values);
    expect(restored.values).toMatchObject({ novelty: 'copied', insp_channel: ['media'], recent_desc: 'Shared booking' });
    expect([...restored.states]).toEqual([...before.states]);
  });

  it('a question may be routed on a question that comes later in the form', () => {
    const q = compile({ lists: LISTS, questions: [text('why', { relevant: "${later} = 'yes'" }), single('later', 'yesno')] });
    expect(evaluateResponse(q, { later: 'yes' }).states.get('why')).toBe('unanswered');
    expect(evaluateResponse(q, { later: 'no' }).states.get('why')).toBe('skipped');
  });

  it('a grid row can route a follow-up question', () => {
    const q = compile({
      lists: LISTS,
      questions: [grid('factor', 'effect', ['factor_it']), text('it_problem', { relevant: "${factor_it} = 'hampered'" })],
    });
    expect(evaluateResponse(q, { factor_it: 'hampered' }).states.get('it_problem')).toBe('unanswered');
    expect(evaluateResponse(q, { factor_it: 'neither' }).states.get('it_problem')).toBe('skipped');
  });

  it("a grid's condition applies to each of its rows", () => {
    const q = compile({
      lists: LISTS,
      questions: [single('ask', 'yesno'), grid('factor', 'effect', ['f1', 'f2'], { relevant: "${ask} = 'yes'" })],
    });
    const evaluation = evaluateResponse(q, { ask: 'no', f1: 'neither' });
    expect([evaluation.states.get('f1'), evaluation.states.get('f2')]).toEqual(['skipped', 'skipped']);
  });
});

describe('derived variables', () => {
  it('innov_any is 1 when any innovation type is yes, else 0', () => {
    expect(evaluateResponse(barometer, innovator).values.innov_any).toBe(1);
    expect(evaluateResponse(barometer, { innov_product: 'no', innov_service: 'dk' }).values.innov_any).toBe(0);
    expect(evaluateResponse(barometer, {}).values.innov_any).toBe(0);
  });

  it('civil_role: citizens or volunteers among initiators, partners, or promoting it (a condition counted 1/0)', () => {
    const role = (answers: Answers): unknown => evaluateResponse(barometer, { ...innovator, ...answers }).values.civil_role;
    expect(role({})).toBe(0);
    expect(role({ initiator: ['manager', 'volunteers'] })).toBe(1);
    expect(role({ collab_partner: ['citizens'] })).toBe(1);
    expect(role({ factor_citizens: 'promoted_much' })).toBe(1);
    expect(role({ factor_citizens: 'hampered', collab_partner: ['companies'] })).toBe(0);
  });

  it('a derived variable that is not relevant is absent, and so are the answers it reads when skipped', () => {
    const evaluation = evaluateResponse(barometer, { innov_product: 'no', initiator: ['citizens'] });
    expect(evaluation.values).not.toHaveProperty('civil_role');
  });

  it('derived variables are not given a question state', () => {
    expect(evaluateResponse(barometer, innovator).states.has('innov_any')).toBe(false);
  });

  it('derived variables may be computed from other derived variables', () => {
    const q = compile({
      questions: [integer('n')],
      derived: [
        derived('large', 'integer', '${size_class} >= 3'),
        derived('size_class', 'integer', 'if(${n} >= 100, 4, if(${n} >= 50, 3, if(${n} >= 10, 2, 1)))'),
        derived('label', 'text', "if(${large} = 1, 'large', 'small')"),
      ],
    });
    expect(evaluateResponse(q, { n: 120 }).values).toEqual({ n: 120, large: 1, size_class: 4, label: 'large' });
    expect(evaluateResponse(q, { n: 12 }).values).toEqual({ n: 12, large: 0, size_class: 2, label: 'small' });
  });

  it('an empty calculation result leaves the variable absent', () => {
    const q = compile({ questions: [integer('a'), integer('b')], derived: [derived('sum', 'integer', '${a} + ${b}'), derived('ratio', 'decimal', '${a} div ${b}')] });
    expect(evaluateResponse(q, { a: 1 }).values).toEqual({ a: 1 });
    expect(evaluateResponse(q, { a: 1, b: 0 }).values).toEqual({ a: 1, b: 0, sum: 1 });
    expect(evaluateResponse(q, { a: 3, b: 2 }).values).toMatchObject({ sum: 5, ratio: 1.5 });
  });

  it('a number calculation in a text variable is stored as text', () => {
    const q = compile({ questions: [integer('a')], derived: [derived('code', 'text', '${a} * 10')] });
    expect(evaluateResponse(q, { a: 4 }).values.code).toBe('40');
  });

  it('questions routed on a derived variable follow it', () => {
    const q = compile({
      questions: [integer('n'), text('large_detail', { relevant: '${large} = 1' })],
      derived: [derived('large', 'integer', '${n} >= 100')],
    });
    expect(evaluateResponse(q, { n: 150 }).states.get('large_detail')).toBe('unanswered');
    expect(evaluateResponse(q, { n: 50 }).states.get('large_detail')).toBe('skipped');
    // An empty number makes the comparison false, so `large` is 0 until n is known.
    expect(evaluateResponse(q, {}).values.large).toBe(0);
    expect(evaluateResponse(q, {}).states.get('large_detail')).toBe('skipped');
  });
});

describe('effective values', () => {
  it('hold the answers of asked questions and the derived values, in questionnaire order', () => {
    const evaluation = evaluateResponse(barometer, { novelty: 'first', ...innovator, comment: 'ok' });
    expect(Object.keys(evaluation.values)).toEqual(['workplace_name', 'innov_product', 'innov_service', 'novelty', 'comment', 'innov_any', 'civil_role']);
  });

  it('ignore stored keys the questionnaire does not have', () => {
    expect(evaluateResponse(barometer, { retired_question: 'x' }).values).not.toHaveProperty('retired_question');
  });

  it('do not read inherited object properties as answers', () => {
    // 'constructor', 'prototype' and '__proto__' are refused at load; other inherited names are allowed.
    const q = compile({ questions: [text('toString'), text('hasOwnProperty'), text('valueOf')] });
    const evaluation = evaluateResponse(q, {});
    expect(evaluation.states.get('toString')).toBe('unanswered');
    expect(evaluation.states.get('hasOwnProperty')).toBe('unanswered');
    expect(evaluation.states.get('valueOf')).toBe('unanswered');
    expect(evaluation.values).toEqual({});
  });
});

describe('sections and progress', () => {
  it('counts asked and answered questions per section; a skipped section is not asked', () => {
    const { sections } = evaluateResponse(barometer, { innov_product: 'no', innov_service: 'no', workplace_name: 'X' });
    expect(sections).toEqual([
      { sectionId: 'A', asked: true, askedCount: 2, answeredCount: 1 },
      { sectionId: 'B', asked: true, askedCount: 3, answeredCount: 2 },
      { sectionId: 'C', asked: false, askedCount: 0, answeredCount: 0 },
      { sectionId: 'E', asked: true, askedCount: 1, answeredCount: 0 },
    ]);
  });

  it('progress covers every asked question and grid row, each row counting once', () => {
    const evaluation = evaluateResponse(barometer, { ...innovator, factor_citizens: 'neither', novelty: 'first' });
    // A: 2, B: innov_product, innov_service (dev_* skipped), C: 7 questions (insp_* skipped) with 2 grid rows, E: 1.
    expect(evaluation.progress).toEqual({ asked: 2 + 2 + 6 + 1, answered: 1 + 2 + 2, ratio: 5 / 11 });
  });

  it('skipped questions do not count, even with a stored answer', () => {
    const before = evaluateResponse(barometer, innovator).progress;
    const after = evaluateResponse(barometer, { ...innovator, dev_ongoing: 'yes' }).progress;
    expect(after).toEqual(before);
  });

  it('progress is complete (1) when nothing is asked', () => {
    const q = compile({ lists: LISTS, questions: [single('a', 'yesno', { relevant: 'false()' })] });
    expect(evaluateResponse(q, {}).progress).toEqual({ asked: 0, answered: 0, ratio: 1 });
  });
});

describe('cost', () => {
  it('evaluates each condition and calculation once per call, however long the form', () => {
    const questions = Array.from({ length: 150 }, (_, i) =>
      integer(`q${i}`, i === 0 ? {} : { relevant: `\${q${i - 1}} != '' or \${q0} > ${i}` }),
    );
    const q = compile({ questions, derived: [derived('total', 'integer', '${q0} + ${q149}')] });
    const spies = q.variables.flatMap((v) => [v.relevant, v.calculation]).flatMap((e) => (e ? [vi.spyOn(e, 'evaluate')] : []));
    evaluateResponse(q, { q0: 1000 });
    expect(spies).toHaveLength(150);
    for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
  });
});
