/**
 * The export dialog with two editions stored: its government level and area lists hold every
 * edition's options in the newest's words (a renamed level once, under its new name; a level only
 * the older edition has kept), and the count follows responses of both editions through the renames.
 */
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepositories, type Repositories } from '../../../renderer/src/app/repositories';
import { ServicesProvider } from '../../../renderer/src/app/services-context';
import { ok } from '../../../renderer/src/core/result';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { EditionCatalog } from '../../../renderer/src/db/edition-catalog';
import { ExportButton } from '../../../renderer/src/features/export/ExportButton';
import type { Host } from '../../../renderer/src/host/host';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { compiled } from '../../unit/editions/editions-fixture';
import { strata2024, strata2027 } from '../../unit/editions/strata-fixture';
import { anna, carl, openTestDb, storeProfiles } from '../../unit/db/db-test-support';

const q24 = compiled(strata2024);
let db: BarometerDb;
let repos: Repositories;

const host: Host = {
  kind: 'browser',
  saveFile: async (name) => ok({ saved: true, fileName: name }),
  openFile: async () => ok(null),
  appInfo: async () => ({ version: '0.1.0', dataLocation: 'test', kind: 'browser' }),
  setTitle: () => undefined,
  onMenuCommand: () => () => undefined,
};

async function keyed(edition: 'q24' | 'q27', level: string, area: string) {
  const q = edition === 'q24' ? q24 : await repos.questionnaires.forNewResponses(q24);
  const r = await repos.responses.create(anna, q);
  await repos.responses.commitAnswer(anna, r.id, 'sector_level', level);
  await repos.responses.commitAnswer(anna, r.id, 'policy_area', area);
  return r.id;
}

beforeEach(async () => {
  db = await openTestDb('export-dialog-editions');
  await storeProfiles(db);
  const catalog = new EditionCatalog(q24);
  repos = makeRepositories(db, catalog.lookup, catalog);
  await repos.questionnaires.ensure(strata2024);
  // Four responses keyed in 2024.1, then 2027.1 is stored and used for three more.
  const first = await keyed('q24', 'state', 'health');
  await keyed('q24', 'state', 'school');
  await keyed('q24', 'other', 'health');
  await keyed('q24', 'municipality', 'health');
  await repos.questionnaires.add(carl, strata2027, 'udgave-2027.xlsx');
  await repos.questionnaires.setActiveQuestionnaire(carl, 'strata-test', '2027.1');
  await keyed('q27', 'national', 'health');
  await keyed('q27', 'municipality', 'school');
  await keyed('q27', 'municipality', 'culture');
  // A list summary written before summaries kept their edition: the dialog reads the response's.
  await db.summaries.update(first, { questionnaireId: undefined, questionnaireVersion: undefined });
});
afterEach(() => db.close());

describe('the export dialog across two editions', () => {
  it('lists each level and area once in the newest words, and counts both editions’ responses through the renames', async () => {
    await initI18n('da');
    const user = userEvent.setup();
    render(
      <ServicesProvider value={{ questionnaire: q24, ...repos, host, profile: carl, lang: 'da', setLang: async () => undefined, readOnlyReason: null }}>
        <ExportButton />
      </ServicesProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Eksportér til Excel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Eksportér til Excel' });
    const level = within(dialog).getByRole('combobox', { name: 'Forvaltningsniveau' });
    const area = within(dialog).getByRole('combobox', { name: 'Område' });
    const texts = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent);
    expect(texts(level)).toEqual(['Alle niveauer', 'Staten', 'Kommune', 'Andet niveau']);
    expect(texts(area)).toEqual(['Alle områder', 'Sundhed', 'Skole', 'Kultur']);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'Alle besvarelser');
    const count = () => within(dialog).getAllByRole('status')[0]?.textContent;
    await waitFor(() => expect(count()).toBe('7 besvarelser valgt'));
    await user.selectOptions(level, 'Staten');
    expect(count()).toBe('3 besvarelser valgt');
    await user.selectOptions(level, 'Andet niveau');
    expect(count()).toBe('1 besvarelse valgt');
    await user.selectOptions(level, 'Kommune');
    await user.selectOptions(area, 'Kultur');
    expect(count()).toBe('1 besvarelse valgt');
  }, 30_000); // seven responses keyed into fake IndexedDB, then the dialog in jsdom, on a shared machine
});
