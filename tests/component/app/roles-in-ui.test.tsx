/**
 * Roles in the UI: the whole app, started the way main.tsx starts it (over fake IndexedDB), shows
 * each role only what it may do: the navigation holds exactly the screens the roles table opens to
 * the role. Surveyors: no review queue, no export, no weights. Coordinators: export, weights, and the
 * queue to read. Auditors: the queue, no "new response", no export. The header and the window title
 * say who is working and as what.
 */
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { bootstrap } from '../../../renderer/src/app/bootstrap';
import type { Role } from '../../../renderer/src/db/records';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { uniqueDbName } from '../../unit/db/db-test-support';

async function startAs(role: Role) {
  const name = uniqueDbName('roles-ui');
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
  return boot.value;
}

const header = () => within(document.querySelector('header.app-header') as HTMLElement);
const nav = () => within(screen.getByRole('navigation', { name: 'Hovedmenu' }));
const has = (name: string) => nav().queryByRole('link', { name }) !== null;

describe('what each role is offered', { timeout: 20_000 }, () => {
  it('a surveyor keys responses; no review queue, export or weights', async () => {
    await startAs('surveyor');
    expect(screen.getByRole('button', { name: 'Ny besvarelse' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Eksportér til Excel' })).toBeNull();
    expect(has('Gennemgang')).toBe(false);
    expect(has('Vægte')).toBe(false);
    expect(has('Profiler')).toBe(true);
    expect(header().getByText('Aktiv profil: Mette Hansen (MH), Interviewer')).toBeTruthy();
    expect(document.title).toBe('Barometer Entry — Mette Hansen (Interviewer)');
  });

  it('a coordinator keys, exports, imports weights and reads the review queue', async () => {
    await startAs('coordinator');
    expect(screen.getByRole('button', { name: 'Ny besvarelse' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Eksportér til Excel' })).toBeTruthy();
    expect(has('Gennemgang')).toBe(true);
    expect(has('Vægte')).toBe(true);
    expect(document.title).toBe('Barometer Entry — Mette Hansen (Koordinator)');
  });

  it('an auditor reviews; no new response, no export, no weights', async () => {
    await startAs('auditor');
    expect(screen.queryByRole('button', { name: 'Ny besvarelse' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Eksportér til Excel' })).toBeNull();
    expect(has('Gennemgang')).toBe(true);
    expect(has('Vægte')).toBe(false);
    expect(header().getByText('Aktiv profil: Mette Hansen (MH), Revisor')).toBeTruthy();
  });
});
