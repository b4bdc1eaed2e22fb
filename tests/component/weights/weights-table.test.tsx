import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { computeWeights } from '../../../renderer/src/core/weights/compute-weights';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { WeightsTable } from '../../../renderer/src/features/weights/WeightsTable';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { POPULATION, THIRTY_WORKPLACES } from '../../fixtures/indicators/thirty-workplaces';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());
const weights = computeWeights(POPULATION, THIRTY_WORKPLACES, vocabulary);

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

beforeEach(async () => {
  await initI18n('da');
});

describe('the weights table', () => {
  it('shows N_h, r_h and w per stratum, in Danish number format', () => {
    render(<WeightsTable weights={weights} lang="da" responseCount={30} />);
    const table = screen.getByRole('table', { name: /Vægte pr. stratum/ });
    expect(cells(within(table).getByRole('row', { name: /Stat · 10-49 ansatte/ }))).toEqual(['8', '4', '2,00', 'Vægtet']);
    expect(cells(within(table).getByRole('row', { name: /Region · 100 eller flere ansatte/ }))).toEqual(['12', '4', '3,00', 'Vægtet']);
    expect(cells(within(table).getByRole('row', { name: /Region · 50-99 ansatte/ }))).toEqual(['9', '0', '–', 'Ingen besvarelser']);
    expect(screen.getByText('r_h tæller de afsluttede og godkendte besvarelser (30 i alt), som indikatorerne gør som standard; kladder tæller ikke.')).toBeTruthy();
  });

  it('flags the stratum with respondents but no population count, in words', () => {
    render(<WeightsTable weights={weights} lang="da" responseCount={30} />);
    const row = screen.getByRole('row', { name: /Kommune · 50-99 ansatte/ });
    expect(row.className).toBe('flagged');
    expect(cells(row)).toEqual(['–', '2', '–', '⚠ Mangler populationstal']);
    expect(screen.getByRole('status').textContent).toMatch(/^1 stratum har besvarelser, men intet brugbart populationstal/);
    expect(screen.getByText('1 besvarelse mangler et stratum (fx niveau eller antal ansatte) og får ingen vægt.')).toBeTruthy();
  });

  it('in English', async () => {
    await initI18n('en');
    render(<WeightsTable weights={computeWeights(POPULATION, THIRTY_WORKPLACES, vocabulary)} lang="en" responseCount={1234} />);
    expect(cells(screen.getByRole('row', { name: /Municipality · 50-99 employees/ }))).toEqual(['–', '2', '–', '⚠ Population count missing']);
    expect(screen.getByText(/\(1,234 responses\)/)).toBeTruthy();
  });

  it('without a table says the figures are unweighted (w = 1)', () => {
    render(<WeightsTable weights={computeWeights(null, THIRTY_WORKPLACES, vocabulary)} lang="da" responseCount={30} />);
    expect(screen.getByText('Der er ingen populationstabel: alle tal er uvægtede (w = 1).')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
