/**
 * A coordinator's correction with a reason, over a real store: the reason is required; once given,
 * the approved response can be corrected and every change carries the reason into the audit log;
 * ending the correction makes it read-only again. An auditor is offered no correction. A
 * data-quality link opens the response at its question, and Back says where it returns to.
 */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntryScreen } from '../../../renderer/src/features/entry/EntryScreen';
import { anna, carl, dora } from '../../unit/db/db-test-support';
import { openStore, questionnaire, renderWith, type Store } from '../audit/services-harness';
import { keyResponse } from '../review/review-support';

let store: Store;
let id = '';
beforeEach(async () => {
  store = await openStore();
  ({ id } = await keyResponse(store, anna, { name: 'Skole Nord', level: 'municipality', area: 'education' }));
  await store.services(dora).review.approve(dora, id);
});
afterEach(() => store.close());

const wording = (name: string) => questionnaire.byName.get(name)?.label.da ?? name;
const back = () => undefined;
const REASON = 'Lederen ringede: de er 30 ansatte, ikke 25.';

describe('a coordinator corrects a response with a reason', { timeout: 20_000 }, () => {
  it('the reason is required; the correction is audited with it; ending it makes the response read-only again', async () => {
    const user = userEvent.setup();
    await renderWith(store, carl, <EntryScreen responseId={id} onBack={back} />);
    const employees = await screen.findByRole('textbox', { name: wording('n_employees') });
    expect(employees).toHaveProperty('readOnly', true);
    expect(screen.getByText('Godkendt – skrivebeskyttet')).toBeTruthy();
    expect(screen.getByText('Rettelser i denne besvarelse kræver en begrundelse, som gemmes i revisionsloggen.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ret med begrundelse' }));
    const reason = screen.getByRole('textbox', { name: 'Begrundelse for rettelsen' });
    expect(document.activeElement).toBe(reason);
    await user.click(screen.getByRole('button', { name: 'Start rettelse' }));
    expect(screen.getByRole('textbox', { name: 'Begrundelse for rettelsen', description: /Skriv en begrundelse, før du retter\./ })).toBe(reason);
    await user.type(reason, '   ');
    await user.click(screen.getByRole('button', { name: 'Start rettelse' }));
    expect(screen.getByRole('textbox', { name: 'Begrundelse for rettelsen', description: /Skriv en begrundelse, før du retter\./ })).toBe(reason);
    expect(employees).toHaveProperty('readOnly', true);

    await user.clear(reason);
    await user.type(reason, `  ${REASON} `);
    await user.click(screen.getByRole('button', { name: 'Start rettelse' }));
    expect(await screen.findByText('Rettelse i gang')).toBeTruthy();
    expect(screen.getByText(`Hver ændring gemmes i revisionsloggen med begrundelsen: «${REASON}»`)).toBeTruthy();
    const editable = screen.getByRole('textbox', { name: wording('n_employees') });
    expect(editable).toHaveProperty('readOnly', false);
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('textbox', { name: wording('workplace_name') }));

    await user.clear(editable);
    await user.type(editable, '30{Enter}');
    await expect.poll(async () => (await store.responses.get(id))?.answers['n_employees'], { timeout: 10_000 }).toBe(30);
    const stored = await store.responses.get(id);
    expect(stored?.status).toBe('approved');
    const answers = (await store.audit.forResponse(id)).filter((e) => e.action === 'answer' && e.field === 'n_employees');
    expect(answers.at(-1)).toMatchObject({ actorId: carl.id, oldValue: 25, newValue: 30, reason: REASON });

    await user.click(screen.getByRole('button', { name: 'Afslut rettelse' }));
    expect(await screen.findByText('Godkendt – skrivebeskyttet')).toBeTruthy();
    expect(screen.queryByText('Rettelse i gang')).toBeNull();
    expect(screen.getByRole('textbox', { name: wording('n_employees') })).toHaveProperty('readOnly', true);
    expect(screen.getByRole('button', { name: 'Ret med begrundelse' })).toBeTruthy();
    expect(document.activeElement?.id).toBe('entry-readonly-banner');
  });

  it('cancelling the reason changes nothing', async () => {
    const user = userEvent.setup();
    await renderWith(store, carl, <EntryScreen responseId={id} onBack={back} />);
    await user.click(await screen.findByRole('button', { name: 'Ret med begrundelse' }));
    await user.type(screen.getByRole('textbox', { name: 'Begrundelse for rettelsen' }), REASON);
    await user.click(screen.getByRole('button', { name: 'Annuller' }));
    expect(screen.queryByRole('textbox', { name: 'Begrundelse for rettelsen' })).toBeNull();
    expect(screen.getByRole('textbox', { name: wording('n_employees') })).toHaveProperty('readOnly', true);
  });

  it('reopening within a correction is audited with its reason', async () => {
    const user = userEvent.setup();
    await renderWith(store, carl, <EntryScreen responseId={id} onBack={back} />);
    await user.click(await screen.findByRole('button', { name: 'Ret med begrundelse' }));
    await user.type(screen.getByRole('textbox', { name: 'Begrundelse for rettelsen' }), REASON);
    await user.click(screen.getByRole('button', { name: 'Start rettelse' }));
    await user.click(await screen.findByRole('button', { name: 'Genåbn som kladde' }));
    await expect.poll(async () => (await store.responses.get(id))?.status, { timeout: 10_000 }).toBe('draft');
    const status = (await store.audit.forResponse(id)).filter((e) => e.action === 'status').at(-1);
    expect(status).toMatchObject({ actorId: carl.id, oldValue: 'approved', newValue: 'draft', reason: REASON });
    // Anna's draft still needs a reason from the coordinator: the correction goes on.
    // The screen follows once the store has answered (the button is disabled meanwhile).
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Genåbn som kladde' })).toBeNull(), { timeout: 10_000 });
    expect(screen.getByText('Rettelse i gang')).toBeTruthy();
  });

  it('an auditor is offered no correction and changes nothing', async () => {
    await renderWith(store, dora, <EntryScreen responseId={id} onBack={back} />);
    const employees = await screen.findByRole('textbox', { name: wording('n_employees') });
    expect(employees).toHaveProperty('readOnly', true);
    expect(screen.getByText(/Revisorer læser, gennemgår og kommenterer/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ret med begrundelse' })).toBeNull();
  });

  it('a surveyor is offered no correction of their approved response', async () => {
    await renderWith(store, anna, <EntryScreen responseId={id} onBack={back} />);
    await screen.findByRole('textbox', { name: wording('n_employees') });
    expect(screen.queryByRole('button', { name: 'Ret med begrundelse' })).toBeNull();
  });
});

describe('opened from the data-quality report', { timeout: 20_000 }, () => {
  it('opens on the question’s section with the focus on it, and Back says it returns to the report', async () => {
    const { id: draft } = await keyResponse(store, carl, { name: 'Skole Syd', level: 'municipality', area: 'education' }, true);
    await renderWith(store, carl, <EntryScreen responseId={draft} onBack={back} returnTo="quality" focusField="innov_service" />);
    const section = await screen.findByRole('region', { name: questionnaire.def.sections[1]?.title.da ?? '' });
    const group = within(section).getByRole('radiogroup', { name: new RegExp(wording('innov_service')) });
    await expect.poll(() => group.contains(document.activeElement)).toBe(true);
    expect(screen.getByRole('button', { name: 'Tilbage til datakvalitet' })).toBeTruthy();
  });

  it('a read-only response still opens at the question; Back from the review queue says so', async () => {
    await renderWith(store, dora, <EntryScreen responseId={id} onBack={back} returnTo="review" focusField="n_employees" />);
    const employees = await screen.findByRole('textbox', { name: wording('n_employees') });
    await expect.poll(() => document.activeElement).toBe(employees);
    expect(screen.getByRole('button', { name: 'Tilbage til gennemgang' })).toBeTruthy();
  });
});
