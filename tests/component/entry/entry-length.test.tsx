/**
 * Text limits said up front (issue 10, item 1): near its limit a text field shows a counter (also in
 * its description), beyond it the text is refused with the limit in words and the stored answer
 * stays; a text within the limit is stored. The limits come from `core/limits`.
 */
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderEntry, wording } from './entry-harness';

describe('the length of a text answer', { timeout: 30_000 }, () => {
  it('counts near the limit, refuses a paste beyond it, and stores the shortened text', async () => {
    const { user, stored } = await renderEntry({ answers: { workplace_name: 'Skolen' } });
    const name = screen.getByRole('textbox', { name: wording('workplace_name') });
    expect(screen.queryByText(/af højst 1\.000 tegn/)).toBeNull();

    await user.click(name);
    await user.clear(name);
    await user.paste('a'.repeat(850));
    expect(screen.getByText('850 af højst 1.000 tegn')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: wording('workplace_name'), description: /850 af højst 1\.000 tegn/ })).toBe(name);

    await user.paste('b'.repeat(350));
    expect(screen.getByText('1.200 tegn: højst 1.000 kan gemmes. Gør teksten kortere.')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(stored.answers.workplace_name).toBe('Skolen');
    expect(screen.getByText(/^Ikke gemt: Højst 1\.000 tegn \(her er 1\.200\)/)).toBeTruthy();
    expect(document.activeElement).toBe(name);

    await user.clear(name);
    await user.paste('c'.repeat(1_000));
    await user.keyboard('{Enter}');
    expect(stored.answers.workplace_name).toBe('c'.repeat(1_000));
  });
});
