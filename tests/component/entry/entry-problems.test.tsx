import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderEntry, wording } from './entry-harness';

const REQUIRED = 'Spørgsmålet skal besvares';

describe('problems beside the questions', { timeout: 20_000 }, () => {
  it('a required question shows its problem only after the surveyor has left it', async () => {
    const { user } = await renderEntry();
    const name = screen.getByRole('textbox', { name: wording('workplace_name') });
    await user.click(name);
    expect(screen.queryByText(REQUIRED)).toBeNull();

    await user.tab();
    expect(screen.getAllByText(REQUIRED)).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: wording('workplace_name'), description: /Spørgsmålet skal besvares/ })).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');

    await user.type(name, 'Tandplejen');
    // Saved after the pause in typing (or on leaving the field); then the problem is gone.
    await waitFor(() => expect(name.hasAttribute('aria-invalid')).toBe(false), { timeout: 3000 });
    expect(screen.getByRole('textbox', { name: wording('workplace_name'), description: '(skal besvares)' })).toBe(name);
  });

  it('a wrong answer is explained beside the field and linked to it', async () => {
    const { user } = await renderEntry();
    const id = screen.getByRole('textbox', { name: wording('workplace_id') });
    await user.type(id, '123{Enter}');
    expect(screen.getByRole('textbox', { name: wording('workplace_id'), description: /CVR-nummer \(8 cifre\)/ })).toBe(id);
  });

  it('"Mark as completed" with problems lists every blocking problem as a link to its question', async () => {
    const onComplete = vi.fn(async () => {});
    const { user } = await renderEntry({ onComplete, answers: { workplace_name: 'Skolen', innov_product: 'yes' } });
    await user.click(screen.getByRole('button', { name: 'Marker som afsluttet' }));

    expect(onComplete).not.toHaveBeenCalled();
    const heading = screen.getByRole('heading', { name: /Ret disse \d+ ting/ });
    expect(document.activeElement).toBe(heading);
    // Every untouched required question on screen now shows its problem too.
    expect(screen.getAllByText(REQUIRED).length).toBeGreaterThan(3);

    const list = heading.nextElementSibling as HTMLElement;
    const links = within(list).getAllByRole('button');
    expect(links.map((b) => b.textContent)).toContain(`B. Innovationsaktivitet · ${wording('innov_service')}: ${REQUIRED}`);
    expect(links.some((b) => b.textContent?.startsWith('C. Den seneste innovation'))).toBe(true);

    await user.click(within(list).getByRole('button', { name: new RegExp(`${wording('innov_service').replace(/[?]/g, '\\?')}`) }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('B. Innovationsaktivitet');
    const service = screen.getByRole('radiogroup', { name: wording('innov_service') });
    expect(service.contains(document.activeElement)).toBe(true);
  });

  it('"Mark as completed" without problems completes the response', async () => {
    const onComplete = vi.fn(async () => {});
    const answers = {
      workplace_name: 'Skolen', workplace_id: '12345678', sector_level: 'region', policy_area: 'health', n_employees: 40,
      period_start: 2022, period_end: 2023, innov_product: 'no', innov_service: 'no', innov_process: 'no', innov_comm: 'no',
    };
    const { user } = await renderEntry({ onComplete, answers });
    await user.click(screen.getByRole('button', { name: 'Marker som afsluttet' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: /Ret / })).toBeNull();
  });
});
