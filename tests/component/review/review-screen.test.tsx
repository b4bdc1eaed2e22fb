/**
 * The review queue over a real store: filters and count, bulk approve acting on exactly the
 * filtered set after a confirmation stating the count, refusals said and nothing changed, and a
 * coordinator reading the queue without approving.
 */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_REVIEW_VIEW } from '../../../renderer/src/features/review/review-view';
import { ReviewScreen } from '../../../renderer/src/features/review/ReviewScreen';
import { anna, bo, carl, dora } from '../../unit/db/db-test-support';
import { openStore, renderWith, type Store } from '../audit/services-harness';
import { keyResponse } from './review-support';

let store: Store;
let ids: { annaSchool: string; annaRegion: string; boSchool: string; boDraft: string };
beforeEach(async () => {
  store = await openStore();
  ids = {
    annaSchool: (await keyResponse(store, anna, { name: 'Skole Nord', level: 'municipality', area: 'education' })).id,
    annaRegion: (await keyResponse(store, anna, { name: 'Region Midt', level: 'region', area: 'health' })).id,
    boSchool: (await keyResponse(store, bo, { name: 'Skole Syd', level: 'municipality', area: 'education' })).id,
    boDraft: (await keyResponse(store, bo, { name: 'Jobcenter Vest', level: 'municipality', area: 'employment' }, true)).id,
  };
});
afterEach(() => store.close());

const statusOf = async (id: string) => (await store.responses.get(id))?.status;
const count = () => screen.getAllByRole('status').map((s) => s.textContent ?? '').find((t) => t.includes('passer til filteret'));

describe('the review queue', { timeout: 20_000 }, () => {
  it('opens on the completed responses, counts them, and narrows by surveyor, level, area and date', async () => {
    const user = userEvent.setup();
    await renderWith(store, dora, <ReviewScreen initialView={EMPTY_REVIEW_VIEW} onViewChange={vi.fn()} onOpen={vi.fn()} />);
    expect(await screen.findByText('3 besvarelser passer til filteret', {}, { timeout: 10_000 })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Besvarelser til gennemgang' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('Region Midt')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Interviewer'), 'Anna Jensen');
    expect(count()).toBe('2 besvarelser passer til filteret');
    await user.selectOptions(screen.getByLabelText('Forvaltningsniveau'), 'Kommune');
    expect(count()).toBe('1 besvarelse passer til filteret');
    await user.selectOptions(screen.getByLabelText('Interviewer'), 'Alle interviewere');
    await user.selectOptions(screen.getByLabelText('Område'), 'Uddannelse');
    expect(count()).toBe('2 besvarelser passer til filteret');
    await user.selectOptions(screen.getByLabelText('Status'), 'Alle statusser');
    await user.selectOptions(screen.getByLabelText('Område'), 'Alle områder');
    expect(count()).toBe('3 besvarelser passer til filteret'); // municipality: two completed, one draft

    await user.type(screen.getByLabelText('Ændret fra og med'), '01.01.2999');
    expect(count()).toBe('0 besvarelser passer til filteret');
    expect(screen.getByText('Ingen besvarelser passer til filteret.')).toBeTruthy();
    await user.type(screen.getByLabelText('Ændret til og med'), '01.01.2998');
    expect(screen.getByText(/ligger før «fra og med»/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Nulstil filteret' }));
    expect(count()).toBe('4 besvarelser passer til filteret');
  });

  it('bulk approve states the count, and approves exactly the filtered set', async () => {
    const user = userEvent.setup();
    await renderWith(store, dora, <ReviewScreen initialView={EMPTY_REVIEW_VIEW} onViewChange={vi.fn()} onOpen={vi.fn()} />);
    await screen.findByText('3 besvarelser passer til filteret');
    await user.selectOptions(screen.getByLabelText('Forvaltningsniveau'), 'Kommune');
    await user.click(screen.getByRole('button', { name: 'Godkend alle 2 besvarelser' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Godkend 2 besvarelser?' });
    expect(within(dialog).getByText(/Alle 2 besvarelser, der passer til filteret, bliver godkendt/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Godkend' }));
    expect(await screen.findByText('2 besvarelser er godkendt.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await statusOf(ids.annaSchool)).toBe('approved');
    expect(await statusOf(ids.boSchool)).toBe('approved');
    expect(await statusOf(ids.annaRegion)).toBe('completed');
    expect(await statusOf(ids.boDraft)).toBe('draft');
    await vi.waitFor(() => expect(count()).toBe('0 besvarelser passer til filteret'));
  });

  it('refuses to bulk approve a set that holds a draft, says why, and changes nothing', async () => {
    const user = userEvent.setup();
    await renderWith(store, dora, <ReviewScreen initialView={{ ...EMPTY_REVIEW_VIEW, status: '' }} onViewChange={vi.fn()} onOpen={vi.fn()} />);
    await screen.findByText('4 besvarelser passer til filteret');
    await user.click(screen.getByRole('button', { name: 'Godkend alle 4 besvarelser' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Godkend' }));
    const alert = await screen.findByText(/^Intet blev godkendt: Kun afsluttede besvarelser kan godkendes/, {}, { timeout: 10_000 });
    expect(alert.getAttribute('role')).toBe('alert');
    for (const id of [ids.annaSchool, ids.annaRegion, ids.boSchool]) expect(await statusOf(id)).toBe('completed');
  });

  it('Cancel in the confirmation approves nothing', async () => {
    const user = userEvent.setup();
    await renderWith(store, dora, <ReviewScreen initialView={EMPTY_REVIEW_VIEW} onViewChange={vi.fn()} onOpen={vi.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Godkend alle 3 besvarelser' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await statusOf(ids.annaSchool)).toBe('completed');
  });

  it('a response opens from its key with the keyboard', async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    await renderWith(store, dora, <ReviewScreen initialView={EMPTY_REVIEW_VIEW} onViewChange={vi.fn()} onOpen={onOpen} />);
    const key = (await store.responses.get(ids.annaRegion))?.key ?? '';
    (await screen.findByRole('button', { name: `Åbn besvarelse ${key}` })).focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(ids.annaRegion);
  });

  it('a coordinator reads the queue but is offered no approval', async () => {
    await renderWith(store, carl, <ReviewScreen initialView={EMPTY_REVIEW_VIEW} onViewChange={vi.fn()} onOpen={vi.fn()} />);
    expect(await screen.findByText('3 besvarelser passer til filteret', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/godkendelse og afvisning foretages af en revisor/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Godkend/ })).toBeNull();
  });
});
