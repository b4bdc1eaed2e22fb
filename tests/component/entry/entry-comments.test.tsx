/**
 * Comments and roles on the entry screen, over a real store: the surveyor sees a rejection's comment
 * at the top and beside its question, fixes the rejected response and completes it again; the
 * auditor reads the response without changing it, approves or rejects (a comment is required);
 * a surveyor cannot change another surveyor's response.
 */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntryScreen } from '../../../renderer/src/features/entry/EntryScreen';
import { anna, bo, dora } from '../../unit/db/db-test-support';
import { openStore, questionnaire, renderWith, type Store } from '../audit/services-harness';
import { keyResponse } from '../review/review-support';

let store: Store;
let id = '';
beforeEach(async () => {
  store = await openStore();
  ({ id } = await keyResponse(store, anna, { name: 'Skole Nord', level: 'municipality', area: 'education' }));
});
afterEach(() => store.close());

const wording = (name: string) => questionnaire.byName.get(name)?.label.da ?? name;
const back = () => undefined;
const REJECTION = 'Antallet af ansatte ser for lavt ud.';

describe('comments and roles on the entry screen', { timeout: 20_000 }, () => {
  it('the surveyor sees the rejection at the top and beside its question, fixes the answer and completes again', async () => {
    await store.services(dora).review.reject(dora, id, REJECTION, 'n_employees');
    await store.comments.add(dora, id, 'Ring gerne til lederen.');
    const user = userEvent.setup();
    await renderWith(store, anna, <EntryScreen responseId={id} onBack={back} />);

    const comments = await screen.findByRole('region', { name: 'Kommentarer' });
    expect(within(comments).getByText('Besvarelsen er afvist. Ret den, og marker den som afsluttet igen.')).toBeTruthy();
    expect(within(comments).getByText('Ring gerne til lederen.')).toBeTruthy();
    expect(within(comments).getByRole('button', { name: `Om «${wording('n_employees')}»: ${REJECTION}` })).toBeTruthy();

    const employees = await screen.findByRole('textbox', { name: wording('n_employees'), description: new RegExp(REJECTION) });
    expect(employees).toHaveProperty('readOnly', false);
    expect(screen.getAllByText(/^Afvisning fra Dora Ibsen \(DI\), revisor · /).length).toBeGreaterThan(0);

    await user.clear(employees);
    await user.type(employees, '30{Enter}');
    await user.click(screen.getByRole('button', { name: 'Marker som afsluttet' }));
    expect(await screen.findByText('Afsluttet – skrivebeskyttet', {}, { timeout: 10_000 })).toBeTruthy();
    const stored = await store.responses.get(id);
    expect(stored?.status).toBe('completed');
    expect(stored?.answers['n_employees']).toBe(30);
  });

  it('a surveyor sees no review panel where there is nothing to answer', async () => {
    await renderWith(store, anna, <EntryScreen responseId={id} onBack={back} />);
    await screen.findByRole('textbox', { name: wording('workplace_name') });
    expect(screen.queryByRole('region', { name: 'Gennemgang og kommentarer' })).toBeNull();
  });

  it('the surveyor answers a comment on their own response', async () => {
    await store.comments.add(dora, id, 'Er antallet af ansatte for hele arbejdspladsen?');
    const user = userEvent.setup();
    await renderWith(store, anna, <EntryScreen responseId={id} onBack={back} />);
    const panel = await screen.findByRole('region', { name: 'Gennemgang og kommentarer' });
    expect(within(panel).queryByRole('button', { name: 'Afvis besvarelsen' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Godkend besvarelsen' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Tilføj kommentar' }));
    expect(within(panel).getByRole('alert').textContent).toBe('Skriv en kommentar først.');
    await user.type(within(panel).getByRole('textbox', { name: 'Kommentar' }), 'Tjekket med lederen.');
    await user.click(within(panel).getByRole('button', { name: 'Tilføj kommentar' }));
    expect(await within(panel).findByText('Kommentaren er gemt.', {}, { timeout: 10_000 })).toBeTruthy();
    const comments = await screen.findByRole('region', { name: 'Kommentarer' });
    expect(await within(comments).findByText('Tjekket med lederen.', {}, { timeout: 10_000 })).toBeTruthy();
    expect((await store.comments.forResponse(id)).map((c) => c.authorId)).toEqual([dora.id, anna.id]);
  });

  it('the auditor reads without changing; a rejection needs a comment; approving is stored', async () => {
    const user = userEvent.setup();
    await renderWith(store, dora, <EntryScreen responseId={id} onBack={back} />);
    const name = await screen.findByRole('textbox', { name: wording('workplace_name') });
    expect(name).toHaveProperty('readOnly', true);
    expect(screen.getByText(/Revisorer læser, gennemgår og kommenterer/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Marker som afsluttet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Genåbn' })).toBeNull();

    const panel = screen.getByRole('region', { name: 'Gennemgang og kommentarer' });
    await user.click(within(panel).getByRole('button', { name: 'Afvis besvarelsen' }));
    expect(within(panel).getByRole('alert').textContent).toBe('Skriv en kommentar til intervieweren, før du afviser besvarelsen.');
    expect((await store.responses.get(id))?.status).toBe('completed');

    await user.click(within(panel).getByRole('button', { name: 'Godkend besvarelsen' }));
    expect(await within(panel).findByText('Besvarelsen er godkendt.', {}, { timeout: 10_000 })).toBeTruthy();
    expect((await store.responses.get(id))?.status).toBe('approved');
    expect(screen.getByText('Godkendt – skrivebeskyttet')).toBeTruthy();
  });

  it('another surveyor sees the response read-only, with the reason, and cannot comment', async () => {
    const { id: draft } = await keyResponse(store, anna, { name: 'Skole Syd', level: 'municipality', area: 'education' }, true);
    await renderWith(store, bo, <EntryScreen responseId={draft} onBack={back} />);
    const name = await screen.findByRole('textbox', { name: wording('workplace_name') });
    expect(name).toHaveProperty('readOnly', true);
    expect(screen.getByText('Kun intervieweren, der oprettede besvarelsen, eller en koordinator kan gøre dette.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Gennemgang og kommentarer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Marker som afsluttet' })).toBeNull();
  });
});
