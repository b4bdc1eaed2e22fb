/**
 * The history of a draft moved to a new edition: the answers recorded before the move are labelled
 * with the options of the edition they were recorded in (2024.1's «Stat», a code 2027.1 renamed),
 * those after it with the new edition's; the response as it was before the move reads the same way.
 */
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepositories, type Repositories } from '../../../renderer/src/app/repositories';
import { ServicesProvider } from '../../../renderer/src/app/services-context';
import { editionsOfEntries } from '../../../renderer/src/core/audit/history-editions';
import { ok } from '../../../renderer/src/core/result';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { EditionCatalog } from '../../../renderer/src/db/edition-catalog';
import { HistoryScreen } from '../../../renderer/src/features/history/HistoryScreen';
import type { Host } from '../../../renderer/src/host/host';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { anna, carl, dora, openTestDb, storeProfiles } from '../../unit/db/db-test-support';
import { compiled } from '../../unit/editions/editions-fixture';
import { strata2024, strata2027 } from '../../unit/editions/strata-fixture';

const q24 = compiled(strata2024);
let db: BarometerDb;
let repos: Repositories;
let id = '';

const host: Host = {
  kind: 'browser',
  saveFile: async (name) => ok({ saved: true, fileName: name }),
  openFile: async () => ok(null),
  appInfo: async () => ({ version: '0.1.0', dataLocation: 'test', kind: 'browser' }),
  setTitle: () => undefined,
  onMenuCommand: () => () => undefined,
};

beforeEach(async () => {
  db = await openTestDb('history-moved-draft');
  await storeProfiles(db);
  const catalog = new EditionCatalog(q24);
  repos = makeRepositories(db, catalog.lookup, catalog);
  await repos.questionnaires.ensure(strata2024);
  ({ id } = await repos.responses.create(anna, q24));
  await repos.responses.commitAnswer(anna, id, 'sector_level', 'state');
  await repos.responses.commitAnswer(anna, id, 'policy_area', 'health');
  await repos.questionnaires.add(carl, strata2027, 'udgave-2027.xlsx');
  const { revision } = await repos.questionnaires.drafts.preview(id, 'strata-test', '2027.1');
  await repos.questionnaires.drafts.move(anna, id, 'strata-test', '2027.1', revision);
  await repos.responses.commitAnswer(anna, id, 'policy_area', 'culture');
});
afterEach(() => db.close());

describe('the history of a moved draft', () => {
  it('each entry says where it was recorded: 2024.1 before the move, 2027.1 from it on', async () => {
    const entries = await repos.audit.forResponse(id);
    expect(editionsOfEntries(entries, { id: 'strata-test', version: '2027.1' }).map((e) => e.version)).toEqual(['2024.1', '2024.1', '2024.1', '2027.1', '2027.1']);
  });

  it('labels the answers before the move with 2024.1’s options and those after with 2027.1’s', async () => {
    await initI18n('da');
    const user = userEvent.setup();
    render(
      <ServicesProvider value={{ questionnaire: q24, ...repos, host, profile: dora, lang: 'da', setLang: async () => undefined, readOnlyReason: null }}>
        <HistoryScreen responseId={id} onBack={() => undefined} />
      </ServicesProvider>,
    );
    const list = await screen.findByRole('list', { name: 'Alle ændringer, ældste først' });
    const text = within(list).getAllByRole('listitem').map((li) => li.querySelector('.history-what')?.textContent);
    expect(text).toEqual([
      'Oprettede besvarelsen',
      'Ændrede «Forvaltningsniveau»: (tom) → Stat',
      'Ændrede «Område»: (tom) → Sundhed',
      'Flyttede kladden fra udgave 2024.1 til udgave 2027.1',
      'Ændrede «Område»: Sundhed → Kultur',
    ]);
    // The response as it was before the move, in 2024.1's words; after it, in 2027.1's.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tidspunkt' }), '2');
    const answers = () => within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => r.children[1]?.textContent);
    expect(answers()).toEqual(['Stat', 'Sundhed']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tidspunkt' }), '3');
    expect(answers()).toEqual(['Staten', 'Sundhed']);
  }, 30_000); // a store with two editions and a move, then the screen in jsdom, on a shared machine
});
