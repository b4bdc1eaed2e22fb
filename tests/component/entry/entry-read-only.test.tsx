import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { questionnaire as builtin, renderEntry, wording } from './entry-harness';

/** The built-in questionnaire with the workplace id read-only and given. */
function withReadOnlyId() {
  const def: QuestionnaireDef = structuredClone(builtin.def);
  def.version = 'read-only-test';
  const a = def.sections[0]!;
  a.questions = a.questions.map((q) => (q.name === 'workplace_id' ? { ...q, default: '12345678', readOnly: true } : q));
  const loaded = loadQuestionnaire(def);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

describe('a read-only question', { timeout: 20_000 }, () => {
  it('shows its answer, says why it cannot be changed, and typing into it commits nothing', async () => {
    const { user, commits } = await renderEntry({ questionnaire: withReadOnlyId(), answers: { workplace_id: '12345678' } });
    const field = screen.getByRole('textbox', { name: wording('workplace_id'), description: /givet af spørgeskemaet og kan ikke ændres/ });
    expect(field).toMatchObject({ value: '12345678', readOnly: true });
    await user.click(field);
    await user.keyboard('999');
    await user.tab();
    expect(field).toHaveProperty('value', '12345678');
    expect(commits.filter((c) => c.field === 'workplace_id')).toEqual([]);
    // The question next to it is not read-only.
    expect(screen.getByRole('textbox', { name: wording('workplace_name') })).toHaveProperty('readOnly', false);
  });
});
