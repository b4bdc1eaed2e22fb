/** Moving a draft to a later edition, planned answer by answer: kept, mapped through the declared renames, dropped with the reason. */
import { describe, expect, it } from 'vitest';
import { planDraftMove } from '../../../renderer/src/core/editions/draft-move';
import { editionKey } from '../../../renderer/src/core/editions/edition-order';
import { codeMapAlong, checkRenamesAgainst } from '../../../renderer/src/core/editions/option-mapping';
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { compiled, edition1, edition2 } from './editions-fixture';

const q1 = compiled(edition1);
const q2 = compiled(edition2);
const defs = new Map([[editionKey(q1.id, '1'), edition1], [editionKey(q2.id, '2'), edition2]]);

describe('the plan of a move from edition 1 to edition 2', () => {
  it('keeps, maps and drops each answer, in the old edition’s order', () => {
    const plan = planDraftMove({ retired: 7, kinds: ['process', 'service'], level: 'region', name: 'A' }, q1, q2, defs);
    expect(plan.moves).toEqual([
      { field: 'name', outcome: 'kept', from: 'A', to: 'A' },
      { field: 'level', outcome: 'mapped', from: 'region', to: 'regional' },
      { field: 'kinds', outcome: 'mapped', from: ['process', 'service'], to: ['method', 'service'] },
      { field: 'retired', outcome: 'dropped', from: 7, reason: 'question-gone' },
    ]);
    expect(plan.answers).toEqual({ name: 'A', level: 'regional', kinds: ['method', 'service'] });
    expect(plan.counts).toEqual({ kept: 1, mapped: 2, dropped: 1 });
  });

  it('a code that is no option of the new edition is dropped; a multiple choice loses only those codes', () => {
    const later: QuestionnaireDef = structuredClone(edition2);
    later.version = '3';
    later.previousVersion = '2';
    later.choiceLists.levels = [{ code: 'state', label: { da: 'Stat', en: 'State' } }];
    later.choiceLists.kinds = [{ code: 'service', label: { da: 'Service', en: 'Service' } }];
    const loaded = loadQuestionnaire(later);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const all = new Map([...defs, [editionKey(later.id, '3'), later]]);
    const plan = planDraftMove({ level: 'region', kinds: ['service', 'process'] }, q1, loaded.value, all);
    expect(plan.moves).toEqual([
      { field: 'level', outcome: 'dropped', from: 'region', reason: 'option-gone' },
      { field: 'kinds', outcome: 'mapped', from: ['service', 'process'], to: ['service'], lost: ['process'] },
    ]);
  });

  it('a question that holds another kind of value in the new edition drops its answer', () => {
    const later: QuestionnaireDef = structuredClone(edition2);
    later.sections[0]!.questions[0] = { name: 'name', type: 'integer', label: { da: 'Navn', en: 'Name' } };
    const plan = planDraftMove({ name: 'A' }, q1, compiled(later), defs);
    expect(plan.moves).toEqual([{ field: 'name', outcome: 'dropped', from: 'A', reason: 'type-changed' }]);
  });
});

describe('renames across a chain of editions', () => {
  it('compose: region → regional (2) → regions (3)', () => {
    const third: QuestionnaireDef = structuredClone(edition2);
    third.version = '3';
    third.previousVersion = '2';
    third.choiceLists.levels = [
      { code: 'state', label: { da: 'Stat', en: 'State' } },
      { code: 'regions', label: { da: 'Regioner', en: 'Regions' }, previousCode: 'regional' },
    ];
    expect([...codeMapAlong([edition1, edition2, third], 'level')]).toEqual([['region', 'regions']]);
  });

  it('a previous code the previous edition does not have is named', () => {
    const wrong: QuestionnaireDef = structuredClone(edition2);
    wrong.choiceLists.levels![1]!.previousCode = 'county';
    expect(checkRenamesAgainst(wrong, edition1)).toEqual([{ list: 'levels', previousCode: 'county', code: 'regional' }]);
    expect(checkRenamesAgainst(edition2, edition1)).toEqual([]);
  });
});

describe('the mapping is checked at load', () => {
  const messages = (def: QuestionnaireDef) => {
    const loaded = loadQuestionnaire(def);
    return loaded.ok ? [] : loaded.error.map((e) => e.message);
  };

  it('a rename without a previous version, to the same code, of a code still in the list, or twice, is refused', () => {
    const noPrevious: QuestionnaireDef = structuredClone(edition2);
    delete noPrevious.previousVersion;
    expect(messages(noPrevious)[0]).toContain("names its code in the previous edition ('region'), but the questionnaire names no previous version");
    const same: QuestionnaireDef = structuredClone(edition2);
    same.choiceLists.levels![1]!.previousCode = 'regional';
    expect(messages(same)[0]).toContain('names its own code as its previous code');
    const still: QuestionnaireDef = structuredClone(edition2);
    still.choiceLists.levels![1]!.previousCode = 'state';
    expect(messages(still)[0]).toContain("maps the previous code 'state', which is still an option of this list");
    const twice: QuestionnaireDef = structuredClone(edition2);
    twice.choiceLists.levels![2]!.previousCode = 'region';
    expect(messages(twice)[0]).toContain("the previous code 'region' is mapped by two options");
    const self: QuestionnaireDef = { ...structuredClone(edition2), previousVersion: '2' };
    expect(messages(self)[0]).toContain('names its own version 2 as its previous version');
  });

  it('a well-formed mapping loads', () => {
    expect(messages(edition2)).toEqual([]);
  });
});
