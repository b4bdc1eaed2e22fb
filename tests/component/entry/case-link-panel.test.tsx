/**
 * Linking a response keyed without a case, from the surveyor's side: she picks among her own cases
 * only (searching by city), the link is stored, and the response then names its case; on another
 * surveyor's response she is offered nothing.
 */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFrameCsv } from '../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import type { CaseLinkRow } from '../../../renderer/src/db/fieldwork-records';
import { FieldworkRepository } from '../../../renderer/src/db/fieldwork-repository';
import type { ResponseRecord } from '../../../renderer/src/db/records';
import { CaseLinkPanel } from '../../../renderer/src/features/entry/CaseLinkPanel';
import { anna, bo, carl } from '../../unit/db/db-test-support';
import { openStore, questionnaire, renderWith, type Store } from '../audit/services-harness';

let store: Store;
afterEach(() => store?.close());

async function withFrame(): Promise<FieldworkRepository> {
  const parsed = parseFrameCsv(
    ['id;navn;by;niveau;område;størrelse', '11111111;Skolen Nord;Aarhus;kommune;uddannelse;10-49', '22222222;Skolen Syd;Aarhus;kommune;uddannelse;10-49', '33333333;Skolen Vest;Vejle;kommune;uddannelse;10-49'].join('\n'),
    stratumVocabulary(questionnaire),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const fieldwork = new FieldworkRepository(store.db);
  await fieldwork.applyFrame(carl, parsed.value, 'stikprøve.csv', 0);
  await fieldwork.assign(carl, ['11111111', '33333333'], anna.id);
  await fieldwork.assign(carl, ['22222222'], bo.id);
  return fieldwork;
}

/** The panel as the entry screen holds it: the link it reports becomes the response's link. */
function Harness({ record, onLinked }: { record: ResponseRecord; onLinked(l: CaseLinkRow): void }) {
  const [link, setLink] = useState<CaseLinkRow | undefined>(undefined);
  return (
    <CaseLinkPanel
      record={record}
      link={link}
      readOnly={false}
      onLinked={(l) => {
        onLinked(l);
        setLink(l);
      }}
    />
  );
}

describe('linking a response to a case', { timeout: 20_000 }, () => {
  it('a surveyor picks among her own cases, searching by city; the response then names its case', async () => {
    store = await openStore();
    const fieldwork = await withFrame();
    const record = await store.responses.create(anna, questionnaire);
    const user = userEvent.setup();
    const linked: CaseLinkRow[] = [];
    await renderWith(store, anna, <Harness record={record} onLinked={(l) => linked.push(l)} />);
    await user.click(await screen.findByRole('button', { name: 'Knyt til en opgave …' }));
    expect(screen.getByText('Vælg blandt dine opgaver den arbejdsplads, som besvarelsen er for. Svarene ændres ikke.')).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Opgaver, der passer (2)' });
    // Bo's case is not offered to her.
    expect(within(list).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Knyt til Skolen Nord (11111111)', 'Knyt til Skolen Vest (33333333)']);
    await user.type(screen.getByRole('searchbox', { name: 'Søg efter arbejdsplads (navn, id, adresse eller by)' }), 'vejle');
    await user.click(within(await screen.findByRole('list', { name: 'Opgaver, der passer (1)' })).getByRole('button', { name: 'Knyt til Skolen Vest (33333333)' }));
    await waitFor(() => expect(linked.map((l) => l.caseId)).toEqual(['33333333']));
    expect((await fieldwork.caseView('33333333'))?.responseIds).toEqual([record.id]);
    await screen.findByText('Besvarelsen er knyttet til opgaven Skolen Vest (33333333).');
    await screen.findByText('Opgave: Skolen Vest (33333333)');
    expect(screen.queryByRole('button', { name: 'Knyt til en opgave …' })).toBeNull();
  });

  it('offers nothing on another surveyor’s response', async () => {
    store = await openStore();
    await withFrame();
    const bos = await store.responses.create(bo, questionnaire);
    const own = await store.responses.create(anna, questionnaire);
    await renderWith(
      store,
      anna,
      <>
        <Harness record={bos} onLinked={() => undefined} />
        <Harness record={own} onLinked={() => undefined} />
      </>,
    );
    // Once her own response offers the link (the sample has been read), there is that one only.
    await screen.findByRole('button', { name: 'Knyt til en opgave …' });
    expect(screen.getAllByRole('button', { name: 'Knyt til en opgave …' })).toHaveLength(1);
  });
});
