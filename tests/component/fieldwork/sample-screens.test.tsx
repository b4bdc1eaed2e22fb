/**
 * «Stikprøve» and «Mine opgaver» over a real store: a coordinator imports a frame, sees the change a
 * re-import would make before applying it, assigns a stratum to a surveyor; the surveyor records an
 * attempt in a few keys and starts a response from a case.
 */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../renderer/src/core/result';
import { AssignmentsScreen } from '../../../renderer/src/features/fieldwork/AssignmentsScreen';
import { SampleScreen } from '../../../renderer/src/features/fieldwork/SampleScreen';
import { ServicesProvider } from '../../../renderer/src/app/services-context';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { render } from '@testing-library/react';
import type { Profile } from '../../../renderer/src/db/records';
import { anna, bo, carl } from '../../unit/db/db-test-support';
import { openStore, questionnaire, type Store } from '../audit/services-harness';

const FRAME = [
  'cvr;navn;adresse;postnr;by;kontaktperson;telefon;niveau;område;størrelse',
  '11111111;Skolen Nord;Nordvej 1;8000;Aarhus;Mette Hansen;+45 11 11 11 11;kommune;uddannelse;10-49',
  '22222222;Skolen Syd;Sydvej 2;8000;Aarhus;;;kommune;uddannelse;10-49',
  '33333333;Regionshospitalet;Hospitalsvej 3;7100;Vejle;;;region;sundhed;100+',
  '44444444;Museet;Museumsgade 4;1000;København;;;stat;kultur og fritid;3-9',
].join('\r\n');

let store: Store;
afterEach(() => store?.close());

/** Renders with a host whose file dialog returns the given files in turn. */
async function renderScreen(profile: Profile, ui: React.ReactNode, files: { name: string; text: string }[] = []) {
  await initI18n('da');
  const services = store.services(profile);
  const queue = [...files];
  const host = { ...services.host, openFile: async () => {
    const next = queue.shift();
    return ok(next ? { name: next.name, data: new TextEncoder().encode(next.text) } : null);
  } };
  return render(<ServicesProvider value={{ ...services, host }}>{ui}</ServicesProvider>);
}

describe('«Stikprøve»', { timeout: 20_000 }, () => {
  it('imports a frame after showing it, then shows the rates per stratum and assigns a stratum in one block', async () => {
    store = await openStore();
    const user = userEvent.setup();
    await renderScreen(carl, <SampleScreen />, [{ name: 'stikprøve.csv', text: FRAME }]);
    await screen.findByText(/Der er endnu ingen stikprøve/);

    await user.click(screen.getByRole('button', { name: 'Indlæs stikprøve …' }));
    const preview = await screen.findByRole('region', { name: 'Ændringer fra «stikprøve.csv»' });
    expect(within(preview).getByText('Stikprøven får 4 arbejdspladser.')).toBeTruthy();
    expect(await store.db.cases.count()).toBe(0);
    await user.click(within(preview).getByRole('button', { name: 'Anvend som version 1' }));
    await screen.findByText('Version 1 af stikprøven er gemt (4 arbejdspladser).');

    const rates = await screen.findByRole('table', { name: /^Svarprocent pr\. stratum/ });
    const rows = within(rates).getAllByRole('row').map((r) => within(r).queryAllByRole('rowheader').concat(within(r).queryAllByRole('cell')).map((c) => c.textContent?.replace(/\u00a0/g, ' ')));
    expect(rows.slice(1)).toEqual([
      ['Kommune · Uddannelse · 10-49 ansatte', '2', '0', '0', '0', '0', '0', '0,0 %', '0,0 %', '–', '0,0 %', '0,0 %'],
      ['Region · Sundhed · 100 eller flere ansatte', '1', '0', '0', '0', '0', '0', '0,0 %', '0,0 %', '–', '0,0 %', '0,0 %'],
      ['Stat · Kultur og fritid · 3-9 ansatte', '1', '0', '0', '0', '0', '0', '0,0 %', '0,0 %', '–', '0,0 %', '0,0 %'],
      ['I alt', '4', '0', '0', '0', '0', '0', '0,0 %', '0,0 %', '–', '0,0 %', '0,0 %'],
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Stratum' }), 'Kommune · Uddannelse · 10-49 ansatte');
    expect(screen.getByText(/Viser 2 af 4 arbejdspladser/)).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tildel til' }), bo.name);
    await user.click(screen.getByRole('button', { name: 'Tildel alle viste (2)' }));
    await screen.findByText(`2 arbejdspladser er tildelt ${bo.name}.`);
    expect((await store.db.cases.where('assigneeId').equals(bo.id).primaryKeys()).sort()).toEqual(['11111111', '22222222']);

    // One more, picked from the list.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stratum' }), 'Alle');
    await user.click(screen.getByRole('checkbox', { name: 'Vælg Museet' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tildel til' }), anna.name);
    await user.click(screen.getByRole('button', { name: 'Tildel de valgte (1)' }));
    await screen.findByText(`1 arbejdsplads er tildelt ${anna.name}.`);
    const bySurveyor = screen.getByRole('table', { name: /^Svarprocent pr\. interviewer/ });
    await waitFor(() =>
      expect(within(bySurveyor).getAllByRole('rowheader').map((h) => [h.textContent, h.nextElementSibling?.textContent, h.nextElementSibling?.nextElementSibling?.textContent])).toEqual([
        [bo.name, '2', '2'], ['Ikke tildelt', '1', '0'], [anna.name, '1', '1'], ['I alt', '4', '3'],
      ]),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Interviewer' }), 'Ikke tildelt');
    const list = screen.getByRole('region', { name: 'Arbejdspladser' });
    expect(within(list).getByRole('rowheader', { name: 'Regionshospitalet' })).toBeTruthy();
    expect(within(list).queryByRole('rowheader', { name: 'Museet' })).toBeNull();
  });

  it('a re-import shows what changes before anything is applied; a bad file is refused naming row and column', async () => {
    store = await openStore();
    const user = userEvent.setup();
    const changed = FRAME.replace('Skolen Syd', 'Skolen Syd og Vest').replace(/\r\n44444444.*$/, '\r\n55555555;Biblioteket;;;;;;kommune;kultur og fritid;3-9');
    await renderScreen(carl, <SampleScreen />, [
      { name: 'v1.csv', text: FRAME },
      { name: 'v2.csv', text: changed },
      { name: 'v3.csv', text: FRAME.replace('22222222', '2222') },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Indlæs stikprøve …' }));
    await user.click(await screen.findByRole('button', { name: 'Anvend som version 1' }));
    await screen.findByText(/Version 1 af stikprøven er gemt/);

    await user.click(screen.getByRole('button', { name: 'Indlæs stikprøve …' }));
    const preview = await screen.findByRole('region', { name: 'Ændringer fra «v2.csv»' });
    expect(within(preview).getByText('1 nye, 1 udgår, 1 ændrede, 2 uændrede.')).toBeTruthy();
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Ny: 55555555 Biblioteket',
      'Udgår: 44444444 Museet (forsøg og besvarelser gemmes)',
      'Ændret: 22222222 Skolen Syd og Vest (navn)',
    ]);
    await user.click(within(preview).getByRole('button', { name: 'Annullér' }));
    expect((await store.db.frameVersions.count())).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Indlæs stikprøve …' }));
    const alert = await screen.findByText('Filen «v3.csv» blev afvist. Intet er ændret.');
    expect(alert.parentElement?.textContent).toMatch(/Række 3, arbejdsplads-id: «2222» er hverken et CVR-nummer/);
    expect(await store.db.frameVersions.count()).toBe(1);
  });

  it('a file with more than 50,000 workplaces is refused whole for its length, and the frame in force stays as it was', async () => {
    store = await openStore();
    const user = userEvent.setup();
    const tooLong = ['cvr;navn;niveau;område;størrelse', ...Array.from({ length: 50_001 }, (_, i) => `${10_000_000 + i};Skole ${i};kommune;uddannelse;10-49`)].join('\n');
    await renderScreen(carl, <SampleScreen />, [
      { name: 'v1.csv', text: FRAME },
      { name: 'alle.csv', text: tooLong },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Indlæs stikprøve …' }));
    await user.click(await screen.findByRole('button', { name: 'Anvend som version 1' }));
    await screen.findByText(/Version 1 af stikprøven er gemt/);
    const before = (await store.db.cases.toArray()).map((c) => c.id).sort();

    await user.click(screen.getByRole('button', { name: 'Indlæs stikprøve …' }));
    const alert = await screen.findByText('Filen «alle.csv» blev afvist. Intet er ændret.');
    expect(within(alert.parentElement as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Filen er for lang: en stikprøve kan have højst 50.000 rækker under overskriften, og filen har flere.',
    ]);
    expect(screen.queryByRole('region', { name: /Ændringer fra/ })).toBeNull();
    expect(await store.db.frameVersions.count()).toBe(1);
    expect((await store.db.cases.toArray()).map((c) => c.id).sort()).toEqual(before);
    expect(before).toEqual(['11111111', '22222222', '33333333', '44444444']);
  });
});

describe('«Mine opgaver»', { timeout: 20_000 }, () => {
  async function withAssigned() {
    store = await openStore();
    const { FieldworkRepository } = await import('../../../renderer/src/db/fieldwork-repository');
    const { parseFrameCsv } = await import('../../../renderer/src/core/fieldwork/parse-frame');
    const { stratumVocabulary } = await import('../../../renderer/src/core/weights/population');
    const parsed = parseFrameCsv(FRAME, stratumVocabulary(questionnaire));
    if (!parsed.ok) throw new Error('frame');
    const fieldwork = new FieldworkRepository(store.db);
    await fieldwork.applyFrame(carl, parsed.value, 'f.csv', 0);
    await fieldwork.assign(carl, ['11111111', '33333333'], anna.id);
    return fieldwork;
  }

  it('lists only my cases; an attempt is recorded with an outcome key and Enter', async () => {
    await withAssigned();
    const user = userEvent.setup();
    await renderScreen(anna, <AssignmentsScreen onOpenResponse={() => undefined} />);
    expect((await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent)).toEqual(['Skolen Nord', 'Regionshospitalet']);
    expect(screen.getByText('2 opgaver')).toBeTruthy();
    expect(screen.getByText(/Kontakt: Mette Hansen · \+45 11 11 11 11/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Registrér forsøg for Regionshospitalet' }));
    const form = await screen.findByRole('form', { name: 'Forsøg: Regionshospitalet' });
    await waitFor(() => expect(within(form).getByRole('radio', { name: /Gennemført interview/ })).toBe(document.activeElement));
    await user.keyboard('3');
    expect(within(form).getByRole('radio', { name: /Nægtet/ })).toHaveProperty('checked', true);
    await user.keyboard('{Enter}');
    await screen.findByText('Forsøget er gemt: Nægtet.');
    const item = screen.getByRole('heading', { name: 'Regionshospitalet' }).closest('li')!;
    expect(await within(item as HTMLElement).findByText('Nægtet')).toBeTruthy();
    expect(await store.db.attempts.toArray()).toMatchObject([{ caseId: '33333333', mode: 'phone', outcome: 'refusal', byId: anna.id }]);
  });

  it('starts a response from a case with section A filled in from the frame', async () => {
    await withAssigned();
    const user = userEvent.setup();
    const opened = vi.fn();
    await renderScreen(anna, <AssignmentsScreen onOpenResponse={opened} />);
    await user.click(await screen.findByRole('button', { name: 'Start besvarelse for Skolen Nord' }));
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    const response = await store.db.responses.get(opened.mock.calls[0]![0] as string);
    expect(response?.answers).toEqual({ workplace_name: 'Skolen Nord', workplace_id: '11111111', sector_level: 'municipality', policy_area: 'education' });
    expect(response?.createdById).toBe(anna.id);
  });

  it('warns on a case that has two responses', async () => {
    const fieldwork = await withAssigned();
    const first = await store.responses.createFromCase(anna, questionnaire, '11111111');
    const second = await store.responses.create(anna, questionnaire);
    await fieldwork.linkResponse(anna, second.id, '11111111');
    await renderScreen(anna, <AssignmentsScreen onOpenResponse={() => undefined} />);
    const item = (await screen.findByRole('heading', { name: 'Skolen Nord' })).closest('li') as HTMLElement;
    const warning = await within(item).findByText(/^⚠ Arbejdspladsen har 2 besvarelser \(.+\)\. Hver arbejdsplads skal have én: slet den overskydende, eller bed koordinatoren om det\.$/);
    // Both keys, oldest link first (within one millisecond the order is the store's).
    expect(new Set(/\((.+)\)/.exec(warning.textContent ?? '')?.[1]?.split(', '))).toEqual(new Set([first.key, second.key]));
    const other = screen.getByRole('heading', { name: 'Regionshospitalet' }).closest('li') as HTMLElement;
    expect(within(other).queryByText(/^⚠/)).toBeNull();
  });
});
