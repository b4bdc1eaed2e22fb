import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstStartForm } from '../../../renderer/src/features/profile/FirstStartForm';
import { initI18n } from '../../../renderer/src/i18n/i18n';

beforeEach(async () => {
  await initI18n('da');
});

describe('first start: the surveyor says who they are', () => {
  it('starts in the name field and refuses an empty form with a message under each field', async () => {
    const onCreate = vi.fn(() => Promise.resolve());
    render(<FirstStartForm onCreate={onCreate} />);
    const name = screen.getByLabelText('Navn');
    expect(document.activeElement).toBe(name);
    await userEvent.keyboard('{Enter}');
    expect(onCreate).not.toHaveBeenCalled();
    expect(screen.getByText('Skriv dit navn.')).toBeTruthy();
    expect(screen.getByText('Skriv dine initialer.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain(screen.getByText('Skriv dit navn.').id);
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

  it('creates the profile with Enter, trimmed and with capital initials (æ, ø, å included)', async () => {
    const onCreate = vi.fn(() => Promise.resolve());
    render(<FirstStartForm onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText('Navn'), '  Søren   Ærø ');
    await userEvent.type(screen.getByLabelText('Initialer'), 'sæ{Enter}');
    expect(onCreate).toHaveBeenCalledWith({ name: 'Søren Ærø', initials: 'SÆ' });
  });

  it('says so when the profile cannot be saved, and lets the surveyor try again', async () => {
    const onCreate = vi.fn(() => Promise.reject(new Error('disk full')));
    render(<FirstStartForm onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText('Navn'), 'Mette');
    await userEvent.type(screen.getByLabelText('Initialer'), 'MH{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Profilen kunne ikke gemmes: disk full');
    expect((screen.getByRole('button', { name: 'Start' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
