import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { stratumVocabulary, type PopulationTable } from '../../../renderer/src/core/weights/population';
import type { StratumCollapse } from '../../../renderer/src/core/weights/collapse';
import { CollapsePanel } from '../../../renderer/src/features/weights/CollapsePanel';
import { initI18n } from '../../../renderer/src/i18n/i18n';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());
const table: PopulationTable = [
  { sector_level: 'state', population: 40 },
  { sector_level: 'region', population: 5 },
  { sector_level: 'municipality', population: 900 },
];
const REGION = 'sector_level=region';
const STATE = 'sector_level=state';
const MUNICIPALITY = 'sector_level=municipality';

beforeEach(async () => {
  await initI18n('da');
});

function renderPanel(collapses: StratumCollapse[] = [], props: Partial<Parameters<typeof CollapsePanel>[0]> = {}) {
  const onSave = vi.fn();
  render(<CollapsePanel table={table} collapses={collapses} vocabulary={vocabulary} lang="da" readOnly={false} notice="" onSave={onSave} {...props} />);
  return onSave;
}

const pick = async (from: string, into: string) => {
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Stratum' }), from);
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Vægtes sammen med' }), into);
  await userEvent.click(screen.getByRole('button', { name: 'Vægt sammen' }));
};

describe('collapsing strata on the weights screen', () => {
  it('stores a stratum weighted together with the neighbour named, and says so', async () => {
    const onSave = renderPanel();
    await pick('Region', 'Stat');
    expect(onSave).toHaveBeenCalledWith([{ from: REGION, into: STATE }], 'Region vægtes nu sammen med Stat.');
  });

  it('does not offer a stratum as its own neighbour, and asks for both choices', async () => {
    const onSave = renderPanel();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Stratum' }), 'Region');
    const into = screen.getByRole('combobox', { name: 'Vægtes sammen med' });
    expect([...into.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Vælg …', 'Stat', 'Kommune']);
    await userEvent.click(screen.getByRole('button', { name: 'Vægt sammen' }));
    expect(screen.getByRole('alert').textContent).toBe('Vælg både et stratum og det nabostratum, det skal vægtes sammen med.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a chain: into a stratum that is itself collapsed, or a stratum others are collapsed into', async () => {
    const onSave = renderPanel([{ from: REGION, into: STATE }]);
    await pick('Kommune', 'Region');
    expect(screen.getByRole('alert').textContent).toBe('Region er selv vægtet sammen med et andet stratum: vælg et andet.');
    await pick('Stat', 'Kommune');
    expect(screen.getByRole('alert').textContent).toBe('Andre strata er vægtet sammen med Stat: fjern dem først, eller vælg Stat som nabostratum.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('lists the collapses in force, each with a named remove button', async () => {
    const onSave = renderPanel([{ from: REGION, into: STATE }, { from: MUNICIPALITY, into: STATE }]);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Region → Stat Fjern', 'Kommune → Stat Fjern']);
    await userEvent.click(screen.getByRole('button', { name: 'Fjern sammenvægtning af Region' }));
    expect(onSave).toHaveBeenCalledWith([{ from: MUNICIPALITY, into: STATE }], 'Region vægtes nu for sig.');
  });

  it('reports a stored collapse the table no longer allows, and offers to remove it', async () => {
    const onSave = renderPanel([{ from: 'sector_level=state|size_class=3_9', into: STATE }]);
    expect(screen.getByText(/^1 gemt sammenvægtning passer ikke til populationstabellen og bruges ikke: sector_level=state\|size_class=3_9 → Stat\./)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Fjern' }));
    expect(onSave).toHaveBeenCalledWith([], 'sector_level=state|size_class=3_9 vægtes nu for sig.');
  });

  it('needs a population table first, and a read-only store disables every control', () => {
    const { unmount } = render(<CollapsePanel table={null} collapses={[]} vocabulary={vocabulary} lang="da" readOnly={false} notice="" onSave={vi.fn()} />);
    expect(screen.getByText('Der skal være en populationstabel, før strata kan vægtes sammen.')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    unmount();
    renderPanel([{ from: REGION, into: STATE }], { readOnly: true });
    expect(screen.getByRole('combobox', { name: 'Stratum' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Vægt sammen' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Fjern sammenvægtning af Region' })).toHaveProperty('disabled', true);
  });
});
