/**
 * Leaving answers that could not be saved (issue 10, item 7): Esc or a link to another screen asks
 * first, the safe choice (stay) focused; staying keeps the typed text; once the answer is saved
 * nothing is asked; leaving anyway goes. The shell's guard over the real entry form, in a router.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LeaveGuard } from '../../../renderer/src/app/LeaveGuard';
import { UnsavedWorkProvider } from '../../../renderer/src/ui/unsaved-work';
import { renderEntry, wording } from './entry-harness';

/** The shell in small: the guard, a link to another screen, and the form at '/'. */
function inShell(form: ReactNode): ReactNode {
  function Shell() {
    return (
      <>
        <LeaveGuard askOnUnload />
        <nav aria-label="Hovedmenu">
          <Link to="/other">Profiler</Link>
        </nav>
        <Outlet />
      </>
    );
  }
  function Other() {
    return <h1>Andet skærmbillede</h1>;
  }
  const router = (shell.router = createMemoryRouter([{ path: '/', element: <Shell />, children: [{ index: true, element: form }, { path: 'other', element: <Other /> }] }]));
  return (
    <UnsavedWorkProvider>
      <RouterProvider router={router} />
    </UnsavedWorkProvider>
  );
}

/** The router of the shell last made: Esc in the form leaves through it, as the app's onBack does. */
const shell: { router?: ReturnType<typeof createMemoryRouter> } = {};

describe('leaving answers that were not saved', { timeout: 20_000 }, () => {
  it('a link away asks first; staying keeps the text; leaving anyway goes', async () => {
    const { user } = await renderEntry({
      wrap: inShell,
      save: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    });
    const name = await screen.findByRole('textbox', { name: wording('workplace_name') });
    await user.type(name, 'Skolen');
    await user.tab();
    await screen.findByRole('alert');

    await user.click(screen.getByRole('link', { name: 'Profiler' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Nogle svar er ikke gemt' });
    expect(dialog.textContent).toContain('1 svar kunne ikke gemmes. Forlader du siden nu, går det tabt.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Bliv og prøv igen' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('textbox', { name: wording('workplace_name') })).toHaveProperty('value', 'Skolen');

    await user.click(screen.getByRole('link', { name: 'Profiler' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Forlad uden at gemme' }));
    expect(await screen.findByRole('heading', { name: 'Andet skærmbillede' })).toBeTruthy();
  });

  it('Esc from the form asks too; once the answer is saved it goes without asking', async () => {
    let fail = true;
    const { user, stored } = await renderEntry({
      wrap: inShell,
      onLeave: () => void shell.router?.navigate('/other'),
      save: () => {
        if (fail) throw new Error('Disken er fuld');
      },
    });
    const name = await screen.findByRole('textbox', { name: wording('workplace_name') });
    await user.type(name, 'Skolen');
    await user.tab();
    await screen.findByRole('alert');
    await user.click(name);
    await user.keyboard('{Escape}');
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Nogle svar er ikke gemt' })).getByRole('button', { name: 'Bliv og prøv igen' }));

    fail = false;
    await user.type(screen.getByRole('textbox', { name: wording('workplace_name') }), 'n{Enter}');
    await waitFor(() => expect(stored.answers.workplace_name).toBe('Skolenn'));
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'Andet skærmbillede' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
