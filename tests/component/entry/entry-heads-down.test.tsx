import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { CODE_PAUSE_MS } from '../../../renderer/src/core/keying/code-entry';
import { renderEntry, wording } from './entry-harness';

const pause = () => act(() => new Promise((r) => setTimeout(r, CODE_PAUSE_MS + 150)));
const group = (name: string) => screen.getByRole('radiogroup', { name: wording(name) });

describe('heads-down keying: arrows move, codes choose', { timeout: 20_000 }, () => {
  it('↑ / ↓ / ← / → never change a stored answer: ↓ goes to the next question, ↑ back, ← / → only move the focus', async () => {
    const { user, stored, commits } = await renderEntry({ answers: { sector_level: 'region', policy_area: 'health' } });
    within(group('sector_level')).getByRole('radio', { name: 'Region' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(within(group('sector_level')).getByRole('radio', { name: 'Kommune' }));
    await user.keyboard('{ArrowLeft}{ArrowLeft}{Home}{End}');
    expect(document.activeElement).toBe(within(group('sector_level')).getByRole('radio', { name: 'Stat' }));
    expect(stored.answers.sector_level).toBe('region');
    await user.keyboard('{ArrowDown}');
    expect(group('policy_area').contains(document.activeElement)).toBe(true);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: wording('n_employees') }));
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(group('sector_level').contains(document.activeElement)).toBe(true);
    expect(commits).toEqual([]);
    expect(stored.answers).toEqual({ sector_level: 'region', policy_area: 'health' });
    expect(within(group('sector_level')).getByRole('radio', { name: 'Region' })).toHaveProperty('checked', true);
  });

  it('↑ on an unanswered question picks nothing; Space on the focused option picks it', async () => {
    const { user, stored, commits } = await renderEntry();
    within(group('resp_role')).getAllByRole('radio')[0]?.focus();
    await user.keyboard('{ArrowUp}');
    expect(commits).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: wording('n_employees') }));
    within(group('sector_level')).getAllByRole('radio')[0]?.focus();
    await user.keyboard('{ArrowRight}{ArrowRight} ');
    expect(stored.answers.sector_level).toBe('municipality');
  });

  it('in a grid row, arrows move between rows and options without answering; a code answers the row', async () => {
    const { user, stored, commits } = await renderEntry({ answers: { culture_new_ways: 'agree' } });
    await user.click(screen.getByRole('button', { name: /^D\. Kultur/ }));
    expect(group('culture_new_ways').contains(document.activeElement)).toBe(true);
    await user.keyboard('{ArrowRight}{ArrowLeft}{ArrowLeft}{ArrowDown}');
    expect(group('culture_try_ideas').contains(document.activeElement)).toBe(true);
    await user.keyboard('{ArrowUp}');
    expect(group('culture_new_ways').contains(document.activeElement)).toBe(true);
    expect(commits).toEqual([]);
    expect(stored.answers.culture_new_ways).toBe('agree');
    await user.keyboard('{ArrowDown}5');
    expect(stored.answers.culture_try_ideas).toBe('strongly_disagree');
  });

  it('a list over nine: "1" waits; "1" then "1" picks the eleventh; "1" and a pause picks the first; a code no option has changes nothing', async () => {
    const { user, stored } = await renderEntry({ autoAdvance: true });
    within(group('policy_area')).getAllByRole('radio')[0]?.focus();
    await user.keyboard('1');
    expect(stored.answers.policy_area).toBeUndefined();
    expect(within(group('policy_area')).getByText(/^Kode 1 …/)).toBeTruthy();
    await user.keyboard('1');
    expect(stored.answers.policy_area).toBe('other');
    // Eleven is complete: the typist is moved on.
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: wording('n_employees') }));

    await user.keyboard('{ArrowUp}1');
    await pause();
    expect(stored.answers.policy_area).toBe('administration');
    // A code ended by a pause stays: the typist may have meant "11".
    expect(document.activeElement).toBe(within(group('policy_area')).getByRole('radio', { name: 'Administration' }));

    await user.keyboard('15');
    expect(stored.answers.policy_area).toBe('administration');
    expect(within(group('policy_area')).getByText('Ingen svarmulighed har koden 15')).toBeTruthy();
  });

  it('with auto-advance a complete code moves on, and a year moves on after four digits; without it the typist presses Enter', async () => {
    const { user, stored } = await renderEntry({ autoAdvance: true, answers: { period_start: 2015 } });
    within(group('sector_level')).getAllByRole('radio')[0]?.focus();
    await user.keyboard('3');
    expect(stored.answers.sector_level).toBe('municipality');
    expect(group('policy_area').contains(document.activeElement)).toBe(true);
    await user.keyboard('4');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: wording('n_employees') }));
    await user.click(screen.getByRole('textbox', { name: wording('period_end') }));
    await user.keyboard('2016');
    expect(stored.answers.period_end).toBe(2016);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Næste afsnit' }));
  });

  it('without auto-advance the code picks and the focus stays', async () => {
    const { user, stored } = await renderEntry({ autoAdvance: false });
    within(group('sector_level')).getAllByRole('radio')[0]?.focus();
    await user.keyboard('3');
    expect(stored.answers.sector_level).toBe('municipality');
    expect(document.activeElement).toBe(within(group('sector_level')).getByRole('radio', { name: 'Kommune' }));
  });

  it('Esc leaves the form', async () => {
    let left = 0;
    const { user } = await renderEntry({ onLeave: () => (left += 1) });
    await user.click(screen.getByRole('textbox', { name: wording('workplace_name') }));
    await user.keyboard('{Escape}');
    expect(left).toBe(1);
  });
});

describe('moving through the day', { timeout: 20_000 }, () => {
  const COMPLETE = {
    workplace_name: 'Skolen', workplace_id: '12345678', sector_level: 'region', policy_area: 'health', n_employees: 40,
    period_start: 2022, period_end: 2023, innov_product: 'no', innov_service: 'no', innov_process: 'no', innov_comm: 'no',
  };

  it('after "Marker som afsluttet", Enter starts the next new response (the remembered choice); choosing the list is remembered', async () => {
    const done: string[] = [];
    const { user } = await renderEntry({
      answers: COMPLETE,
      afterComplete: { preferred: 'new', onNew: () => done.push('new'), onList: () => done.push('list'), onChoose: (c) => done.push(`remember ${c}`) },
    });
    await user.click(screen.getByRole('button', { name: 'Marker som afsluttet' }));
    const next = await screen.findByRole('button', { name: 'Start en ny besvarelse' });
    expect(document.activeElement).toBe(next);
    await user.keyboard('{Enter}');
    expect(done).toEqual(['remember new', 'new']);
    await user.click(screen.getByRole('button', { name: 'Til besvarelserne' }));
    expect(done.slice(2)).toEqual(['remember list', 'list']);
  });

  it('where the list was chosen last time, Enter goes back to the list', async () => {
    const done: string[] = [];
    const { user } = await renderEntry({
      answers: COMPLETE,
      afterComplete: { preferred: 'list', onNew: () => done.push('new'), onList: () => done.push('list'), onChoose: () => undefined },
    });
    await user.click(screen.getByRole('button', { name: 'Marker som afsluttet' }));
    await screen.findByRole('group', { name: 'Næste skridt' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Til besvarelserne' }));
    await user.keyboard('{Enter}');
    expect(done).toEqual(['list']);
  });
});

describe('keystrokes are counted for the keyer statistics', () => {
  it('counts every key in the form (Shift is no keystroke) and reports counts and times only', async () => {
    const tallies: unknown[] = [];
    const { user } = await renderEntry({ onKeystrokes: (t) => tallies.push(t) });
    await user.click(screen.getByRole('textbox', { name: wording('workplace_name') }));
    await user.keyboard('Skolen{Enter}3');
    const last = tallies.at(-1) as Record<string, unknown>;
    // S, k, o, l, e, n, Enter, 3 (modifier keys are not keystrokes: see the unit test).
    expect(last.keystrokes).toBe(8);
    expect(Object.keys(last).sort()).toEqual(['firstAt', 'keystrokes', 'lastAt', 'pauseMs']);
    expect(JSON.stringify(tallies)).not.toMatch(/Skolen|"S"|"k"/);
  });
});
