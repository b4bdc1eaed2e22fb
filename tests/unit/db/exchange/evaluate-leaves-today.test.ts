/**
 * The leaves an import hands off to be evaluated (`evaluateOnCallingThread`, behind `evaluateInWorker`)
 * are evaluated on the day their response was created, as the package reader evaluates them: today()
 * in an edition's expression is that day, not empty.
 */
import { describe, expect, it } from 'vitest';
import { evaluateOnCallingThread, leafKey } from '../../../../renderer/src/db/package-read-client';
import { date, form, text } from '../../core/form-builder';

// «Skolestart» is asked only of responses created before 2022: today() is the creation day.
const def = form({ questions: [text('name'), date('school_start', { relevant: "today() < date('2022-01-01')" })] });

describe('evaluating the leaves an import hands off', () => {
  it('uses each response’s creation day for today(): a response from 2021 is asked the date, one from 2023 is not', () => {
    const leaf = (id: string, createdAt: string) => ({
      key: leafKey(id, '1-a', def.version),
      questionnaireId: def.id,
      questionnaireVersion: def.version,
      answers: { name: 'Skolen' },
      createdAt,
    });
    const ratios = evaluateOnCallingThread({
      evaluate: [leaf('r2021', '2021-03-05T09:00:00.000Z'), leaf('r2023', '2023-03-05T09:00:00.000Z')],
      definitions: [def],
    });
    // 2021: name and school_start asked, name answered → 1 / 2. 2023: only name asked, answered → 1 / 1.
    expect(ratios).toEqual([
      [leafKey('r2021', '1-a', def.version), 0.5],
      [leafKey('r2023', '1-a', def.version), 1],
    ]);
  });

  it('a creation just before midnight in Copenhagen counts as that Copenhagen day (2021-12-31 23:30 local is 22:30 UTC)', () => {
    const ratios = evaluateOnCallingThread({
      evaluate: [{ key: 'k', questionnaireId: def.id, questionnaireVersion: def.version, answers: { name: 'Skolen' }, createdAt: '2021-12-31T22:30:00.000Z' }],
      definitions: [def],
    });
    // 2021-12-31 in Copenhagen: before 2022-01-01, so the date is asked → 1 / 2.
    expect(ratios).toEqual([['k', 0.5]]);
  });
});
