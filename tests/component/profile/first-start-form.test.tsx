import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstStartForm } from '../../../renderer/src/features/profile/FirstStartForm';
import { StoreError } from '../../../renderer/src/db/store-error';
import { initI18n } from '../../../renderer/src/i18n/i18n';

beforeEach(async () => {
  await initI18n('da');
});

describe('first start: the person says who they are', () => {
  it('starts in the name field and refuses an empty form with a message under each field', async () => {
    const onCreate = vi.fn(() => Promise.resolve());
    render(<FirstStartForm onCreate={onCreate} />);
    const name = screen.getByLabelText('Navn');
    expect(document.activeElement).toBe(name);
    await userEvent.keyboard('{Enter}');
    expect(onCreate).not.toHaveBeenCalled();
    expect(screen.getByText('Skriv navnet.')).toBeTruthy();
    expect(screen.getByText('Skriv initialerne.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain(screen.getByText('Skriv navnet.').id);
    expect(document.activeElement).toBe(name);
  });

  it('refuses initials with digits or spaces and moves focus there', async () => {
    const onCreate = vi.fn(() => Promise.resolve());
    render(<FirstStartForm onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText('Navn'), 'Mette Hansen');
    await userEvent.type(screen.getByLabelText('Initialer'), 'M 1{Enter}');
    expect(onCreate).not.toHaveBeenCalled();
    expect(screen.getByText(/Initialer skal være 1–4 bogstaver/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Initialer'));
  });

  it('creates a surveyor with Enter by default, trimmed and with capital initials (æ, ø, å included), and no PIN', async () => {
    const onCreate = vi.fn(() => Promise.resolve());
    render(<FirstStartForm onCreate={onCreate} />);
    expect(screen.getByRole('radio', { name: 'Interviewer' })).toHaveProperty('checked', true);
    await userEvent.type(screen.getByLabelText('Navn'), '  Søren   Ærø ');
    await userEvent.type(screen.getByLabelText('Initialer'), 'sæ{Enter}');
    expect(onCreate).toHaveBeenCalledWith({ name: 'Søren Ærø', initials: 'SÆ', role: 'surveyor', pin: null });
  });

  it('offers every role on first start, each explained, and takes a PIN of 4–12 digits', async () => {
    const onCreate = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    render(<FirstStartForm onCreate={onCreate} />);
    const group = screen.getByRole('group', { name: 'Rolle' });
    expect(group).toBeTruthy();
    const auditor = screen.getByRole('radio', { name: 'Revisor' });
    expect(auditor.getAttribute('aria-describedby')).toBeTruthy();
    await user.type(screen.getByLabelText('Navn'), 'Karin Koordinator');
    await user.type(screen.getByLabelText('Initialer'), 'KK');
    await user.click(screen.getByRole('radio', { name: 'Koordinator' }));
    const pin = screen.getByLabelText('Pinkode (valgfri)');
    await user.type(pin, '12a{Enter}');
    expect(onCreate).not.toHaveBeenCalled();
    expect(screen.getByText('En pinkode er 4 til 12 cifre.')).toBeTruthy();
    expect(document.activeElement).toBe(pin);
    await user.clear(pin);
    await user.type(pin, '4711{Enter}');
    expect(onCreate).toHaveBeenCalledWith({ name: 'Karin Koordinator', initials: 'KK', role: 'coordinator', pin: '4711' });
  });

  it('says so when the profile cannot be saved, in the store\'s own words, and lets the person try again', async () => {
    const onCreate = vi.fn(() => Promise.reject(new StoreError('forbidden', 'x', [], { en: 'Not allowed.', da: 'Ikke tilladt.' })));
    render(<FirstStartForm onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText('Navn'), 'Mette');
    await userEvent.type(screen.getByLabelText('Initialer'), 'MH{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Profilen kunne ikke gemmes: Ikke tilladt.');
    expect((screen.getByRole('button', { name: 'Start' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
