/**
 * Two editions whose strata differ, for the weights and the export's filters across editions.
 * 2027.1 follows 2024.1: it renames the government level `state` to `national`, retires the level
 * `other` and adds the area `culture`.
 */
import type { Answers, QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';

const t = (da: string, en = da) => ({ da, en });

export const strata2024: QuestionnaireDef = {
  id: 'strata-test',
  version: '2024.1',
  title: t('Strata test'),
  sections: [
    {
      id: 'a',
      title: t('A'),
      questions: [
        { name: 'sector_level', type: 'single', label: t('Forvaltningsniveau', 'Government level'), choices: 'levels' },
        { name: 'policy_area', type: 'single', label: t('Område', 'Area'), choices: 'areas' },
      ],
    },
  ],
  choiceLists: {
    levels: [
      { code: 'state', label: t('Stat', 'State') },
      { code: 'municipality', label: t('Kommune', 'Municipality') },
      { code: 'other', label: t('Andet niveau', 'Other level') },
    ],
    areas: [
      { code: 'health', label: t('Sundhed', 'Health') },
      { code: 'school', label: t('Skole', 'School') },
    ],
  },
  derived: [],
};

export const strata2027: QuestionnaireDef = {
  ...strata2024,
  version: '2027.1',
  previousVersion: '2024.1',
  choiceLists: {
    levels: [
      { code: 'national', label: t('Staten', 'Central government'), previousCode: 'state' },
      { code: 'municipality', label: t('Kommune', 'Municipality') },
    ],
    areas: [
      { code: 'health', label: t('Sundhed', 'Health') },
      { code: 'school', label: t('Skole', 'School') },
      { code: 'culture', label: t('Kultur', 'Culture') },
    ],
  },
};

/** A response as the export and the figures read it. */
export const strataRecord = (n: number, version: string, answers: Answers) => ({
  id: `r${n}`, key: `K${n}`, status: 'completed', createdByName: 'Anna', createdAt: `2027-01-0${n}T10:00:00.000Z`, updatedAt: `2027-01-0${n}T10:00:00.000Z`,
  questionnaireId: 'strata-test', questionnaireVersion: version, answers,
});

/** Four responses keyed in 2024.1, three in 2027.1. */
export const strataRecords = [
  strataRecord(1, '2024.1', { sector_level: 'state', policy_area: 'health' }),
  strataRecord(2, '2024.1', { sector_level: 'state', policy_area: 'school' }),
  strataRecord(3, '2024.1', { sector_level: 'other', policy_area: 'health' }),
  strataRecord(4, '2024.1', { sector_level: 'municipality', policy_area: 'health' }),
  strataRecord(5, '2027.1', { sector_level: 'national', policy_area: 'health' }),
  strataRecord(6, '2027.1', { sector_level: 'municipality', policy_area: 'school' }),
  strataRecord(7, '2027.1', { sector_level: 'municipality', policy_area: 'culture' }),
];
