import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { dataColumns, META_COLUMNS, WEIGHT_COLUMN } from '../../../renderer/src/core/export/data-columns';
import type { Questionnaire } from '../../../renderer/src/core/questionnaire/model';

const q = loadBuiltinQuestionnaire();
const names = dataColumns(q).map((c) => c.name);

describe('dataColumns (built-in questionnaire)', () => {
  it('puts the metadata columns first, in the documented order', () => {
    expect(names.slice(0, 9)).toEqual([
      'key',
      'uuid',
      'status',
      'verified',
      'created_by',
      'created_at',
      'updated_at',
      'questionnaire_id',
      'questionnaire_version',
    ]);
    expect(META_COLUMNS).toHaveLength(9);
  });

  it('then one column per variable in questionnaire order (questions, grid rows, derived), multi option columns after their codes column, then the weight', () => {
    const expected: string[] = [...META_COLUMNS];
    for (const v of q.variables) {
      expected.push(v.name);
      if (v.valueKind === 'multi') for (const c of v.choices ?? []) expected.push(`${v.name}/${c.code}`);
    }
    expected.push(WEIGHT_COLUMN);
    expect(names).toEqual(expected);
    // Spot checks against the definition itself.
    expect(names.slice(9, 13)).toEqual(['workplace_name', 'workplace_id', 'sector_level', 'policy_area']);
    expect(names.slice(-4)).toEqual(['innov_any', 'size_class', 'civil_role', 'weight']);
    expect(names).not.toContain('factor'); // a grid is its rows
    expect(names.indexOf('factor_employees')).toBeLessThan(names.indexOf('factor_companies'));
    expect(names.indexOf('factor_companies')).toBeLessThan(names.indexOf('culture_new_ways'));
    expect(names.indexOf('culture_citizen_input')).toBeLessThan(names.indexOf('comment'));
  });

  it('gives every multiple choice a 0/1 column for each option of the full choice list', () => {
    expect(names.slice(names.indexOf('recent_types'), names.indexOf('recent_types') + 5)).toEqual([
      'recent_types',
      'recent_types/product',
      'recent_types/service',
      'recent_types/process',
      'recent_types/communication',
    ]);
    const collab = names.filter((n) => n.startsWith('collab_partner/'));
    expect(collab).toEqual([
      'collab_partner/own_org',
      'collab_partner/other_public',
      'collab_partner/research',
      'collab_partner/citizens',
      'collab_partner/voluntary',
      'collab_partner/companies',
      'collab_partner/foundations',
      'collab_partner/none',
    ]);
    expect(names.filter((n) => n.startsWith('initiator/'))).toHaveLength(12);
    expect(names.filter((n) => n.startsWith('collab_phase_citizens/'))).toHaveLength(7);
    // Single choices get no option columns.
    expect(names.some((n) => n.startsWith('novelty/'))).toBe(false);
  });

  it('has unique names, compared ignoring case', () => {
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('refuses a questionnaire whose variable clashes with the weight column', () => {
    const first = q.variables[0];
    if (!first) throw new Error('no variables');
    expect(() => dataColumns({ ...q, variables: [{ ...first, name: 'Weight' }, ...q.variables.slice(1)] })).toThrow(/weight/i);
  });

  it('refuses a questionnaire whose variable clashes with a metadata column', () => {
    const first = q.variables[0];
    if (!first) throw new Error('no variables');
    const clash: Questionnaire = { ...q, variables: [{ ...first, name: 'Status' }, ...q.variables.slice(1)] };
    expect(() => dataColumns(clash)).toThrow(/Status/);
  });
});
