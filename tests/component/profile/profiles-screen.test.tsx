/**
 * The profile screen over a real store: who may add which role, switching with a PIN (a wrong PIN
 * changes nothing), and setting the own PIN.
 */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../../renderer/src/db/records';
import { ProfilesScreen } from '../../../renderer/src/features/profile/ProfilesScreen';
import { anna, carl, dora } from '../../unit/db/db-test-support';
import { openStore, renderWith, type Store } from '../audit/services-harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const SLOW = { timeout: 20_000 };

describe('profiles', SLOW, () => {
  it('a surveyor adds a surveyor (no role to choose), and the new profile is listed', async () => {
    const user = userEvent.setup();
    await renderWith(store, anna, <ProfilesScreen onSwitched={vi.fn()} />);
    const form = await screen.findByRole('form', { name: 'Opret en profil' });
    expect(within(form).queryByRole('radio')).toBeNull();
    expect(within(form).getByText(/Profiler for koordinatorer og revisorer oprettes af en koordinator/)).toBeTruthy();
    await user.type(within(form).getByLabelText('Navn'), 'Eva Lund');
    await user.type(within(form).getByLabelText('Initialer'), 'el{Enter}');
    expect(await within(form).findByText('Profilen Eva Lund (Interviewer) er oprettet.')).toBeTruthy();
    expect(await screen.findByText(/^Eva Lund \(EL\) · Interviewer/)).toBeTruthy();
    const stored = await store.services(anna).profiles.list();
    expect(stored.find((p) => p.name === 'Eva Lund')?.role).toBe('surveyor');
  });

  it('on a computer without a coordinator, a surveyor still cannot add a coordinator or an auditor', async () => {
    await store.db.profiles.bulkDelete([carl.id, dora.id]);
    await renderWith(store, anna, <ProfilesScreen onSwitched={vi.fn()} />);
    const form = await screen.findByRole('form', { name: 'Opret en profil' });
    expect(within(form).queryByRole('radio')).toBeNull();
    await expect(store.services(anna).profiles.create({ name: 'Selv Revisor', initials: 'SR', role: 'auditor', pin: null }, anna)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await store.services(anna).profiles.list()).map((p) => p.role)).not.toContain('auditor');
  });

  it('a coordinator may add every role; an auditor with a PIN is listed as having one', async () => {
    const user = userEvent.setup();
    await renderWith(store, carl, <ProfilesScreen onSwitched={vi.fn()} />);
    const form = await screen.findByRole('form', { name: 'Opret en profil' });
    expect(within(form).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['surveyor', 'coordinator', 'auditor']);
    await user.type(within(form).getByLabelText('Navn'), 'Rasmus Revisor');
    await user.type(within(form).getByLabelText('Initialer'), 'RR');
    await user.click(within(form).getByRole('radio', { name: 'Revisor' }));
    await user.type(within(form).getByLabelText('Pinkode (valgfri)'), '4711{Enter}');
    expect(await within(form).findByText('Profilen Rasmus Revisor (Revisor) er oprettet.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByText('Rasmus Revisor (RR) · Revisor · med pinkode')).toBeTruthy();
  });

  it('switching to a profile with a PIN: a wrong PIN is refused and nothing changes; the right one switches', async () => {
    await store.services(dora).profiles.setPin(dora, dora.id, '4711');
    await store.services(anna).settings.set('activeProfileId', anna.id);
    const onSwitched = vi.fn<(p: Profile) => void>();
    const user = userEvent.setup();
    await renderWith(store, anna, <ProfilesScreen onSwitched={onSwitched} />);
    await user.click(await screen.findByRole('button', { name: 'Skift til Dora Ibsen' }));
    const pin = screen.getByLabelText('Pinkode for Dora Ibsen');
    expect(document.activeElement).toBe(pin);
    await user.type(pin, '1234{Enter}');
    expect(await screen.findByText('Kunne ikke skifte profil: Pinkoden er forkert.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(onSwitched).not.toHaveBeenCalled();
    expect(await store.services(anna).settings.get('activeProfileId')).toBe(anna.id);
    await user.type(pin, '4711{Enter}');
    await vi.waitFor(() => expect(onSwitched).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(onSwitched.mock.calls[0]?.[0]).toMatchObject({ id: dora.id, role: 'auditor' });
    expect(await store.services(anna).settings.get('activeProfileId')).toBe(dora.id);
  });

  it('speaks English on request', async () => {
    await renderWith(store, carl, <ProfilesScreen onSwitched={vi.fn()} />, 'en');
    const form = await screen.findByRole('form', { name: 'Add a profile' });
    expect(within(form).getAllByRole('radio').map((r) => r.closest('div')?.querySelector('label')?.textContent)).toEqual(['Surveyor', 'Coordinator', 'Auditor']);
    expect(screen.getByRole('button', { name: 'Switch to Dora Ibsen' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Your PIN' })).toBeTruthy();
  });

  it('a profile without a PIN switches at once', async () => {
    const onSwitched = vi.fn<(p: Profile) => void>();
    const user = userEvent.setup();
    await renderWith(store, anna, <ProfilesScreen onSwitched={onSwitched} />);
    await user.click(await screen.findByRole('button', { name: 'Skift til Carl Mørk' }));
    await vi.waitFor(() => expect(onSwitched).toHaveBeenCalledTimes(1));
    expect(onSwitched.mock.calls[0]?.[0]).toMatchObject({ id: carl.id });
  });

  it('sets the own PIN; changing it then asks for the current one', async () => {
    const user = userEvent.setup();
    await renderWith(store, anna, <ProfilesScreen onSwitched={vi.fn()} />);
    const form = screen.getByRole('form', { name: 'Din pinkode' });
    expect(within(form).getByText('Din profil har ingen pinkode.')).toBeTruthy();
    await user.type(within(form).getByLabelText('Ny pinkode'), '12{Enter}');
    expect(within(form).getByRole('alert').textContent).toBe('En pinkode er 4 til 12 cifre.');
    await user.clear(within(form).getByLabelText('Ny pinkode'));
    await user.type(within(form).getByLabelText('Ny pinkode'), '2468{Enter}');
    expect(await within(form).findByText('Din pinkode er gemt.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await within(form).findByText('Din profil har en pinkode.')).toBeTruthy();
    expect(await store.services(anna).profiles.verifyPin(anna.id, '2468')).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Fjern pinkode' }));
    expect(within(form).getByRole('alert').textContent).toBe('Skriv pinkoden.');
    expect(await store.services(anna).profiles.verifyPin(anna.id, '2468')).toBe(true);
  });
});
