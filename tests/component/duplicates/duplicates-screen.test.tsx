/**
 * The coordinator compares a workplace keyed twice and keeps one, by keyboard: the list names the
 * workplace id and both responses, the side-by-side table shows who keyed each and where they
 * differ, a reason is required, and keeping one deletes the other in the store with one decision.
 */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicatesScreen } from '../../../renderer/src/features/duplicates/DuplicatesScreen';
import { anna, bo, carl } from '../../unit/db/db-test-support';
import { openStore, questionnaire, renderWith, type Store } from '../audit/services-harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

async function keyed(who: typeof anna, name: string, employees: number) {
  const r = await store.responses.create(who, questionnaire);
  await store.responses.commitAnswer(who, r.id, 'workplace_name', name);
  await store.responses.commitAnswer(who, r.id, 'workplace_id', '12345678');
  return store.responses.commitAnswer(who, r.id, 'n_employees', employees);
}

describe('the duplicates screen', () => {
  it('says so when no workplace is keyed twice', async () => {
    await renderWith(store, carl, <DuplicatesScreen />);
    expect(await screen.findByText('Ingen arbejdsplads er tastet mere end én gang.')).toBeTruthy();
  });

  it('shows both responses side by side and keeps the chosen one, with a reason, from the keyboard', async () => {
    const user = userEvent.setup();
    const first = await keyed(anna, 'Skolen Nord', 25);
    const second = await keyed(bo, 'Skolen Nord', 52);
    await renderWith(store, carl, <DuplicatesScreen />);

    const list = await screen.findByRole('list', { name: 'Arbejdspladser tastet mere end én gang' });
    expect(within(list).getByRole('heading', { name: 'Arbejdsplads-id 12345678' })).toBeTruthy();
    expect(list.textContent).toContain(`${first.key} – Skolen Nord (interviewer: ${anna.name}`);
    expect(list.textContent).toContain(`${second.key} – Skolen Nord (interviewer: ${bo.name}`);
    const compare = screen.getByRole('button', { name: `Sammenlign ${first.key}, ${second.key}` });
    compare.focus();
    await user.keyboard('{Enter}');

    const table = await screen.findByRole('table', { name: 'Besvarelserne side om side' });
    const header = within(table).getAllByRole('columnheader').map((c) => c.textContent);
    expect(header).toEqual(['Felt', `Besvarelse ${first.key}`, `Besvarelse ${second.key}`]);
    const row = (name: RegExp) => within(table).getByRole('row', { name }).querySelectorAll('td');
    expect([...row(/^Interviewer/)].map((c) => c.textContent)).toEqual([anna.name, bo.name]);
    expect([...row(/^Computer/)].map((c) => c.textContent)).toEqual(['Denne computer', 'Denne computer']);
    // Only the number of employees differs; the rest is folded away as agreeing.
    const employees = [...row(/^Antal ansatte på arbejdspladsen Forskellig/)].map((c) => c.textContent);
    expect(employees).toEqual(['25', '52']);
    expect(within(table).queryByRole('row', { name: /^Arbejdspladsens navn/ })).toBeNull();
    expect(screen.getByText('Felter, hvor besvarelserne er ens (2)')).toBeTruthy();

    // Keep without a reason: refused on the spot, nothing deleted.
    const keepFirst = screen.getByRole('radio', { name: `Behold ${first.key} (${anna.name})` });
    keepFirst.focus();
    await user.keyboard(' ');
    expect(keepFirst).toHaveProperty('checked', true);
    const keep = screen.getByRole('button', { name: 'Behold den valgte og slet de andre' });
    keep.focus();
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Skriv en begrundelse: den gemmes i revisionsloggen.');
    expect((await store.responses.get(second.id))?.deletedAt).toBeNull();

    await user.type(screen.getByRole('textbox', { name: /^Begrundelse/ }), 'Bo tastede samme skema igen');
    keep.focus();
    await user.keyboard('{Enter}');
    const said = await screen.findByText(new RegExp(`^${first.key} er beholdt, og ${second.key} er slettet`));
    expect(said.getAttribute('role')).toBe('status');
    expect(await screen.findByText('Ingen arbejdsplads er tastet mere end én gang.')).toBeTruthy();
    expect((await store.responses.get(second.id))?.deletedAt).not.toBeNull();
    expect((await store.responses.get(first.id))?.deletedAt).toBeNull();
    const decision = (await store.db.audit.where('action').equals('fieldwork').toArray()).at(-1);
    expect(decision).toMatchObject({ actorId: carl.id, responseId: first.id, reason: 'Bo tastede samme skema igen', details: { kind: 'duplicate', deleted: [{ id: second.id, key: second.key }] } });
  });

  it('in English too', async () => {
    await keyed(anna, 'Skolen Nord', 25);
    await keyed(bo, 'Skolen Nord', 25);
    await renderWith(store, carl, <DuplicatesScreen />, 'en');
    expect(await screen.findByRole('list', { name: 'Workplaces keyed more than once' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Workplace id 12345678' })).toBeTruthy();
  });
});
