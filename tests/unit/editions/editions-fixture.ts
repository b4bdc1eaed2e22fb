/**
 * Two small editions of one questionnaire, for the tests across editions. Edition 2 follows 1
 * (previousVersion '1'): it renames the option `region` to `regional` and `process` to `method`,
 * adds the question `ai` and the option `digital`, and retires the question `retired`.
 */
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import type { Questionnaire, QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';

const t = (text: string) => ({ da: text, en: text });

export const edition1: QuestionnaireDef = {
  id: 'editions-test',
  version: '1',
  title: t('Editions test'),
  sections: [
    {
      id: 'a',
      title: t('A'),
      questions: [
        { name: 'name', type: 'text', label: t('Name') },
        { name: 'level', type: 'single', label: t('Level'), choices: 'levels' },
        { name: 'kinds', type: 'multi', label: t('Kinds'), choices: 'kinds' },
        { name: 'retired', type: 'integer', label: t('Retired'), min: 0, max: 100 },
      ],
    },
  ],
  choiceLists: {
    levels: [
      { code: 'state', label: t('State') },
      { code: 'region', label: t('Region') },
    ],
    kinds: [
      { code: 'service', label: t('Service') },
      { code: 'process', label: t('Process') },
      { code: 'none', label: t('None'), exclusive: true },
    ],
  },
  derived: [],
};

export const edition2: QuestionnaireDef = {
  id: 'editions-test',
  version: '2',
  previousVersion: '1',
  title: t('Editions test'),
  sections: [
    {
      id: 'a',
      title: t('A'),
      questions: [
        { name: 'name', type: 'text', label: t('Name') },
        { name: 'level', type: 'single', label: t('Level'), choices: 'levels' },
        { name: 'ai', type: 'single', label: t('AI?'), choices: 'yesno' },
        { name: 'kinds', type: 'multi', label: t('Kinds'), choices: 'kinds' },
      ],
    },
  ],
  choiceLists: {
    levels: [
      { code: 'state', label: t('State') },
      { code: 'regional', label: t('Regional'), previousCode: 'region' },
      { code: 'municipality', label: t('Municipality') },
    ],
    yesno: [
      { code: 'yes', label: t('Yes') },
      { code: 'no', label: t('No') },
    ],
    kinds: [
      { code: 'service', label: t('Service') },
      { code: 'method', label: t('Method'), previousCode: 'process' },
      { code: 'digital', label: t('Digital') },
      { code: 'none', label: t('None'), exclusive: true },
    ],
  },
  derived: [],
};

export function compiled(def: QuestionnaireDef): Questionnaire {
  const loaded = loadQuestionnaire(def);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}
