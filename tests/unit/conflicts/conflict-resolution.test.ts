import { describe, expect, it } from 'vitest';
import { resolveConflict } from '../../../renderer/src/core/revisions/new-revision';
import { isConflicted } from '../../../renderer/src/core/revisions/winner';
import { answerLabel } from '../../../renderer/src/features/conflicts/answer-label';
import { conflictRows, fieldId } from '../../../renderer/src/features/conflicts/conflict-rows';
import { chosenContent, initialChoices } from '../../../renderer/src/features/conflicts/resolution-choice';
import { testQuestionnaire } from '../db/test-questionnaire';
import { anna, bo, coordinator, created, deleted, edited, merged, unwrap } from '../revisions/revision-support';

const q = testQuestionnaire();
const base = created({ workplace_name: 'Skolen', employees: 40, innovated: 'yes', kinds: ['service'] });
// Anna changes the employees and kinds; Bo changes the employees and adds an area.
const annas = edited(base, { workplace_name: 'Skolen', employees: 42, innovated: 'yes', kinds: ['service', 'process'] }, { actor: anna });
const bos = edited(base, { workplace_name: 'Skolen', employees: 45, innovated: 'yes', kinds: ['service'], policy_area: 'schools' }, { actor: bo, updatedAt: '2025-03-01T10:00:00.000Z' });
const conflict = merged(annas, bos);

describe('the side-by-side rows of a conflict', () => {
  it('lists the differing fields in questionnaire order and the agreeing ones apart', () => {
    const rows = conflictRows(conflict, q);
    expect(rows.sides).toHaveLength(2);
    expect(rows.differing).toEqual([
      { kind: 'answer', name: 'employees' },
      { kind: 'answer', name: 'policy_area' },
      { kind: 'answer', name: 'kinds' },
    ]);
    expect(rows.agreeing).toEqual(['workplace_name', 'innovated']);
  });

  it('shows deleted-versus-edited as a field of its own', () => {
    const rows = conflictRows(merged(deleted(base), annas), q);
    expect(rows.differing[0]).toEqual({ kind: 'deleted' });
    expect(rows.sides.map((s) => s.deletedAt !== null)).toEqual([false, true]); // the live side wins the display
  });
});

describe('choosing field by field', () => {
  it('starts on the values the response shows now (the winner)', () => {
    const rows = conflictRows(conflict, q);
    const chosen = chosenContent(rows, initialChoices(rows));
    expect(chosen.answers).toEqual(rows.sides[0]?.answers);
  });

  it('takes each field from the chosen side, dropping an answer the chosen side lacks', () => {
    const rows = conflictRows(conflict, q);
    const annaSide = rows.sides.findIndex((s) => s.updatedByName === anna.name);
    const boSide = 1 - annaSide;
    const chosen = chosenContent(rows, {
      [fieldId({ kind: 'answer', name: 'employees' })]: boSide,
      [fieldId({ kind: 'answer', name: 'kinds' })]: annaSide,
      [fieldId({ kind: 'answer', name: 'policy_area' })]: annaSide,
    });
    expect(chosen).toEqual({
      answers: { workplace_name: 'Skolen', employees: 45, innovated: 'yes', kinds: ['service', 'process'] },
      status: 'draft',
      deletedAt: null,
    });
    const resolved = unwrap(resolveConflict(conflict, chosen, coordinator, '2025-03-03T08:00:00.000Z'));
    expect(isConflicted(resolved.tree)).toBe(false);
  });

  it('keeps a deletion when the coordinator chooses the deleted side', () => {
    const rows = conflictRows(merged(deleted(base), annas), q);
    expect(chosenContent(rows, { deleted: 1 }).deletedAt).toBe('2025-03-02T10:00:00.000Z');
    expect(chosenContent(rows, { deleted: 0 }).deletedAt).toBeNull();
  });
});

describe('answers as a person reads them', () => {
  it('shows choice labels, numbers with the decimal mark of the language, and nothing for unanswered', () => {
    expect(answerLabel(q.byName.get('policy_area'), 'schools', 'da')).toBe('Schools');
    expect(answerLabel(q.byName.get('kinds'), ['service', 'process'], 'en')).toBe('Service; Process');
    expect(answerLabel(q.byName.get('employees'), 2.5, 'da')).toBe('2,5');
    expect(answerLabel(q.byName.get('employees'), 1250, 'da')).toBe('1250');
    expect(answerLabel(q.byName.get('workplace_name'), 'Skolen', 'da')).toBe('Skolen');
    expect(answerLabel(q.byName.get('employees'), undefined, 'da')).toBeNull();
  });
});
