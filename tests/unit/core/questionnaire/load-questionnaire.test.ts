import { describe, expect, it } from 'vitest';
import type { QuestionnaireDef } from '../../../../renderer/src/core/questionnaire/model';
import {
  compile,
  derived,
  form,
  grid,
  integer,
  loadErrors,
  loadMessages,
  multi,
  section,
  single,
  text,
  year,
} from '../form-builder';

const LISTS = {
  yesno: ['yes', 'no', 'dk'],
  novelty: ['first', 'adapted', 'copied', 'dk'],
  partners: ['citizens', 'volunteers', { code: 'none', exclusive: true }],
  effect: ['hampered', 'neither', 'promoted'],
};

/** A small barometer-like form: A workplace, B activity, C most recent innovation (routed on a derived variable). */
function barometer(): QuestionnaireDef {
  return form({
    lists: LISTS,
    sections: [
      section('A', [text('workplace_name', { required: true }), integer('n_employees', { min: 3 })]),
      section('B', [single('innov_product', 'yesno'), single('innov_service', 'yesno')]),
      section(
        'C',
        [
          single('novelty', 'novelty'),
          multi('collab_partner', 'partners', { maxSelected: 2 }),
          grid('factor', 'effect', ['factor_citizens', 'factor_it'], { relevant: "${novelty} != 'dk'" }),
        ],
        { relevant: '${innov_any} = 1' },
      ),
    ],
    derived: [
      derived('civil_role', 'integer', "selected(${collab_partner}, 'citizens') or ${factor_citizens} = 'promoted'", {
        relevant: '${innov_any} = 1',
      }),
      derived('innov_any', 'integer', "if(${innov_product} = 'yes' or ${innov_service} = 'yes', 1, 0)"),
    ],
  });
}

describe('a valid definition loads into variables in questionnaire order', () => {
  const q = compile(barometer());

  it('keeps the id, version and the definition', () => {
    expect(q.id).toBe('test');
    expect(q.version).toBe('1');
    expect(q.def.sections.map((s) => s.id)).toEqual(['A', 'B', 'C']);
  });

  it('lists questions in section order, one variable per grid row, derived variables last', () => {
    expect(q.variables.map((v) => `${v.kind}:${v.name}`)).toEqual([
      'question:workplace_name',
      'question:n_employees',
      'question:innov_product',
      'question:innov_service',
      'question:novelty',
      'question:collab_partner',
      'grid-row:factor_citizens',
      'grid-row:factor_it',
      'derived:civil_role',
      'derived:innov_any',
    ]);
  });

  it('gives every variable its value kind', () => {
    const kinds = Object.fromEntries(q.variables.map((v) => [v.name, v.valueKind]));
    expect(kinds).toEqual({
      workplace_name: 'string',
      n_employees: 'number',
      innov_product: 'string',
      innov_service: 'string',
      novelty: 'string',
      collab_partner: 'multi',
      factor_citizens: 'string',
      factor_it: 'string',
      civil_role: 'number',
      innov_any: 'number',
    });
  });

  it('makes each grid row a single choice of its own, answered from the grid list', () => {
    const row = q.byName.get('factor_citizens')!;
    expect(row.type).toBe('single');
    expect(row.sectionId).toBe('C');
    expect(row.row?.name).toBe('factor_citizens');
    expect(row.question?.name).toBe('factor');
    expect(row.choices?.map((c) => c.code)).toEqual(['hampered', 'neither', 'promoted']);
  });

  it('does not make the grid itself a variable', () => {
    expect(q.byName.has('factor')).toBe(false);
  });

  it('indexes every variable by name', () => {
    expect([...q.byName.keys()]).toEqual(q.variables.map((v) => v.name));
    expect(q.byName.get('innov_any')?.derived?.calculation).toMatch(/^if\(/);
  });

  it("combines a section's condition with its questions' own", () => {
    expect(q.byName.get('novelty')?.relevant?.source).toBe('${innov_any} = 1');
    expect(q.byName.get('factor_it')?.relevant?.source).toBe("(${innov_any} = 1) and (${novelty} != 'dk')");
    expect(q.byName.get('factor_it')?.relevant?.references).toEqual(['innov_any', 'novelty']);
    expect(q.byName.get('workplace_name')?.relevant).toBeUndefined();
  });

  it('orders evaluation so that every variable comes after what it depends on, else in questionnaire order', () => {
    expect(q.evaluationOrder).toEqual([
      'workplace_name',
      'n_employees',
      'innov_product',
      'innov_service',
      'innov_any',
      'novelty',
      'collab_partner',
      'factor_citizens',
      'factor_it',
      'civil_role',
    ]);
  });

  it('attaches calculations and constraints, compiled', () => {
    const withConstraint = compile({ questions: [year('start'), year('end', { constraint: '. >= ${start}' })] });
    expect(withConstraint.byName.get('end')?.constraint?.references).toEqual(['start']);
    expect(q.byName.get('innov_any')?.calculation?.type).toBe('number');
  });
});

describe('expressions are compiled at load, and errors name the question and the position', () => {
  it('a mistyped reference in a relevant', () => {
    const def = form({
      lists: LISTS,
      questions: [single('innov_any', 'yesno'), single('novelty', 'novelty', { relevant: "${innov_anyy} = 'yes'" })],
    });
    expect(loadErrors(def)).toEqual([
      {
        path: 'sections[0].questions[1].relevant',
        message: "Question 'novelty' relevant: unknown question 'innov_anyy' at position 2; did you mean 'innov_any'?",
        variable: 'novelty',
        position: 2,
      },
    ]);
  });

  it('a mistyped choice code in routing (the most common form bug)', () => {
    const def = form({ lists: LISTS, questions: [single('novelty', 'novelty'), multi('channel', 'partners', { relevant: "${novelty} = 'adpated'" })] });
    expect(loadMessages(def)).toEqual([
      "Question 'channel' relevant: 'adpated' is not an option of ${novelty} at position 13; options: first, adapted, copied, dk",
    ]);
  });

  it('a syntax error in a constraint', () => {
    expect(loadErrors(form({ questions: [integer('n', { constraint: '. >= 3)' })] }))).toEqual([
      { path: 'sections[0].questions[0].constraint', message: "Question 'n' constraint: unexpected ')' at position 6", variable: 'n', position: 6 },
    ]);
  });

  it('a constraint is checked against the type of its own answer', () => {
    expect(loadMessages(form({ questions: [integer('n', { constraint: ". != 'x'" })] }))).toEqual([
      "Question 'n' constraint: type mismatch: '.' (this answer) is a number but 'x' is text at position 2",
    ]);
    expect(loadMessages(form({ lists: LISTS, questions: [single('s', 'yesno', { constraint: ". != 'maybe'" })] }))[0]).toMatch(
      /^Question 's' constraint: 'maybe' is not an option of '\.' \(this answer\)/,
    );
  });

  it("'.' is refused in a relevant", () => {
    expect(loadMessages(form({ questions: [integer('n', { relevant: '. > 3' })] }))).toEqual([
      "Question 'n' relevant: '.' (this answer) can only be used in a constraint at position 0",
    ]);
  });

  it('relevants and constraints must be conditions', () => {
    expect(loadMessages(form({ questions: [integer('a'), integer('n', { relevant: '${a} + 1', constraint: '.' })] }))).toEqual([
      "Question 'n' relevant: must give true/false, but gives a number at position 0",
      "Question 'n' constraint: must give true/false, but gives a number at position 0",
    ]);
  });

  it("a section's relevant is reported once, for the section", () => {
    const def = form({ sections: [section('A', [text('a')]), section('B', [text('b'), text('c')], { relevant: '${zz} = 1' })] });
    expect(loadErrors(def)).toEqual([
      { path: 'sections[1].relevant', message: "Section 'B' relevant: unknown question 'zz' at position 2", position: 2 },
    ]);
  });

  it("a grid's condition is reported once, for the grid, not once per row", () => {
    const def = form({ lists: LISTS, questions: [grid('factor', 'effect', ['f1', 'f2', 'f3'], { constraint: ". != 'promotd'" })] });
    expect(loadMessages(def)).toEqual([
      "Question 'factor' constraint: 'promotd' is not an option of '.' (this answer) at position 5; options: hampered, neither, promoted",
    ]);
  });

  it('referring to a grid by its own name points to its rows', () => {
    const def = form({ lists: LISTS, questions: [grid('factor', 'effect', ['factor_it']), text('t', { relevant: "${factor} = 'neither'" })] });
    expect(loadMessages(def)).toEqual([
      "Question 't' relevant: unknown question 'factor' at position 2; 'factor' is a grid: refer to one of its rows, e.g. ${factor_it}",
    ]);
  });

  it('a grid row can be routed on like any single choice', () => {
    const q = compile({ lists: LISTS, questions: [grid('factor', 'effect', ['factor_it']), text('why', { relevant: "${factor_it} = 'hampered'" })] });
    expect(q.byName.get('why')?.relevant?.references).toEqual(['factor_it']);
  });

  it("a calculation must give its variable's type: a number (or a condition, counted 1/0), or text (a number or a date read as text)", () => {
    expect(
      loadMessages(
        form({
          lists: LISTS,
          questions: [text('name'), single('s', 'yesno')],
          derived: [derived('n', 'integer', '${name}'), derived('t', 'text', "${s} = 'yes'"), derived('ok1', 'integer', "${s} = 'yes'"), derived('ok2', 'text', '1')],
        }),
      ),
    ).toEqual([
      "Derived 'n' calculation: must give a number or true/false, but gives text at position 0",
      "Derived 't' calculation: must give text or a number or a date, but gives true/false at position 0",
    ]);
  });

  it("a derived variable's relevant is compiled too", () => {
    expect(loadErrors(form({ questions: [text('a')], derived: [derived('d', 'integer', '1', { relevant: '${b} = 1' })] }))).toEqual([
      { path: 'derived[0].relevant', message: "Derived 'd' relevant: unknown question 'b' at position 2", variable: 'd', position: 2 },
    ]);
  });

  it('every problem is reported at once, not just the first', () => {
    const def = form({
      lists: { l: ['a', 'a'] },
      questions: [single('x', 'l'), single('x', 'none'), text('y', { relevant: '${nope} = 1' })],
    });
    expect(loadMessages(def)).toHaveLength(4);
  });
});

describe('dependency cycles are refused, naming the variables along them', () => {
  it('two derived variables computed from each other', () => {
    const def = form({ questions: [text('a')], derived: [derived('x', 'integer', '${y} + 1'), derived('y', 'integer', '${x} + 1')] });
    expect(loadErrors(def)).toEqual([
      { path: 'derived[0].calculation', position: 2, message: "Derived 'x': circular dependency 'x' → 'y' → 'x' (through relevant or calculation)", variable: 'x' },
    ]);
  });

  it('the error points at the field and the reference that closes the loop', () => {
    const routed = loadErrors(form({ questions: [integer('n', { relevant: '${n} > 1' })] }));
    expect(routed.map((e) => [e.path, e.position])).toEqual([['sections[0].questions[0].relevant', 2]]);
    const sectionRouted = loadErrors(form({ sections: [section('A', [integer('n'), integer('m')], { relevant: '${m} > 1' })] }));
    expect(sectionRouted.map((e) => [e.path, e.position])).toEqual([['sections[0].relevant', undefined]]);
    const throughRelevant = loadErrors(form({ questions: [integer('a')], derived: [derived('x', 'integer', '1', { relevant: 'true() and ${x} > 0' })] }));
    expect(throughRelevant.map((e) => [e.path, e.position])).toEqual([['derived[0].relevant', 13]]);
  });

  it('a question routed on itself', () => {
    expect(loadMessages(form({ questions: [integer('n', { relevant: '${n} > 1' })] }))).toEqual([
      "Question 'n': circular dependency 'n' → 'n' (through relevant or calculation)",
    ]);
  });

  it('a section routed on one of its own questions', () => {
    expect(loadMessages(form({ sections: [section('A', [integer('n'), integer('m')], { relevant: '${m} > 1' })] }))).toEqual([
      "Question 'm': circular dependency 'm' → 'm' (through relevant or calculation)",
    ]);
  });

  it('a longer loop through questions and derived variables', () => {
    const def = form({
      questions: [integer('a', { relevant: '${d} = 1' }), integer('b', { relevant: '${a} > 0' })],
      derived: [derived('d', 'integer', 'coalesce(${b}, 0)')],
    });
    expect(loadMessages(def)).toEqual(["Question 'a': circular dependency 'a' → 'd' → 'b' → 'a' (through relevant or calculation)"]);
  });

  it('a constraint reading a later question is not a cycle (constraints are checked after all values are known)', () => {
    expect(() => compile({ questions: [year('start', { constraint: '. <= ${end}' }), year('end', { constraint: '. >= ${start}' })] })).not.toThrow();
  });

  it('chained derived variables and questions routed on them are fine, in any definition order', () => {
    const q = compile({
      lists: LISTS,
      questions: [integer('size_detail', { relevant: '${big} = 1' }), integer('n')],
      derived: [derived('big', 'integer', '${size_class} >= 3'), derived('size_class', 'integer', 'if(${n} >= 100, 4, if(${n} >= 50, 3, 1))')],
    });
    expect(q.evaluationOrder).toEqual(['n', 'size_class', 'big', 'size_detail']);
  });
});
