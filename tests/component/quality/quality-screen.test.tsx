/**
 * The data-quality report as a coordinator reads it: findings grouped by rule, each a link to its
 * response and question; the report exported as a sheet (and the export recorded); a surveyor refused.
 */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { QualityScreen } from '../../../renderer/src/features/quality/QualityScreen';
import { anna, carl, dora } from '../../unit/db/db-test-support';
import { openStore, questionnaire, renderWith, type Store } from '../audit/services-harness';

let store: Store;
const ids: string[] = [];
const keys: string[] = [];
beforeEach(async () => {
  store = await openStore();
  ids.length = 0;
  keys.length = 0;
  for (const name of ['Skole Nord', 'Skole Nord (afd. 2)']) {
    const r = await store.responses.create(anna, questionnaire);
    ids.push(r.id);
    keys.push(r.key);
    await store.responses.commitAnswer(anna, r.id, 'workplace_name', name);
    await store.responses.commitAnswer(anna, r.id, 'workplace_id', '12345678');
  }
});
afterEach(() => store.close());

describe('the data-quality report', () => {
  it('groups the findings by rule; each links to its response and question', async () => {
    const user = userEvent.setup();
    const opened: [string, string][] = [];
    await renderWith(store, carl, <QualityScreen onOpen={(id, variable) => opened.push([id, variable])} />);
    const group = await screen.findByRole('region', { name: 'To besvarelser for samme arbejdsplads-id (2)' });
    expect(screen.getByRole('region', { name: /^Påkrævet, men ikke besvaret \(\d+\)$/ })).toBeTruthy();
    const links = within(group).getAllByRole('button');
    expect(links.map((b) => b.textContent)).toEqual([
      `${keys[0]} · Arbejdspladsens id (CVR- eller P-nummer): Arbejdsplads-id 12345678 har også svar ${keys[1]}`,
      `${keys[1]} · Arbejdspladsens id (CVR- eller P-nummer): Arbejdsplads-id 12345678 har også svar ${keys[0]}`,
    ].sort());
    await user.click(within(group).getByRole('button', { name: new RegExp(`^${keys[1]} `) }));
    expect(opened).toEqual([[ids[1], 'workplace_id']]);
  });

  it('exports the report as a sheet and records the export', async () => {
    const user = userEvent.setup();
    await renderWith(store, dora, <QualityScreen onOpen={() => undefined} />);
    await screen.findByRole('region', { name: 'To besvarelser for samme arbejdsplads-id (2)' });
    await user.click(screen.getByRole('button', { name: 'Eksportér rapporten til Excel' }));
    await screen.findByText(/Rapporten \(\d+ fund\) er gemt som datakvalitet-/);
    const book = XLSX.read(store.saved[0]?.data, { type: 'array' });
    expect(book.SheetNames).toEqual(['Data quality']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Data quality'] as XLSX.WorkSheet);
    expect(rows.filter((r) => r.rule === 'duplicate-workplace').map((r) => r.response).sort()).toEqual([...keys].sort());
    expect((await store.audit.all()).at(-1)).toMatchObject({ action: 'export', actorId: dora.id, details: { kind: 'quality' } });
  });

});
