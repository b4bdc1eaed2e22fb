import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { questionnaire as builtin, renderEntry, wording } from './entry-harness';

/** The built-in questionnaire with the government level as a drop-down and the area side by side. */
function withAppearances() {
  const def: QuestionnaireDef = structuredClone(builtin.def);
  def.version = 'appearance-test';
  const a = def.sections[0]!;
  a.questions = a.questions.map((q) => (q.name === 'sector_level' ? { ...q, appearance: 'minimal' } : q.name === 'policy_area' ? { ...q, appearance: 'horizontal' } : q));
  const loaded = loadQuestionnaire(def);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

describe('XLSForm appearances of a choice', { timeout: 20_000 }, () => {
  it('minimal: a drop-down list named by the wording; the choice is saved when made, Enter moves on', async () => {
    const { user, stored } = await renderEntry({ questionnaire: withAppearances() });
    const level = screen.getByRole('combobox', { name: wording('sector_level') });
    expect(within(level).getAllByRole('option').map((o) => o.textContent)).toEqual(['Vælg …', 'Stat', 'Region', 'Kommune']);
    await user.selectOptions(level, 'Region');
    expect(stored.answers.sector_level).toBe('region');
    level.focus();
    await user.keyboard('{Enter}');
    const area = screen.getByRole('radiogroup', { name: wording('policy_area') });
    expect(area.contains(document.activeElement)).toBe(true);
    await user.selectOptions(level, 'Vælg …');
    expect(stored.answers.sector_level).toBeUndefined();
  });

  it('horizontal: the same radio group, its options side by side', async () => {
    await renderEntry({ questionnaire: withAppearances() });
    const area = screen.getByRole('radiogroup', { name: wording('policy_area') });
    expect(within(area).getAllByRole('radio').length).toBeGreaterThan(1);
    expect(within(area).getAllByRole('radio')[0]!.closest('.q-options')?.classList.contains('q-options-horizontal')).toBe(true);
  });
});
