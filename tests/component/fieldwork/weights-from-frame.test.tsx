/** The weights take N_h from the sample frame on request, and show n_h (sampled) beside N_h and r_h. */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFrameCsv } from '../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { FieldworkRepository } from '../../../renderer/src/db/fieldwork-repository';
import { WeightsScreen } from '../../../renderer/src/features/weights/WeightsScreen';
import { carl } from '../../unit/db/db-test-support';
import { openStore, questionnaire, renderWith, type Store } from '../audit/services-harness';

let store: Store;
afterEach(() => store?.close());

const FRAME = [
  'id;navn;niveau;område;størrelse;population',
  '11111111;A;kommune;sundhed;10-49;300',
  '22222222;B;kommune;sundhed;10-49;300',
  '33333333;C;kommune;sundhed;10-49;300',
  '44444444;D;stat;sundhed;3-9;25',
].join('\n');

describe('weights from the sample frame', { timeout: 20_000 }, () => {
  it('a coordinator uses the frame’s N_h; the table shows N_h, n_h and r_h per stratum', async () => {
    store = await openStore();
    const parsed = parseFrameCsv(FRAME, stratumVocabulary(questionnaire));
    if (!parsed.ok) throw new Error('frame');
    await new FieldworkRepository(store.db).applyFrame(carl, parsed.value, 'f.csv', 0);
    const user = userEvent.setup();
    await renderWith(store, carl, <WeightsScreen />);
    await screen.findByText('Stikprøven (version 1) har N_h for 2 strata.');
    await user.click(screen.getByRole('button', { name: 'Brug N_h fra stikprøven' }));
    await screen.findByText('Populationstabellen er nu stikprøvens N_h (2 strata).');
    const table = await screen.findByRole('table', { name: /Vægte pr. stratum/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Stratum', 'Population N_h', 'Udtrukket n_h', 'Besvarelser r_h', 'Vægt w', 'Status']);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').slice(0, 3).map((c) => c.textContent));
    expect(rows).toEqual([['300', '3', '0'], ['25', '1', '0']]);
    expect((await store.db.settings.get('populationTable'))?.value).toEqual([
      { sector_level: 'municipality', policy_area: 'health', size_class: '10_49', population: 300 },
      { sector_level: 'state', policy_area: 'health', size_class: '3_9', population: 25 },
    ]);
  });
});
