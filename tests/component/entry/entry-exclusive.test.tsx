import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderEntry, wording } from './entry-harness';

const INNOVATOR = { innov_product: 'yes', innov_service: 'no', innov_process: 'no', innov_comm: 'no' };

describe('exclusive options say what they did, and Ctrl+Z undoes it', { timeout: 20_000 }, () => {
  it('"Intet samarbejde" removes three ticks, says so, and Ctrl+Z sets them again', async () => {
    const { user, stored } = await renderEntry({ answers: { ...INNOVATOR, collab_partner: ['own_org', 'citizens', 'companies'] } });
    await user.click(screen.getByRole('button', { name: /^C\. Den seneste/ }));
    const partners = screen.getByRole('group', { name: wording('collab_partner') });
    within(partners).getAllByRole('checkbox')[0]?.focus();
    await user.keyboard('8');
    expect(stored.answers.collab_partner).toEqual(['none']);
    expect(within(partners).getByText('Intet samarbejde uden for arbejdspladsen valgt: 3 andre krydser fjernet. Ctrl+Z fortryder.')).toBeTruthy();

    await user.keyboard('{Control>}z{/Control}');
    expect(stored.answers.collab_partner).toEqual(['own_org', 'citizens', 'companies']);
    expect(within(partners).getByText('Fortrudt: 3 krydser er sat igen.')).toBeTruthy();
    // Nothing more to undo.
    await user.keyboard('{Control>}z{/Control}');
    expect(stored.answers.collab_partner).toEqual(['own_org', 'citizens', 'companies']);
  });

  it('ticking another option after "Ved ikke" names what it removed', async () => {
    const { user, stored } = await renderEntry({ answers: { ...INNOVATOR, funding: ['dk'] } });
    await user.click(screen.getByRole('button', { name: /^C\. Den seneste/ }));
    const funding = screen.getByRole('group', { name: wording('funding') });
    within(funding).getAllByRole('checkbox')[0]?.focus();
    await user.keyboard('1');
    expect(stored.answers.funding).toEqual(['own_budget']);
    expect(within(funding).getByText('Arbejdspladsens eget budget valgt: «Ved ikke» fjernet. Ctrl+Z fortryder.')).toBeTruthy();
    await user.keyboard('{Control>}z{/Control}');
    expect(stored.answers.funding).toEqual(['dk']);
  });
});
