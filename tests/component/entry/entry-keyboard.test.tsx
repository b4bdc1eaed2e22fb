import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderEntry, wording } from './entry-harness';

describe('keyboard entry that goes with the typist', { timeout: 20_000 }, () => {
  it('Enter in a text field saves it and moves focus to the next question', async () => {
    const { user, stored } = await renderEntry();
    await user.click(screen.getByRole('textbox', { name: wording('workplace_name') }));
    await user.keyboard('Hjemmeplejen Nord{Enter}');

    expect(stored.answers.workplace_name).toBe('Hjemmeplejen Nord');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: wording('workplace_id') }));
  });

  it('Tab and Enter move through choices; Enter on the last question of a section focuses "Next section"', async () => {
    const { user, stored } = await renderEntry({
      answers: { workplace_name: 'X', workplace_id: '12345678', sector_level: 'state', policy_area: 'health', n_employees: 12, resp_role: 'other', period_start: 2020 },
    });
    await user.click(screen.getByRole('textbox', { name: wording('period_end') }));
    await user.keyboard('2021{Enter}');
    expect(stored.answers.period_end).toBe(2021);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Næste afsnit' }));

    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('B. Innovationsaktivitet');
    const product = screen.getByRole('radiogroup', { name: wording('innov_product') });
    expect(document.activeElement).toBe(within(product).getByRole('radio', { name: 'Ja' }));
  });

  it('Tab from the last question of a section reaches "Next section" first', async () => {
    const { user } = await renderEntry();
    await user.click(screen.getByRole('button', { name: /^B\. Innovationsaktivitet/ }));
    within(screen.getByRole('radiogroup', { name: wording('innov_comm') })).getByRole('radio', { name: 'Nej' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Næste afsnit' }));
  });

  it('a code picks the n-th option of a list; in a list over nine, "1" then "0" picks the tenth', async () => {
    const { user, stored } = await renderEntry();
    const sector = screen.getByRole('radiogroup', { name: wording('sector_level') });
    await user.click(screen.getByRole('textbox', { name: wording('workplace_id') }));
    await user.tab();
    expect(sector.contains(document.activeElement)).toBe(true);
    await user.keyboard('3');
    expect(stored.answers.sector_level).toBe('municipality');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Kommune' }));
    await user.keyboard('{Enter}10');
    expect(stored.answers.policy_area).toBe('employment');
    expect(within(screen.getByRole('radiogroup', { name: wording('policy_area') })).getByText('11')).toBeTruthy();
  });

  it('Alt+→ and Alt+← (or Page Down / Page Up) change section and land on its first question', async () => {
    const { user } = await renderEntry();
    await user.click(screen.getByRole('textbox', { name: wording('workplace_name') }));
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('B. Innovationsaktivitet');
    await user.keyboard('{PageDown}');
    // C is skipped until an innovation is reported, so D comes next.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('D. Kultur på arbejdspladsen');
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('B. Innovationsaktivitet');
    expect(document.activeElement).toBe(screen.getAllByRole('radio', { name: 'Ja' })[0]);
    expect(screen.getByText(/Alt\+→ \/ Alt\+←/)).toBeTruthy();
  });

  it('Enter in a long text adds a line; Ctrl+Enter moves on', async () => {
    const { user, stored } = await renderEntry();
    await user.click(screen.getByRole('button', { name: /^E\. Bemærkninger/ }));
    const comment = screen.getByRole('textbox', { name: wording('comment') });
    expect(document.activeElement).toBe(comment);
    await user.keyboard('Linje 1{Enter}Linje 2{Control>}{Enter}{/Control}');
    expect(stored.answers.comment).toBe('Linje 1\nLinje 2');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Marker som afsluttet' }));
  });

  it('in a grid, a digit answers the row and Enter goes to the next row; Delete clears a choice', async () => {
    const { user, stored } = await renderEntry({ answers: { sector_level: 'state' } });
    await user.click(screen.getByRole('button', { name: /^D\. Kultur/ }));
    const first = screen.getByRole('radiogroup', { name: wording('culture_new_ways') });
    expect(first.contains(document.activeElement)).toBe(true);
    await user.keyboard('2{Enter}5');
    expect(stored.answers).toMatchObject({ culture_new_ways: 'agree', culture_try_ideas: 'strongly_disagree' });
    expect(screen.getByRole('radiogroup', { name: wording('culture_try_ideas') }).contains(document.activeElement)).toBe(true);

    await user.keyboard('{Alt>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Alt}');
    const sector = screen.getByRole('radiogroup', { name: wording('sector_level') });
    within(sector).getByRole('radio', { name: 'Stat' }).focus();
    await user.keyboard('{Delete}');
    expect(stored.answers.sector_level).toBeUndefined();
    expect(within(sector).getByRole('radio', { name: 'Stat' })).toHaveProperty('checked', false);
  });
});
