import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderEntry, wording } from './entry-harness';

const INNOVATOR = { innov_product: 'yes', innov_service: 'no', innov_process: 'no', innov_comm: 'no' };

describe('the answer controls', { timeout: 20_000 }, () => {
  it('every control carries the variable name, the option code and the wording as its label', async () => {
    const { user } = await renderEntry({ answers: { workplace_name: 'Skolen', sector_level: 'region' } });
    expect(screen.getByRole('textbox', { name: wording('workplace_name') })).toHaveProperty('name', 'workplace_name');
    const sector = screen.getByRole('radiogroup', { name: wording('sector_level') });
    const region = within(sector).getByRole('radio', { name: 'Region' });
    expect(region).toMatchObject({ name: 'sector_level', value: 'region', checked: true });
    const employees = screen.getByRole('textbox', { name: wording('n_employees'), description: /mindst 3 ansatte/ });
    expect(employees).toHaveProperty('name', 'n_employees');

    await user.click(screen.getByRole('button', { name: /^D\. Kultur/ }));
    const row = screen.getByRole('radiogroup', { name: wording('culture_new_ways') });
    expect(within(row).getByRole('radio', { name: 'Helt enig' })).toMatchObject({ name: 'culture_new_ways', value: 'strongly_agree' });
    expect(screen.getByRole('group', { name: wording('culture') }).contains(row)).toBe(true);
  });

  it('multiple choices: a fieldset of checkboxes, exclusive options, the most that may be picked', async () => {
    const { user, stored } = await renderEntry({ answers: INNOVATOR });
    await user.click(screen.getByRole('button', { name: /^C\. Den seneste/ }));
    const partners = screen.getByRole('group', { name: wording('collab_partner') });
    await user.click(within(partners).getByRole('checkbox', { name: 'Borgere' }));
    await user.click(within(partners).getByRole('checkbox', { name: 'Private virksomheder' }));
    expect(stored.answers.collab_partner).toEqual(['citizens', 'companies']);
    const none = within(partners).getByRole('checkbox', { name: /Intet samarbejde/ });
    expect(none).toMatchObject({ name: 'collab_partner', value: 'none' });
    await user.click(none);
    expect(stored.answers.collab_partner).toEqual(['none']);
    expect(within(partners).getByRole('checkbox', { name: 'Borgere' })).toHaveProperty('checked', false);

    const initiator = screen.getByRole('group', { name: wording('initiator') });
    within(initiator).getAllByRole('checkbox')[0]?.focus();
    // Codes 2–5 are complete at once (only "1" begins the two-digit codes 10–12 of this list).
    // The fourth tick is more than the question allows: it is not stored, and the field says why.
    await user.keyboard('2345');
    expect(stored.answers.initiator).toEqual(['employees', 'politicians', 'citizens']);
    expect(within(initiator).getByText('3 af højst 3 valgt')).toBeTruthy();
    expect(within(initiator).getByRole('checkbox', { name: 'Frivillige foreninger' })).toHaveProperty('checked', false);
    expect(screen.getByText(/^Ikke gemt: .*3/)).toBeTruthy();
    expect(screen.getByText('Det gemte svar er uændret (3 valgt).')).toBeTruthy();
    expect(screen.getByRole('group', { name: wording('initiator'), description: /højst 3/ })).toBe(initiator);
  });

  it('questions and options are worded in English when the language is English', async () => {
    await renderEntry({ lang: 'en' });
    const sector = screen.getByRole('radiogroup', { name: 'Government level' });
    expect(within(sector).getByRole('radio', { name: 'Municipality' })).toHaveProperty('value', 'municipality');
    expect(screen.getByRole('textbox', { name: 'Workplace name' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next section' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark as completed' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeTruthy();
  });

  it('a completed response opens read-only, with a banner and Reopen', async () => {
    const onReopen = vi.fn(async () => {});
    const { user } = await renderEntry({ readOnly: true, status: 'completed', onReopen, answers: { workplace_name: 'Skolen', sector_level: 'state' } });
    expect(screen.getByText('Afsluttet – skrivebeskyttet')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: wording('workplace_name') })).toHaveProperty('readOnly', true);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: 'Stat' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('button', { name: 'Marker som afsluttet' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Genåbn' }));
    expect(onReopen).toHaveBeenCalledTimes(1);
  });
});
