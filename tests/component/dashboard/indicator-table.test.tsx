import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OverallRow } from '../../../renderer/src/core/indicators/dashboard-view';
import { IndicatorTable } from '../../../renderer/src/features/dashboard/IndicatorTable';
import { initI18n } from '../../../renderer/src/i18n/i18n';

const t = (da: string, en: string) => ({ da, en });
const ROWS: OverallRow[] = [
  { id: 'I1', key: 'I1.innovative', label: t('Andel innovative arbejdspladser', 'Share of innovative workplaces'), kind: 'share', population: 'all', weighted: 0.8312, unweighted: 0.8, n: 1611, ciLow: 0.8137, ciHigh: 0.8487, se: 0.0089, smallBase: false },
  { id: 'I7', key: 'I7.with_civil_role', label: t('Med rolle', 'With a role'), kind: 'share', population: 'innovators', weighted: 0.3, unweighted: 0.25, n: 800, ciLow: 0.27, ciHigh: 0.33, se: 0.015, smallBase: false },
  { id: 'I7', key: 'I7.ratio', label: t('Forhold', 'Ratio'), kind: 'ratio', population: 'innovators', weighted: 3, unweighted: 2.456, n: 1352, ciLow: 2.12, ciHigh: 3.88, se: 0.45, smallBase: false },
  { id: 'I10', key: 'I10.technology', label: t('Teknologi', 'Technology'), kind: 'share', population: 'innovators', weighted: null, unweighted: null, n: 0, ciLow: null, ciHigh: null, se: null, smallBase: true },
];

const cellsOf = (name: string) =>
  within(screen.getByRole('row', { name: new RegExp(name) }))
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the indicator table', () => {
  it('shows the given figures formatted in Danish', async () => {
    await initI18n('da');
    render(<IndicatorTable rows={ROWS} lang="da" />);
    expect(screen.getByRole('table', { name: /Indikatorer I1–I10/ })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Id', 'Mål', 'Grundlag', 'Vægtet', '95 %-interval (vægtet)', 'Uvægtet', 'n']);
    expect(cellsOf('Andel innovative')).toEqual(['I1', 'Alle', '83,1\u00a0%', '81,4–84,9\u00a0%', '80,0\u00a0%', '1.611']);
    expect(cellsOf('Forhold')).toEqual(['I7', 'Innovatorer', '3,0 gange så ofte', '2,1–3,9', '2,5 gange så ofte', '1.352']);
    expect(cellsOf('Teknologi')).toEqual(['I10', 'Innovatorer', '–', '–', '–', '0 (under 30: for lille til at offentliggøre)']);
  });

  it('shows the same figures formatted in English', async () => {
    await initI18n('en');
    render(<IndicatorTable rows={ROWS} lang="en" />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Id', 'Figure', 'Base', 'Weighted', '95 % interval (weighted)', 'Unweighted', 'n']);
    expect(cellsOf('Share of innovative')).toEqual(['I1', 'All', '83.1%', '81.4–84.9%', '80.0%', '1,611']);
    expect(cellsOf('Ratio')).toEqual(['I7', 'Innovators', '3.0 times as often', '2.1–3.9', '2.5 times as often', '1,352']);
  });
});
