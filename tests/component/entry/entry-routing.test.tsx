import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderEntry, wording } from './entry-harness';

const B_QUESTIONS = ['innov_product', 'innov_service', 'innov_process', 'innov_comm'];

describe('routing on the entry screen', { timeout: 20_000 }, () => {
  it('a surveyor answers the four B questions with digit keys and sees section C appear', async () => {
    const { user, stored } = await renderEntry();
    const nav = screen.getByRole('navigation', { name: 'Afsnit' });
    expect(within(nav).getByRole('button', { name: /^C\. Den seneste innovation/ })).toHaveProperty('disabled', true);

    await user.click(within(nav).getByRole('button', { name: /^B\. Innovationsaktivitet/ }));
    expect(document.activeElement).toBe(
      within(screen.getByRole('radiogroup', { name: wording('innov_product') })).getByRole('radio', { name: 'Ja' }),
    );
    await user.keyboard('1{Enter}2{Enter}2{Enter}2{Enter}');

    expect(stored.answers).toMatchObject({ innov_product: 'yes', innov_service: 'no', innov_process: 'no', innov_comm: 'no' });
    expect(within(nav).getByRole('button', { name: /^C\. Den seneste innovation/ })).toHaveProperty('disabled', false);
    expect(screen.queryByRole('radiogroup', { name: wording('dev_ongoing') })).toBeNull();
  });

  it('with all four answered "no", section C is skipped and the question on ongoing work appears', async () => {
    const { user, stored } = await renderEntry();
    await user.click(screen.getByRole('button', { name: /^B\. Innovationsaktivitet/ }));
    await user.keyboard('2{Enter}2{Enter}2{Enter}2{Enter}');

    for (const name of B_QUESTIONS) expect(stored.answers[name]).toBe('no');
    const c = screen.getByRole('button', { name: /^C\. Den seneste innovation/ });
    expect(c).toHaveProperty('disabled', true);
    expect(c.textContent).toContain('springes over');
    const devOngoing = screen.getByRole('radiogroup', { name: wording('dev_ongoing') });
    // Enter on the last B question went on to the question that just appeared.
    expect(devOngoing.contains(document.activeElement)).toBe(true);
  });

  it('a stored answer to a skipped question is not shown anywhere as answered', async () => {
    await renderEntry({ answers: { innov_product: 'no', innov_service: 'no', innov_process: 'no', innov_comm: 'no', recent_desc: 'Old text' } });
    expect(screen.queryByDisplayValue('Old text')).toBeNull();
    expect(screen.getByRole('button', { name: /^C\. Den seneste innovation/ }).textContent).not.toMatch(/\d+\/\d+/);
  });
});
