/**
 * The coordinator's and auditor's screens with two editions held, the built-in 2024.1 in use and
 * 2027.1 loaded (the strata fixture with a workplace id: 2027.1 renames the level `state` to
 * `national` «Staten», adds the area `culture` «Kultur», rewords the level question and makes it
 * required). Anna keys A in 2024.1 (workplace 111, Stat, Sundhed); Bo keys B in 2027.1 (111, Staten,
 * Kultur); Anna keys C in 2027.1 (222, Skole, no level: a draft with a finding).
 */
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acrossHeldEditions } from '../../../renderer/src/analysis/held-editions';
import { makeRepositories, type Repositories } from '../../../renderer/src/app/repositories';
import { ServicesProvider } from '../../../renderer/src/app/services-context';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { ok } from '../../../renderer/src/core/result';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { EditionCatalog } from '../../../renderer/src/db/edition-catalog';
import type { Profile } from '../../../renderer/src/db/records';
import { revisionRow } from '../../../renderer/src/db/revision-write';
import { ConflictsScreen } from '../../../renderer/src/features/conflicts/ConflictsScreen';
import { DuplicatesScreen } from '../../../renderer/src/features/duplicates/DuplicatesScreen';
import { OverviewScreen } from '../../../renderer/src/features/overview/OverviewScreen';
import { QualityScreen } from '../../../renderer/src/features/quality/QualityScreen';
import { EMPTY_REVIEW_VIEW } from '../../../renderer/src/features/review/review-view';
import { ReviewScreen } from '../../../renderer/src/features/review/ReviewScreen';
import type { Host } from '../../../renderer/src/host/host';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { anna, bo, carl, dora, openTestDb, storeProfiles } from '../../unit/db/db-test-support';
import { compiled } from '../../unit/editions/editions-fixture';
import { anna as annaSide, bo as boSide, created, edited, merged } from '../../unit/revisions/revision-support';
import { strata2024, strata2027 } from '../../unit/editions/strata-fixture';

const withWorkplaceId = (def: QuestionnaireDef): QuestionnaireDef => ({
  ...def,
  sections: def.sections.map((s) => ({ ...s, questions: [{ name: 'workplace_id', type: 'text', label: { da: 'Arbejdsplads-id', en: 'Workplace id' } }, ...s.questions] })),
});
const e2024 = withWorkplaceId(strata2024);
const e2027: QuestionnaireDef = withWorkplaceId({
  ...strata2027,
  sections: strata2027.sections.map((s) => ({
    ...s,
    questions: s.questions.map((q) => (q.name === 'sector_level' ? { ...q, label: { da: 'Niveau i den offentlige sektor', en: 'Level of government' }, required: true } : q)),
  })),
});
const q24 = compiled(e2024);

const host: Host = {
  kind: 'browser',
  saveFile: async (name) => ok({ saved: true, fileName: name }),
  openFile: async () => ok(null),
  appInfo: async () => ({ version: '0.1.0', dataLocation: 'test', kind: 'browser' }),
  setTitle: () => undefined,
  onMenuCommand: () => () => undefined,
};

let db: BarometerDb;
let repos: Repositories;
let keys: { a: string; b: string; c: string };
let idOfB = '';

async function keyed(who: Profile, version: '2024.1' | '2027.1', answers: Record<string, string>, complete: boolean) {
  const q = repos.questionnaires.catalog.get('strata-test', version);
  if (!q) throw new Error(`edition ${version} not held`);
  const { id, key } = await repos.responses.create(who, q);
  for (const [field, value] of Object.entries(answers)) await repos.responses.commitAnswer(who, id, field, value);
  if (complete) await repos.responses.markCompleted(who, id);
  return key;
}

beforeEach(async () => {
  db = await openTestDb('edition-screens');
  await storeProfiles(db);
  const catalog = new EditionCatalog(q24);
  repos = makeRepositories(db, catalog.lookup, catalog);
  await repos.questionnaires.ensure(e2024);
  const a = await keyed(anna, '2024.1', { workplace_id: '111', sector_level: 'state', policy_area: 'health' }, true);
  await repos.questionnaires.add(carl, e2027, 'udgave-2027.xlsx');
  const b = await keyed(bo, '2027.1', { workplace_id: '111', sector_level: 'national', policy_area: 'culture' }, true);
  idOfB = (await repos.responses.listSummaries()).find((r) => r.key === b)?.id ?? '';
  const c = await keyed(anna, '2027.1', { workplace_id: '222', policy_area: 'school' }, false);
  keys = { a, b, c };
});
afterEach(() => db.close());

async function renderAs(profile: Profile, ui: ReactNode) {
  await initI18n('da');
  return render(<ServicesProvider value={{ questionnaire: q24, ...repos, host, profile, lang: 'da', setLang: async () => undefined, readOnlyReason: null }}>{ui}</ServicesProvider>);
}
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => r.textContent);

describe('screens across editions', { timeout: 30_000 }, () => {
  it('«Overblik» counts 2024.1’s «Stat» and 2027.1’s «Staten» as one level, in the newest words', async () => {
    await renderAs(carl, <OverviewScreen />);
    const byLevel = await screen.findByRole('table', { name: 'Besvarelser pr. forvaltningsniveau' }, { timeout: 10_000 });
    expect(rowsOf(byLevel)).toEqual(['Staten2', '(ikke besvaret)1']);
    // One each: ties in the order of their codes (culture, health, school).
    expect(rowsOf(screen.getByRole('table', { name: 'Besvarelser pr. område' }))).toEqual(['Kultur1', 'Sundhed1', 'Skole1']);
  });

  it('the review queue lists each level once in the newest words, and «Staten» selects both editions’ responses', async () => {
    const user = userEvent.setup();
    await renderAs(dora, <ReviewScreen initialView={{ ...EMPTY_REVIEW_VIEW, status: '' }} onViewChange={vi.fn()} onOpen={vi.fn()} />);
    await screen.findByText('3 besvarelser passer til filteret', {}, { timeout: 10_000 });
    const level = screen.getByLabelText('Forvaltningsniveau');
    expect(within(level).getAllByRole('option').map((o) => o.textContent)).toEqual(['Alle niveauer', 'Staten', 'Kommune', 'Andet niveau']);
    expect(within(screen.getByLabelText('Område')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Alle områder', 'Sundhed', 'Skole', 'Kultur']);
    await user.selectOptions(level, 'Staten');
    await screen.findByText('2 besvarelser passer til filteret');
    const table = screen.getByRole('table', { name: 'Besvarelser til gennemgang' });
    const cells = within(table).getAllByRole('row').slice(1).map((r) => [r.querySelector('th')?.textContent, r.children[3]?.textContent]);
    expect(cells).toEqual([[keys.a, 'Staten'], [keys.b, 'Staten']]);
    await user.selectOptions(screen.getByLabelText('Område'), 'Kultur');
    await screen.findByText('1 besvarelse passer til filteret');
  });

  it('bulk approve under «Staten» approves both editions’ responses, also one whose summary predates keeping its edition', async () => {
    const held = acrossHeldEditions(q24, repos.questionnaires.catalog.all());
    if (!held) throw new Error('two editions expected');
    const a = (await repos.responses.listSummaries()).find((r) => r.key === keys.a);
    if (!a) throw new Error('no A');
    const { questionnaireId: _id, questionnaireVersion: _version, ...older } = a;
    await db.summaries.put(older);
    const filter = { sectorLevel: 'national', editions: held };
    const queued = await repos.review.queue(filter);
    expect(queued.map((r) => r.key)).toEqual([keys.a, keys.b]);
    const approved = await repos.review.bulkApprove(dora, filter, queued.map((r) => r.id));
    expect(approved.map((r) => [r.key, r.status])).toEqual([[keys.a, 'approved'], [keys.b, 'approved']]);
  });

  it('«Dubletter» labels each side’s answers in its own edition: «Stat» and «Sundhed» for 2024.1, «Staten» and «Kultur» for 2027.1', async () => {
    const user = userEvent.setup();
    await renderAs(carl, <DuplicatesScreen />);
    await user.click(await screen.findByRole('button', { name: `Sammenlign ${keys.a}, ${keys.b}` }, { timeout: 10_000 }));
    const table = await screen.findByRole('table', { name: 'Besvarelserne side om side' });
    const cells = (name: RegExp) => [...within(table).getByRole('row', { name }).querySelectorAll('td')].map((td) => td.textContent);
    expect(cells(/^Område Forskellig/)).toEqual(['Sundhed', 'Kultur']);
    // 2027.1 renamed 2024.1's state to national: «Stat» and «Staten» are the same answer, so the
    // level is among the fields on which they agree, each side still in its own words.
    expect(within(table).queryByRole('row', { name: /^Forvaltningsniveau Forskellig/ })).toBeNull();
    await user.click(screen.getByText(/^Felter, hvor besvarelserne er ens/));
    const level = screen.getByText('Forvaltningsniveau', { selector: 'dt' });
    expect(level.nextElementSibling?.textContent).toBe('Stat (2024.1), Staten (2027.1)');
  });

  it('the conflict view labels a 2027.1 response’s sides in 2027.1’s words: «Staten» against «Kommune», under the 2027.1 wording', async () => {
    // B edited on two computers independently: one side kept «Staten», the other chose «Kommune».
    const base = created({ workplace_id: '111', sector_level: 'national', policy_area: 'culture' });
    const tree = merged(edited(base, { workplace_id: '111', sector_level: 'national', policy_area: 'culture' }, { actor: annaSide }), edited(base, { workplace_id: '111', sector_level: 'municipality', policy_area: 'culture' }, { actor: boSide }));
    await db.revisions.put(revisionRow(idOfB, tree));
    const user = userEvent.setup();
    await renderAs(carl, <ConflictsScreen />);
    await user.click(await screen.findByRole('button', { name: `Løs konflikten for ${keys.b}` }, { timeout: 10_000 }));
    const level = await screen.findByRole('group', { name: /^Niveau i den offentlige sektor/ });
    const sides = within(level).getAllByRole('radio').map((r) => r.closest('label')?.textContent?.replace(/^Version \d: /, ''));
    expect(sides.sort()).toEqual(['Kommune', 'Staten']);
  });

  it('«Datakvalitet» names a 2027.1 response’s question in 2027.1’s words', async () => {
    await renderAs(carl, <QualityScreen onOpen={vi.fn()} />);
    const group = await screen.findByRole('region', { name: 'Påkrævet, men ikke besvaret (1)' }, { timeout: 10_000 });
    expect(within(group).getByRole('button').textContent).toMatch(new RegExp(`^${keys.c} · Niveau i den offentlige sektor: `));
  });
});
