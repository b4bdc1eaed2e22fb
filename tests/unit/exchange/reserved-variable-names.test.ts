/**
 * Answers are plain objects keyed by variable name, and packages carry them from other computers:
 * a questionnaire may not name a variable `constructor`, `prototype` or `__proto__`.
 */
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import { derived, form, grid, loadMessages, text } from '../core/form-builder';

describe('reserved variable names', () => {
  it.each(['constructor', 'prototype'])('a question named %s is refused with a reason', (name) => {
    expect(loadMessages(form({ questions: [text(name)] }))).toEqual([
      `Question '${name}' name: is a reserved word (constructor, prototype, __proto__): choose another name`,
    ]);
  });

  it('__proto__ is refused as well (it does not even look like a variable name)', () => {
    expect(loadMessages(form({ questions: [text('__proto__')] })).some((m) => m.includes('reserved word'))).toBe(true);
  });

  it('grid rows and derived variables may not take them either', () => {
    const def = form({
      questions: [text('a'), grid('g', 'yn', ['prototype'])],
      lists: { yn: ['yes', 'no'] },
      derived: [derived('constructor', 'text', "'x'")],
    });
    expect(loadMessages(def).filter((m) => m.includes('reserved word'))).toHaveLength(2);
  });

  it('names that merely contain them are fine', () => {
    expect(loadQuestionnaire(form({ questions: [text('constructor_year'), text('prototypes')] })).ok).toBe(true);
  });
});
