import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderEntry, wording } from './entry-harness';

describe('a field holds only what its type allows', { timeout: 20_000 }, () => {
  it('"abc" in "Antal ansatte" is not taken: the stored 25 stays, the field says why', async () => {
    const { user, stored, commits } = await renderEntry({ answers: { n_employees: 25 } });
    const employees = screen.getByRole('textbox', { name: wording('n_employees') });
    await user.click(employees);
    await user.keyboard('abc{Enter}');
    expect(employees).toHaveProperty('value', '25');
    expect(stored.answers.n_employees).toBe(25);
    expect(commits).toEqual([]);
    expect(screen.getByText('Kun cifre i dette felt')).toBeTruthy();
  });

  it('a value out of range is not stored: the message says why, the cursor stays, the stored value is shown, and no "Gemt"', async () => {
    const { user, stored } = await renderEntry({ answers: { period_start: 2015 } });
    const start = screen.getByRole('textbox', { name: wording('period_start') });
    await user.click(start);
    await user.clear(start);
    await user.keyboard('1999{Enter}');
    expect(stored.answers.period_start).toBe(2015);
    expect(document.activeElement).toBe(start);
    expect(start).toHaveProperty('value', '1999');
    expect(screen.getByText(/^Ikke gemt: .*2000/)).toBeTruthy();
    expect(screen.getByText('Det gemte svar er stadig: 2015')).toBeTruthy();
    expect(screen.queryByText('Gemt')).toBeNull();
    expect(screen.getByRole('textbox', { name: wording('period_start'), description: /Ikke gemt/ })).toBe(start);

    // Leaving the field shows the stored value again.
    await user.tab();
    expect(start).toHaveProperty('value', '2015');
    expect(stored.answers.period_start).toBe(2015);

    // A valid value is stored and the message goes.
    await user.click(start);
    await user.clear(start);
    await user.keyboard('2016{Enter}');
    expect(stored.answers.period_start).toBe(2016);
    expect(screen.queryByText(/^Ikke gemt/)).toBeNull();
  });

  it('a failing constraint is refused the same way: the last year before the first', async () => {
    const { user, stored } = await renderEntry({ answers: { period_start: 2016 } });
    const end = screen.getByRole('textbox', { name: wording('period_end') });
    await user.click(end);
    await user.keyboard('2014{Enter}');
    expect(stored.answers.period_end).toBeUndefined();
    expect(document.activeElement).toBe(end);
    expect(screen.getByText('Intet svar er gemt.')).toBeTruthy();
  });
});
