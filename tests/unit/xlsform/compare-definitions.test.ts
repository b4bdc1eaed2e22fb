import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { compareDefinitions, previewDefinition } from '../../../renderer/src/core/xlsform/compare-definitions';

const builtin = loadBuiltinQuestionnaire().def;
const copy = (): QuestionnaireDef => structuredClone(builtin);

describe('the preview of an edition', () => {
  it('counts the built-in questionnaire: 39 questions, two of them grids (10 and 6 rows): 37 + 16 = 53 to answer', () => {
    const preview = previewDefinition(builtin);
    expect(preview.sections.map((s) => [s.id, s.questions])).toEqual([['A', 8], ['B', 6], ['C', 32], ['D', 6], ['E', 1]]);
    expect(preview.questions).toBe(53);
    expect(preview.derived).toBe(builtin.derived.length);
  });
});

describe('what differs from the questionnaire in use', () => {
  it('nothing, for the same definition', () => {
    expect(compareDefinitions(builtin, copy())).toEqual({ added: [], removed: [], changed: [] });
  });

  it('one question added, one removed, one option relabelled, one made required', () => {
    const next = copy();
    const a = next.sections[0]!;
    a.questions.push({ name: 'new_q', type: 'text', label: { da: 'Ny', en: 'New' } });
    a.questions = a.questions.filter((q) => q.name !== 'resp_role');
    const sector = next.choiceLists.sector_level!;
    next.choiceLists.sector_level = sector.map((c) => (c.code === 'state' ? { ...c, label: { da: 'Staten', en: 'The state' } } : c));
    const name = a.questions.find((q) => q.name === 'workplace_name')!;
    name.required = !name.required;
    const diff = compareDefinitions(builtin, next);
    expect(diff.added).toEqual(['new_q']);
    expect(diff.removed).toEqual(['resp_role']);
    expect(diff.changed).toEqual([
      { name: 'workplace_name', changes: ['required'], optionsAdded: [], optionsRemoved: [], optionsRelabelled: [] },
      { name: 'sector_level', changes: ['options'], optionsAdded: [], optionsRemoved: [], optionsRelabelled: ['state'] },
    ]);
  });

  it('an option added and one removed in a grid list show on every row of the grid', () => {
    const next = copy();
    const list = next.choiceLists.factor!;
    next.choiceLists.factor = [...list.slice(1), { code: 'n_a', label: { da: 'Ikke relevant', en: 'Not applicable' } }];
    const diff = compareDefinitions(builtin, next);
    const rows = builtin.sections.flatMap((s) => s.questions).find((q) => q.name === 'factor')!.rows!.map((r) => r.name);
    expect(diff.changed.map((c) => c.name)).toEqual(rows);
    expect(diff.changed[0]).toEqual({ name: rows[0], changes: ['options'], optionsAdded: ['n_a'], optionsRemoved: [list[0]!.code], optionsRelabelled: [] });
  });

  it('an option renamed by the mapping of the edition it follows is a new code, not one added and one removed', () => {
    const next = { ...copy(), version: '2027.1', previousVersion: builtin.version };
    next.choiceLists.sector_level = next.choiceLists.sector_level!.map((c) => (c.code === 'state' ? { ...c, code: 'national', previousCode: 'state' } : c));
    expect(compareDefinitions(builtin, next).changed).toEqual([
      { name: 'sector_level', changes: ['options'], optionsAdded: [], optionsRemoved: [], optionsRelabelled: [], optionsRenamed: ['state → national'] },
    ]);
    // Against an edition it does not follow, the same change is one option added and one removed.
    const other = { ...next, previousVersion: '1999.1' };
    expect(compareDefinitions(builtin, other).changed[0]).toMatchObject({ optionsAdded: ['national'], optionsRemoved: ['state'] });
  });
});
