/**
 * «Fremdrift pr. dag» as a person meets it: one image whose name sums the fieldwork up, and the
 * figures per day in a table behind a disclosure, dates in Danish.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DayProgress } from '../../../renderer/src/core/fieldwork/progress-by-day';
import { ProgressByDay } from '../../../renderer/src/features/fieldwork/ProgressByDay';
import { initI18n } from '../../../renderer/src/i18n/i18n';

const day = (d: string, attempts: number, attempted: number, firstAttempted: number, completed: number, attemptedSoFar: number, completedSoFar: number): DayProgress => ({
  day: d, attempts, attempted, firstAttempted, completed, attemptedSoFar, completedSoFar,
});

const DAYS = [
  day('2026-11-30', 14, 12, 12, 2, 12, 2),
  day('2026-12-01', 0, 0, 0, 0, 12, 2),
  day('2026-12-02', 1_310, 1_204, 1_100, 35, 1_112, 37),
];

beforeAll(() => initI18n('da'));

describe('progress by day', () => {
  it('sums the days up in the chart’s name, and shows each day’s figures on request', async () => {
    render(<ProgressByDay days={DAYS} lang="da" />);
    const chart = screen.getByRole('img', {
      name: 'Fremdrift pr. dag fra 30.11.2026 til 02.12.2026 (3 dage): 1.112 arbejdspladser forsøgt og 37 gennemført i alt. Flest forsøgt på én dag: 1.204 (02.12.2026).',
    });
    // Two bars a day: attempted and completed; the y axis ends at 2.000 (the next 1-2-5 step above 1.204).
    expect(chart.querySelectorAll('rect')).toHaveLength(6);
    expect(chart.textContent).toContain('2.000');
    await userEvent.click(screen.getByText('Vis tallene pr. dag'));
    const table = screen.getByRole('table', { name: 'Fremdrift pr. dag (dage efter dansk tid)' });
    const cells = (name: string) => within(within(table).getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell').map((c) => c.textContent);
    expect(cells('30\\.11\\.2026')).toEqual(['14', '12', '12', '2', '12', '2']);
    expect(cells('01\\.12\\.2026')).toEqual(['0', '0', '0', '0', '12', '2']);
    expect(cells('02\\.12\\.2026')).toEqual(['1.310', '1.204', '1.100', '35', '1.112', '37']);
  });

  it('says so before any work is recorded, without a chart', () => {
    render(<ProgressByDay days={[]} lang="da" />);
    expect(screen.getByText('Der er endnu ikke registreret forsøg eller besvarelser.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
