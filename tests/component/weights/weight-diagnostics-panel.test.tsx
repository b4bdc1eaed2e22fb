import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeWeights, type PopulationTable, type Respondent } from '../../../renderer/src/core/weights';
import { WeightDiagnosticsPanel } from '../../../renderer/src/features/weights/WeightDiagnosticsPanel';
import { initI18n } from '../../../renderer/src/i18n/i18n';

// state N 10 (2 responses, w 5), region N 6 (3, w 2), municipality N 4 (none): Σw 16 against N 20.
const table: PopulationTable = [
  { sector_level: 'state', population: 10 },
  { sector_level: 'region', population: 6 },
  { sector_level: 'municipality', population: 4 },
];
const at = (id: string, sector_level: string): Respondent => ({ id, values: { sector_level } });
const people = [at('s1', 'state'), at('s2', 'state'), at('r1', 'region'), at('r2', 'region'), at('r3', 'region')];

beforeEach(async () => {
  await initI18n('da');
});

const value = (name: RegExp) => within(screen.getByRole('row', { name })).getAllByRole('cell')[0]?.textContent;

describe('the weighting diagnostics on the weights screen', () => {
  it('shows Σw against N, names the empty stratum, and the spread with Kish’s design effect in Danish numbers', () => {
    render(<WeightDiagnosticsPanel weights={computeWeights(table, people)} lang="da" />);
    expect(screen.getByRole('region', { name: 'Vægtningsdiagnostik' })).toBeTruthy();
    expect(screen.getByText('Σw er mindre end N: strata uden besvarelser er ikke repræsenteret.')).toBeTruthy();
    expect(screen.getByText('⚠ 1 stratum har et populationstal, men ingen besvarelser: municipality.')).toBeTruthy();
    expect(value(/^Summen af vægtene/)).toBe('16');
    expect(value(/^Population N/)).toBe('20');
    expect(value(/^Σw − N/)).toBe('-4');
    expect(value(/^Mindste vægt/)).toBe('2,00');
    expect(value(/^Største vægt/)).toBe('5,00');
    expect(value(/^Største \/ mindste/)).toBe('2,50');
    expect(value(/^Gennemsnitlig vægt/)).toBe('3,20'); // 16 / 5
    // Σw² = 2·25 + 3·4 = 62; deff = 5·62 / 256 = 1,2109…; CV = √0,2109… = 0,459…; effective n = 256/62
    expect(value(/^Designeffekt af vægtningen/)).toBe('1,211');
    expect(value(/^Variationskoefficient/)).toBe('0,459');
    expect(value(/^Effektivt antal/)).toBe('4,13');
  });

  it('says nothing when the figures are unweighted', () => {
    const { container } = render(<WeightDiagnosticsPanel weights={computeWeights(null, people)} lang="da" />);
    expect(container.textContent).toBe('');
  });
});
