/**
 * A response's history as an auditor reads it: every change an item of an ordered list, oldest
 * first, with who (name, initials, role), the question's wording, old → new as labels, the reason
 * of a correction, comments and deletion; and the response as it was at a chosen moment.
 */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryScreen } from '../../../renderer/src/features/history/HistoryScreen';
import { anna, carl, dora } from '../../unit/db/db-test-support';
import { openStore, questionnaire, renderWith, type Store } from '../audit/services-harness';

let store: Store;
let id = '';
let key = '';
beforeEach(async () => {
  store = await openStore();
  const r = await store.responses.create(anna, questionnaire);
  ({ id, key } = r);
  await store.responses.commitAnswer(anna, id, 'workplace_name', 'Skole Nord');
  await store.responses.commitAnswer(anna, id, 'sector_level', 'municipality');
  await store.responses.commitAnswer(carl, id, 'n_employees', 25, 'Oplyst i telefonen');
  await store.comments.add(dora, id, 'Tjek antallet af ansatte', 'n_employees');
  await store.responses.softDelete(anna, id);
});
afterEach(() => store.close());

const back = () => undefined;

describe('the history of a response', () => {
  it('lists every change in order: who, the wording, old → new as labels, the reason, the comment', async () => {
    await renderWith(store, dora, <HistoryScreen responseId={id} onBack={back} />);
    expect(await screen.findByRole('heading', { name: `Historik for besvarelse ${key}` })).toBeTruthy();
    const items = within(screen.getByRole('list', { name: 'Alle ændringer, ældste først' })).getAllByRole('listitem');
    const text = items.map((li) => li.querySelector('.history-what')?.textContent);
    expect(text).toEqual([
      'Oprettede besvarelsen',
      'Ændrede «Arbejdspladsens navn»: (tom) → Skole Nord',
      'Ændrede «Forvaltningsniveau»: (tom) → Kommune',
      'Ændrede «Antal ansatte på arbejdspladsen»: (tom) → 25',
      'Kommenterede «Antal ansatte på arbejdspladsen»: Tjek antallet af ansatte',
      'Slettede besvarelsen',
    ]);
    expect(items[0]?.textContent).toContain('Anna Jensen (AJ), interviewer');
    expect(items[3]?.textContent).toContain('Carl Mørk (CM), koordinator');
    expect(items[3]?.textContent).toContain('Begrundelse: Oplyst i telefonen');
    expect(items[4]?.textContent).toContain('Dora Ibsen (DI), revisor');
    expect(items[0]?.querySelector('time')?.getAttribute('dateTime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('shows the response as it was at a chosen moment', async () => {
    const user = userEvent.setup();
    await renderWith(store, dora, <HistoryScreen responseId={id} onBack={back} />);
    await screen.findByRole('heading', { name: `Historik for besvarelse ${key}` });
    // By default: after the last change (deleted).
    expect(screen.getByText('Besvarelsen var slettet på dette tidspunkt.')).toBeTruthy();

    const items = within(screen.getByRole('list', { name: 'Alle ændringer, ældste først' })).getAllByRole('listitem');
    await user.click(within(items[1] as HTMLElement).getByRole('button', { name: 'Vis besvarelsen, som den var her' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([['Arbejdspladsens navn', 'Skole Nord']]);
    expect(screen.getByText('Status: Kladde')).toBeTruthy();
    expect(screen.queryByText('Besvarelsen var slettet på dette tidspunkt.')).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tidspunkt' }), '3');
    const later = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => r.children[1]?.textContent);
    expect(later).toEqual(['Skole Nord', 'Kommune', '25']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tidspunkt' }), '0');
    expect(screen.getByText('Ingen svar endnu.')).toBeTruthy();
  });

  it('speaks English, with the question wording in English', async () => {
    await renderWith(store, dora, <HistoryScreen responseId={id} onBack={back} />, 'en');
    await screen.findByRole('heading', { name: `History of response ${key}` });
    expect(screen.getByText((_, el) => el?.className === 'history-what' && el.textContent === 'Changed “Government level”: (empty) → Municipality')).toBeTruthy();
  });
});
