/**
 * Finding one's way: the whole app over fake IndexedDB, walked by its navigation alone. Every item
 * opens its screen and is marked as the current one; Alt+← and Alt+→ go back and forward inside the
 * app; a route the role may not open shows the roles table's message inside the frame.
 */
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { bootstrap } from '../../../renderer/src/app/bootstrap';
import { RouteGuard } from '../../../renderer/src/app/RouteGuard';
import { navFor } from '../../../renderer/src/core/navigation/nav-model';
import { SCREENS } from '../../../renderer/src/core/navigation/screens';
import { can } from '../../../renderer/src/core/permissions/permissions';
import { ROLES, type Role } from '../../../renderer/src/core/permissions/roles';
import { navStrings } from '../../../renderer/src/app/nav-strings';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { anna, carl, dora, uniqueDbName } from '../../unit/db/db-test-support';
import { openStore, renderWith } from '../audit/services-harness';

async function startAs(role: Role) {
  const name = uniqueDbName('nav');
  const first = await bootstrap(name);
  if (!first.ok) throw new Error(first.error.message);
  const created = await first.value.profiles.create({ name: 'Mette Hansen', initials: 'MH', role });
  await first.value.settings.set('activeProfileId', created.id);
  first.value.db.close();
  const boot = await bootstrap(name);
  if (!boot.ok) throw new Error(boot.error.message);
  await initI18n('da');
  render(<App boot={boot.value} />);
  await screen.findByRole('heading', { level: 1, name: 'Besvarelser' }, { timeout: 10_000 });
}

const nav = () => within(screen.getByRole('navigation', { name: 'Hovedmenu' }));
const label = (id: keyof typeof navStrings.da.items) => navStrings.da.items[id];
const current = () => nav().getAllByRole('link').filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent);

describe('the navigation', { timeout: 30_000 }, () => {
  it.each(ROLES)('%s: every item opens its screen and is marked as current', async (role) => {
    await startAs(role);
    const expected = navFor(role).flatMap((s) => s.items.map((i) => label(i.id)));
    expect(nav().getAllByRole('link').map((a) => a.textContent)).toEqual(expected);
    expect(current()).toEqual(['Besvarelser']);
    const user = userEvent.setup();
    for (const item of expected) {
      await user.click(nav().getByRole('link', { name: item }));
      await waitFor(() => expect(current()).toEqual([item]));
      // A screen's code may still be on its way ("Henter siden …"): wait for its heading.
      expect(await screen.findAllByRole('heading', { level: 1 }, { timeout: 10_000 })).toHaveLength(1);
      expect(screen.queryByText(/Ingen adgang/)).toBeNull();
    }
  });

  it('goes back and forward with Alt+← and Alt+→, and the list is always one click away', async () => {
    await startAs('coordinator');
    const user = userEvent.setup();
    await user.click(nav().getByRole('link', { name: 'Gennemgang' }));
    await user.click(nav().getByRole('link', { name: 'Overblik' }));
    await waitFor(() => expect(current()).toEqual(['Overblik']));
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await waitFor(() => expect(current()).toEqual(['Gennemgang']));
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await waitFor(() => expect(current()).toEqual(['Besvarelser']));
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(current()).toEqual(['Gennemgang']));
    // The current item is a link like the others: clicking it again keeps the screen (no toggling).
    await user.click(nav().getByRole('link', { name: 'Gennemgang' }));
    await waitFor(() => expect(current()).toEqual(['Gennemgang']));
  });
});

describe('the route guard', () => {
  const people = { surveyor: anna, coordinator: carl, auditor: dora } as const;
  const cases = ROLES.flatMap((role) => SCREENS.map((spec) => [role, spec.id, spec] as const));

  it.each(cases)('%s on %s: the screen exactly when can() allows it, else the table\'s message', async (role, _id, spec) => {
    const store = await openStore();
    try {
      const router = createMemoryRouter([{ path: '*', element: <RouteGuard spec={spec}><p>the screen itself</p></RouteGuard> }]);
      await renderWith(store, people[role], <RouterProvider router={router} />);
      const decision = can(role, spec.action);
      if (decision.allowed) {
        expect(screen.getByText('the screen itself')).toBeTruthy();
      } else {
        expect(screen.queryByText('the screen itself')).toBeNull();
        expect(screen.getByRole('alert').textContent).toContain(decision.message.da);
        expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(label(spec.id));
      }
    } finally {
      store.close();
    }
  });
});
