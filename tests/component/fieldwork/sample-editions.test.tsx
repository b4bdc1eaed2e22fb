/**
 * «Stikprøve» checks a frame's levels and areas against the codes of the editions held on this
 * computer, in those of the edition for new responses, as the population table is: with 2027.1 (which
 * renames the level `state` to `national`) for new responses and 2024.1 held, a frame may name the old
 * code or the new label (stored as `national`) and a level only 2024.1 has; the built-in edition's
 * codes are not what it is checked against.
 */
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepositories, type Repositories } from '../../../renderer/src/app/repositories';
import { ServicesProvider } from '../../../renderer/src/app/services-context';
import { ok } from '../../../renderer/src/core/result';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { EditionCatalog } from '../../../renderer/src/db/edition-catalog';
import { SampleScreen } from '../../../renderer/src/features/fieldwork/SampleScreen';
import type { Host } from '../../../renderer/src/host/host';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { compiled } from '../../unit/editions/editions-fixture';
import { strata2024, strata2027 } from '../../unit/editions/strata-fixture';
import { carl, openTestDb, storeProfiles } from '../../unit/db/db-test-support';

const q24 = compiled(strata2024);
let db: BarometerDb;
let repos: Repositories;

beforeEach(async () => {
  db = await openTestDb('sample-editions');
  await storeProfiles(db);
  const catalog = new EditionCatalog(q24);
  repos = makeRepositories(db, catalog.lookup, catalog);
  await repos.questionnaires.ensure(strata2024);
  await repos.questionnaires.add(carl, strata2027, 'udgave-2027.xlsx');
  await repos.questionnaires.setActiveQuestionnaire(carl, 'strata-test', '2027.1');
});
afterEach(() => db.close());

async function renderWithFile(name: string, text: string) {
  await initI18n('da');
  const host: Host = {
    kind: 'browser',
    saveFile: async (file) => ok({ saved: true, fileName: file }),
    openFile: async () => ok({ name, data: new TextEncoder().encode(text) }),
    appInfo: async () => ({ version: '0.1.0', dataLocation: 'test', kind: 'browser' }),
    setTitle: () => undefined,
    onMenuCommand: () => () => undefined,
  };
  render(
    <ServicesProvider value={{ questionnaire: q24, ...repos, host, profile: carl, lang: 'da', setLang: async () => undefined, readOnlyReason: null }}>
      <SampleScreen />
    </ServicesProvider>,
  );
}

describe('«Stikprøve» across editions', { timeout: 20_000 }, () => {
  it('reads the old code and the new label as the new code, keeps a level only the older edition has, and stores the frame in the new codes', async () => {
    const frame = [
      'cvr;navn;niveau;område;størrelse',
      '11111111;Styrelsen;state;health;10-49',
      '22222222;Ministeriet;Staten;school;100+',
      '33333333;Rådhuset;Kommune;Kultur;3-9',
      '44444444;Nævnet;Andet niveau;health;50-99',
    ].join('\r\n');
    await renderWithFile('stikprøve.csv', frame);
    const user = userEvent.setup();
    await screen.findByText(/Der er endnu ingen stikprøve/);
    const pick = screen.getByRole('button', { name: 'Indlæs stikprøve …' });
    await expect.poll(() => (pick as HTMLButtonElement).disabled).toBe(false);
    await user.click(pick);
    const preview = await screen.findByRole('region', { name: 'Ændringer fra «stikprøve.csv»' });
    await user.click(within(preview).getByRole('button', { name: 'Anvend som version 1' }));
    await screen.findByText('Version 1 af stikprøven er gemt (4 arbejdspladser).');
    const stored = await db.cases.toArray();
    expect(stored.map((c) => [c.id, c.frame.sector_level, c.frame.policy_area, c.frame.size_class]).sort()).toEqual([
      ['11111111', 'national', 'health', '10_49'],
      ['22222222', 'national', 'school', '100_plus'],
      ['33333333', 'municipality', 'culture', '3_9'],
      ['44444444', 'other', 'health', '50_99'],
    ]);
    // The strata are labelled in the edition for new responses' words.
    const rates = await screen.findByRole('table', { name: /^Svarprocent pr\. stratum/ });
    expect(within(rates).getAllByRole('rowheader').map((c) => c.textContent)).toEqual([
      'Staten · Sundhed · 10–49 ansatte',
      'Staten · Skole · 100+ ansatte',
      'Kommune · Kultur · 3–9 ansatte',
      'Andet niveau · Sundhed · 50–99 ansatte',
      'I alt',
    ]);
  });

  it('refuses a level the built-in edition has but no edition held here, naming the codes it knows; nothing is stored', async () => {
    await renderWithFile('stikprøve.csv', ['cvr;navn;niveau;område;størrelse', '11111111;Regionshospitalet;region;health;100+'].join('\n'));
    const user = userEvent.setup();
    const pick = await screen.findByRole('button', { name: 'Indlæs stikprøve …' });
    await expect.poll(() => (pick as HTMLButtonElement).disabled).toBe(false);
    await user.click(pick);
    const refused = await screen.findByText('Filen «stikprøve.csv» blev afvist. Intet er ændret.');
    expect(refused.parentElement?.textContent).toContain('Række 2, niveau: «region» er ikke en kendt kode (national, municipality, other).');
    expect(await db.cases.count()).toBe(0);
    expect(await db.frameVersions.count()).toBe(0);
  });
});
