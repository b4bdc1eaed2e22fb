/** Answers in the history as a person reads them: labels for codes, local numbers, statuses by name. */
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { statusLabel, valueLabel } from '../../../renderer/src/ui/value-labels';

const q = loadBuiltinQuestionnaire();
const names = { draft: 'Kladde', completed: 'Afsluttet', approved: 'Godkendt', rejected: 'Afvist' };

describe('values in the history', () => {
  it('shows a choice code as its label in the chosen language, an unknown code as the code', () => {
    expect(valueLabel(q, 'sector_level', 'municipality', 'da')).toBe('Kommune');
    expect(valueLabel(q, 'sector_level', 'municipality', 'en')).toBe('Municipality');
    expect(valueLabel(q, 'sector_level', 'county-1970', 'da')).toBe('county-1970');
  });

  it('shows several choices separated by commas, numbers as keyed (never grouped, decimal comma in Danish), nothing as null', () => {
    const multi = q.variables.find((v) => v.kind !== 'derived' && v.valueKind === 'multi' && (v.choices?.length ?? 0) >= 2);
    const [a, b] = multi?.choices ?? [];
    expect(valueLabel(q, multi?.name ?? null, [a?.code ?? '', b?.code ?? ''], 'da')).toBe(`${a?.label.da}, ${b?.label.da}`);
    expect(valueLabel(q, 'n_employees', 12500, 'da')).toBe('12500');
    expect(valueLabel(q, 'n_employees', 12500, 'en')).toBe('12500');
    expect(valueLabel(q, 'n_employees', 2023, 'da')).toBe('2023');
    expect(valueLabel(q, 'n_employees', 2.5, 'da')).toBe('2,5');
    expect(valueLabel(q, 'n_employees', 2.5, 'en')).toBe('2.5');
    expect(valueLabel(q, 'workplace_name', null, 'da')).toBeNull();
    expect(valueLabel(q, 'workplace_name', '', 'da')).toBeNull();
    expect(valueLabel(q, 'innov_type', [], 'da')).toBeNull();
  });

  it('names a status', () => {
    expect(statusLabel('approved', names)).toBe('Godkendt');
    expect(statusLabel(null, names)).toBeNull();
  });
});
