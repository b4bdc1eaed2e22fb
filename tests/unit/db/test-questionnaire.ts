/**
 * A small questionnaire for the store tests, compiled by the real loader: a workplace (with government
 * level and area for the review queue), a required yes/no question, a routed multiple choice, a
 * number with bounds, a grid and a derived variable.
 */
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import type { Questionnaire, QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';

const t = (text: string) => ({ da: text, en: text });

export const testDefinition: QuestionnaireDef = {
  id: 'store-test',
  version: '1',
  title: t('Store test'),
  sections: [
    {
      id: 'a',
      title: t('Workplace'),
      questions: [
        { name: 'workplace_name', type: 'text', label: t('Workplace name'), required: true },
        { name: 'workplace_id', type: 'text', label: t('Workplace id') },
        { name: 'employees', type: 'integer', label: t('Employees'), min: 0, max: 100000 },
        { name: 'sector_level', type: 'single', label: t('Government level'), choices: 'levels' },
        { name: 'policy_area', type: 'single', label: t('Area'), choices: 'areas' },
      ],
    },
    {
      id: 'b',
      title: t('Innovation'),
      questions: [
        { name: 'innovated', type: 'single', label: t('Innovated?'), choices: 'yesno', required: true },
        { name: 'kinds', type: 'multi', label: t('Kinds'), choices: 'kinds', relevant: "${innovated} = 'yes'" },
        {
          name: 'effects',
          type: 'grid',
          label: t('Effects'),
          choices: 'yesno',
          rows: [
            { name: 'effect_quality', label: t('Quality') },
            { name: 'effect_cost', label: t('Cost') },
          ],
        },
      ],
    },
  ],
  choiceLists: {
    levels: [
      { code: 'state', label: t('State') },
      { code: 'region', label: t('Region') },
      { code: 'municipality', label: t('Municipality') },
    ],
    areas: [
      { code: 'health', label: t('Health') },
      { code: 'schools', label: t('Schools') },
    ],
    yesno: [
      { code: 'yes', label: t('Yes') },
      { code: 'no', label: t('No') },
    ],
    kinds: [
      { code: 'service', label: t('Service') },
      { code: 'process', label: t('Process') },
      { code: 'none', label: t('None'), exclusive: true },
    ],
  },
  derived: [{ name: 'large', type: 'integer', label: t('Large'), calculation: 'if(${employees} >= 50, 1, 0)' }],
};

export function testQuestionnaire(def: QuestionnaireDef = testDefinition): Questionnaire {
  const loaded = loadQuestionnaire(def);
  if (!loaded.ok) throw new Error(`Test questionnaire does not load: ${JSON.stringify(loaded.error)}`);
  return loaded.value;
}
