/**
 * Answers in their own edition's words (2024.1 and 2027.1 of the strata fixture, 2027.1 with the
 * level question reworded), and a date answer as the entry form shows it.
 */
import { describe, expect, it } from 'vitest';
import { ownEdition } from '../../../renderer/src/core/editions/own-edition';
import { qualityRows } from '../../../renderer/src/core/quality/quality-rows';
import { qualityReport } from '../../../renderer/src/core/quality/quality-report';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { formatDateAnswer } from '../../../renderer/src/ui/format';
import { valueLabel } from '../../../renderer/src/ui/value-labels';
import { compiled } from './editions-fixture';
import { strata2024, strata2027 } from './strata-fixture';

const q24 = compiled(strata2024);

/** 2027.1 with the level question reworded and required. */
const reworded: QuestionnaireDef = {
  ...strata2027,
  sections: strata2027.sections.map((s) => ({
    ...s,
    questions: s.questions.map((q) => (q.name === 'sector_level' ? { ...q, label: { da: 'Niveau i den offentlige sektor', en: 'Level of government' }, required: true } : q)),
  })),
};
const r27 = compiled(reworded);
const held = { get: (id: string, version: string) => [q24, r27].find((q) => q.id === id && q.version === version) };

describe('answers in their own edition’s words', () => {
  it('a 2027.1 answer national reads «Staten» in 2027.1 (the built-in 2024.1 has no such option and showed the code)', () => {
    const response = { questionnaireId: 'strata-test', questionnaireVersion: '2027.1' };
    expect(valueLabel(q24, 'sector_level', 'national', 'da')).toBe('national');
    expect(valueLabel(ownEdition(held, response, q24), 'sector_level', 'national', 'da')).toBe('Staten');
    expect(valueLabel(ownEdition(held, { questionnaireId: 'strata-test', questionnaireVersion: '2024.1' }, q24), 'sector_level', 'state', 'en')).toBe('State');
    // An edition this computer does not hold: the questionnaire in use.
    expect(ownEdition(held, { questionnaireId: 'strata-test', questionnaireVersion: '2031.1' }, q24)).toBe(q24);
  });

  it('a data-quality finding names its question in the edition its response was checked against, on screen and in the sheet', () => {
    const editionOf = held.get;
    const findings = qualityReport([{ id: 'x', key: 'K9', answers: { policy_area: 'culture' }, questionnaireId: 'strata-test', questionnaireVersion: '2027.1' }], q24, { editionOf });
    expect(findings.map((f) => [f.rule, f.variable, f.questionnaireVersion])).toEqual([['required-unanswered', 'sector_level', '2027.1']]);
    expect(qualityRows(findings, q24, 'da', editionOf)[0]?.[3]).toBe('Niveau i den offentlige sektor');
    expect(qualityRows(findings, q24, 'da')[0]?.[3]).toBe('Forvaltningsniveau');
  });
});

describe('a date answer', () => {
  const dated = compiled({
    ...strata2024,
    sections: [{ id: 'a', title: { da: 'A', en: 'A' }, questions: [{ name: 'taken_into_use', type: 'date', label: { da: 'Hvornår?', en: 'When?' } }] }],
  });

  it('reads 03-02-2021 (dd-mm-åååå, as keyed on the entry form) in Danish and English, not 2021-02-03', () => {
    expect(formatDateAnswer('2021-02-03', 'da')).toBe('03-02-2021');
    expect(formatDateAnswer('2021-02-03', 'en')).toBe('03-02-2021');
    expect(formatDateAnswer('2024-12-31', 'da')).toBe('31-12-2024');
    expect(formatDateAnswer('not a date', 'da')).toBe('not a date');
    expect(valueLabel(dated, 'taken_into_use', '2021-02-03', 'da')).toBe('03-02-2021');
    expect(valueLabel(dated, 'taken_into_use', '2021-02-03', 'en')).toBe('03-02-2021');
    // Only a date question's answer is read as a date.
    expect(valueLabel(q24, 'policy_area', '2021-02-03', 'da')).toBe('2021-02-03');
  });
});
