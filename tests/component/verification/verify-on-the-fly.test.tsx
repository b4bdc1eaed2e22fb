/**
 * The second keying on the fly, as the verifier meets it (real store, fake IndexedDB): the first
 * keying is never on screen; a value that differs is refused, the field empties and asks for the
 * value again; the same new value twice is kept and counts a keyer error; keying the first
 * keying's value after a slip counts a verifier error.
 */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarise } from '../../../renderer/src/db/response-summary';
import { seedResponses } from '../../../renderer/src/db/seed-responses';
import { VerifyKeyingScreen } from '../../../renderer/src/features/entry/VerifyKeyingScreen';
import { anna, bo, carl } from '../../unit/db/db-test-support';
import { innovationAnswers, record } from '../../unit/export/fixtures';
import { openStore, questionnaire, renderWith, type Store } from '../audit/services-harness';

let store: Store;
const first = record(innovationAnswers, {
  id: 'r-1', key: 'AAA-111', questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version, createdById: anna.id, createdByName: anna.name,
});

beforeEach(async () => {
  store = await openStore();
  await seedResponses(store.db, [first], [summarise(first, 0.5)]);
  await store.services(carl).verification.markByKeys(carl, ['AAA-111']);
});
afterEach(() => store.close());

const stored = () => store.services(bo).verification.get('r-1');

describe('the second keying, on the fly', () => {
  it('refuses a differing value and asks again; twice the same keeps it (keyer error); the first value after a slip is a verifier error', async () => {
    const user = userEvent.setup();
    await renderWith(store, bo, <VerifyKeyingScreen responseId="r-1" onBack={() => undefined} />);
    expect(await screen.findByText('Tast papirskemaet igen fra begyndelsen. Den første indtastning vises ikke.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^Under indtastningen/ })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Start anden indtastning' }));

    const name = await screen.findByRole('textbox', { name: /^Arbejdspladsens navn/ });
    // Blind: the first keying's answers are nowhere on the screen.
    expect((name as HTMLInputElement).value).toBe('');
    expect(document.body.textContent).not.toContain('Ældreplejen Nord');
    await waitFor(() => expect(document.activeElement).toBe(name));

    await user.keyboard('Ældreplejen Syd{Enter}');
    expect(await screen.findByText(/Afviger fra første indtastning: tast svaret igen/)).toBeTruthy();
    expect((name as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(name);
    // Enter on the emptied field does not move on.
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(name);
    await user.keyboard('Ældreplejen Syd{Enter}');
    await waitFor(async () => expect((await stored())?.answers['workplace_name']).toBe('Ældreplejen Syd'));
    expect((await stored())?.flyErrors).toEqual({ workplace_name: 'keyer' });

    const id = screen.getByRole('textbox', { name: /^Arbejdspladsens id/ });
    await waitFor(() => expect(document.activeElement).toBe(id));
    await user.keyboard('12345679{Enter}');
    expect(await screen.findByText(/Afviger fra første indtastning/)).toBeTruthy();
    await user.keyboard('12345678{Enter}');
    await waitFor(async () => expect((await stored())?.flyErrors).toEqual({ workplace_name: 'keyer', workplace_id: 'verifier' }));
    expect((await stored())?.answers['workplace_id']).toBe('12345678');
    // The first keying is untouched until the second is complete.
    expect((await store.responses.get('r-1'))?.answers['workplace_name']).toBe('Ældreplejen Nord');
  }, 30_000); // typing two fields key by key in jsdom on a shared machine
});
