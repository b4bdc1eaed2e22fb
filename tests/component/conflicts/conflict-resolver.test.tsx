import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChosenContent } from '../../../renderer/src/core/revisions';
import { ConflictResolver } from '../../../renderer/src/features/conflicts/ConflictResolver';
import { conflictRows } from '../../../renderer/src/features/conflicts/conflict-rows';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { testQuestionnaire } from '../../unit/db/test-questionnaire';
import { anna, bo, created, deleted, edited, merged } from '../../unit/revisions/revision-support';

beforeEach(async () => {
  await initI18n('en');
});

const q = testQuestionnaire();
const base = created({ workplace_name: 'Skolen', employees: 40, innovated: 'yes' });
const annas = edited(base, { workplace_name: 'Skolen', employees: 42, innovated: 'yes' }, { actor: anna });
const bos = edited(base, { workplace_name: 'Skolen', employees: 45, innovated: 'no' }, { actor: bo });

function renderResolver(tree = merged(annas, bos)) {
  const rows = conflictRows(tree, q);
  const onResolve = vi.fn<(chosen: ChosenContent, reason: string) => Promise<string | null>>(async () => null);
  render(<ConflictResolver responseKey="K7M-4QX" rows={rows} questionnaire={q} lang="en" onResolve={onResolve} onBack={vi.fn()} />);
  return { rows, onResolve };
}

describe('the side-by-side conflict view', () => {
  it('offers one radio group per differing field, named by the question, starting on the version shown now', () => {
    const { rows } = renderResolver();
    const employees = screen.getByRole('group', { name: /Employees/ });
    const radios = within(employees).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(radios[0]).toHaveProperty('checked', true);
    expect(screen.getByRole('group', { name: /Innovated\?/ })).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Workplace name/ })).toBeNull(); // agreed, not chosen
    expect(rows.differing).toHaveLength(2);
  });

  // Arrow keys between radios are the browser's own behaviour (checked in the browser test); jsdom
  // lacks what user-event needs to walk a radio group, so here Space picks the other version.
  it('is usable from the keyboard: Space chooses the other version, Enter resolves with the choice and the reason', async () => {
    const user = userEvent.setup();
    const { rows, onResolve } = renderResolver();
    const employees = within(screen.getByRole('group', { name: /Employees/ })).getAllByRole('radio');
    employees[1]?.focus();
    await user.keyboard(' ');
    expect(employees[1]).toHaveProperty('checked', true);
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Phoned the workplace');
    screen.getByRole('button', { name: 'Resolve the conflict' }).focus();
    await user.keyboard('{Enter}');
    const other = rows.sides[1];
    expect(onResolve).toHaveBeenCalledWith(
      { answers: { ...rows.sides[0]?.answers, employees: other?.answers.employees }, status: 'draft', deletedAt: null },
      'Phoned the workplace',
    );
  });

  it('shows a refusal and keeps the choices', async () => {
    const user = userEvent.setup();
    const rows = conflictRows(merged(annas, bos), q);
    render(
      <ConflictResolver responseKey="K1" rows={rows} questionnaire={q} lang="en" onResolve={async () => 'Only a coordinator can do this.'} onBack={vi.fn()} />,
    );
    await user.click(screen.getByRole('button', { name: 'Resolve the conflict' }));
    expect(screen.getByRole('alert').textContent).toBe('The conflict was not resolved: Only a coordinator can do this.');
  });

  it('shows deleted-versus-edited as such', () => {
    renderResolver(merged(deleted(base), annas));
    expect(screen.getByRole('note').textContent).toMatch(/deleted in one version and edited in another/);
    const group = screen.getByRole('group', { name: /Deleted or kept/ });
    expect(within(group).getByRole('radio', { name: /Kept \(edited\)/ })).toBeTruthy();
    expect(within(group).getByRole('radio', { name: /Deleted/ })).toBeTruthy();
  });
});
