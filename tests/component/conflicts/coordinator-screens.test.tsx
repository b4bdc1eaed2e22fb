import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictsScreen } from '../../../renderer/src/features/conflicts/ConflictsScreen';
import { OverviewScreen } from '../../../renderer/src/features/overview/OverviewScreen';
import { anna, bo, carl } from '../../unit/db/db-test-support';
import { openStore, questionnaire, renderWith, type Store } from '../audit/services-harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

describe('the coordinator screens', () => {
  it('say plainly when there is no conflict', async () => {
    await renderWith(store, carl, <ConflictsScreen />);
    expect(await screen.findByText('Der er ingen konflikter.')).toBeTruthy();
  });

  it('count by surveyor, government level (as its label) and flag a workplace keyed twice', async () => {
    for (const [who, level] of [[anna, 'municipality'], [bo, 'state']] as const) {
      const r = await store.responses.create(who, questionnaire);
      await store.responses.commitAnswer(who, r.id, 'workplace_id', '12345678');
      await store.responses.commitAnswer(who, r.id, 'sector_level', level);
    }
    await renderWith(store, carl, <OverviewScreen />);
    const bySurveyor = await screen.findByRole('table', { name: 'Besvarelser pr. interviewer' });
    expect([...bySurveyor.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual(
      [`${anna.name}1`, `${bo.name}1`].sort((a, b) => a.localeCompare(b)),
    );
    const byLevel = screen.getByRole('table', { name: 'Besvarelser pr. forvaltningsniveau' });
    expect(byLevel.textContent).toMatch(/Kommune1/);
    expect(byLevel.textContent).toMatch(/Stat1/);
    expect(screen.getByRole('list', { name: 'Arbejdsplads-id 12345678' }).querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByText('Der er ikke indlæst nogen pakker endnu.')).toBeTruthy();
  });

  it('lead from a workplace keyed twice to the side-by-side view', async () => {
    for (const who of [anna, bo]) {
      const r = await store.responses.create(who, questionnaire);
      await store.responses.commitAnswer(who, r.id, 'workplace_id', '12345678');
    }
    const onOpenDuplicates = vi.fn();
    await renderWith(store, carl, <OverviewScreen onOpenDuplicates={onOpenDuplicates} />);
    const button = await screen.findByRole('button', { name: 'Sammenlign og behold én …' });
    button.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(onOpenDuplicates).toHaveBeenCalledTimes(1);
  });
});
