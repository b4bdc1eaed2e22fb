import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { figuresOf } from '../../../renderer/src/analysis/compute-dashboard';
import { computeIndicators } from '../../../renderer/src/core/indicators/compute-indicators';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { computeWeights } from '../../../renderer/src/core/weights/compute-weights';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { DashboardView } from '../../../renderer/src/features/dashboard/DashboardView';
import type { DashboardState } from '../../../renderer/src/features/dashboard/use-dashboard';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { POPULATION, THIRTY_WORKPLACES } from '../../fixtures/indicators/thirty-workplaces';

const q = loadBuiltinQuestionnaire();
// Role queries over a table of 132 inputs / several charts are slow in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
const weights = computeWeights(POPULATION, THIRTY_WORKPLACES, stratumVocabulary(q));
const results = computeIndicators(q, THIRTY_WORKPLACES, weights.weights, weights);
const ready: DashboardState = { status: 'ready', data: { results, weighting: weights, responseCount: 30 } };

// jsdom has no ResizeObserver; the charts only need it to follow later size changes.
beforeAll(() => {
  vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(async () => {
  await initI18n('da');
});

function renderView(state: DashboardState, onFilterChange = vi.fn(), onChosenKeyChange = vi.fn()) {
  render(
    <DashboardView state={state} filter="all" onFilterChange={onFilterChange} lang="da" chosenKey="I5.civil_role" onChosenKeyChange={onChosenKeyChange} />,
  );
  return { onFilterChange, onChosenKeyChange };
}

describe('the indicator dashboard', () => {
  it('says it is computing, with the number of responses, while the figures are worked out', () => {
    renderView({ status: 'computing', count: 12_345 });
    expect(screen.getByRole('status').textContent).toBe('Beregner … (besvarelser læst: 12.345)');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('offers all or completed responses', async () => {
    const { onFilterChange } = renderView(ready);
    expect(screen.getByRole('radio', { name: 'Alle (ikke slettede)' })).toHaveProperty('checked', true);
    await userEvent.click(screen.getByRole('radio', { name: 'Kun afsluttede og godkendte' }));
    expect(onFilterChange).toHaveBeenCalledWith('completed');
  });

  it('shows the table, the flagged strata, and each chart as a captioned figure with its numbers', async () => {
    const { onChosenKeyChange } = renderView(ready);
    expect(screen.getByRole('status').textContent).toBe('Beregnet over 30 besvarelser.');
    expect(screen.getByText(/^1 stratum har besvarelser, men intet populationstal/)).toBeTruthy();
    const table = screen.getByRole('table', { name: /Indikatorer I1–I10/ });
    // I1 weighted by hand in the fixture: Σw·innov_any / Σw over weighted respondents = (13+10+11+9+6+3) / 85.
    const i1Row = within(table).getByRole('row', { name: /Andel innovative/ });
    expect(within(i1Row).getAllByRole('cell')[2]?.textContent).toBe('61,2\u00a0%');
    // Its 95 % interval (weighted ± 1.96 SE, from computeIndicators) and the small-base mark (n 29 < 30).
    const i1 = results.find((r) => r.key === 'I1.innovative' && r.group.dimension === 'overall');
    const pct = (v: number | null | undefined) => (100 * (v ?? NaN)).toFixed(1).replace('.', ',');
    expect(within(i1Row).getAllByRole('cell')[3]?.textContent).toBe(`${pct(i1?.ciLow)}–${pct(i1?.ciHigh)}\u00a0%`);
    expect(within(i1Row).getAllByRole('cell')[5]?.textContent).toBe('29 (under 30: for lille til at offentliggøre)');

    // The charts load on first use (code-split); role queries over the big tree are slow, so wait by text.
    await screen.findByText('I1 Andel innovative arbejdspladser efter forvaltningsniveau', { selector: 'figcaption' }, { timeout: 10_000 });
    const level = screen.getByRole('figure', { name: 'I1 Andel innovative arbejdspladser efter forvaltningsniveau' });
    expect(within(level).getAllByRole('row').map((r) => r.firstChild?.textContent)).toEqual(['Gruppe', 'Stat', 'Region', 'Kommune']);
    expect(screen.getByRole('figure', { name: 'I1 Andel innovative arbejdspladser efter område' })).toBeTruthy();
    const i7 = screen.getByRole('figure', { name: /^I7 Borgere fik mere indsigt/ });
    expect(within(i7).getByText(/^Demokratisk værdi: .* gange så ofte med en borger- eller frivilligrolle \(vægtet\)/)).toBeTruthy();

    expect(screen.getByRole('figure', { name: /^I5 .* efter forvaltningsniveau$/ })).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Indikator' }), 'I10.technology');
    expect(onChosenKeyChange).toHaveBeenCalledWith('I10.technology');
  });

  it('states which responses the figures rest on and the one base rule', async () => {
    renderView(ready);
    await userEvent.click(screen.getByText('Hvilke besvarelser tallene bygger på'));
    expect(screen.getByText(/^Medtagne besvarelser: afsluttede og godkendte; kladder kun/)).toBeTruthy();
    expect(screen.getByText(/Ubesvaret \(stillet, men tomt, -99\) tæller aldrig som «nej»/)).toBeTruthy();
  });

  it('tests the chosen figure\'s differences between government levels at the 5 % level', async () => {
    const data = figuresOf(q, THIRTY_WORKPLACES, POPULATION);
    renderView({ status: 'ready', data });
    await screen.findByText('Forskelle mellem forvaltningsniveauer (vægtet, testet på 5 %-niveau)', undefined, { timeout: 10_000 });
    const c = data.levelComparisons?.find((x) => x.key === 'I5.civil_role' && x.a === 'state' && x.b === 'municipality');
    expect(c).toBeDefined();
    const pts = (v: number) => `${v > 0 ? '+' : v < 0 ? '-' : ''}${Math.abs(100 * v).toFixed(1).replace('.', ',')}`;
    const line = screen.getByText(/^Stat − Kommune: /);
    expect(line.textContent).toMatch(new RegExp(`^Stat − Kommune: ${pts(c?.comparison.difference ?? 0).replace('+', '\\+')} procentpoint \\(95 %-interval .* til .*; p = .*\\): (ikke )?signifikant\\.$`));
    expect(line.textContent?.endsWith(c?.comparison.significant ? ': signifikant.' : ': ikke signifikant.')).toBe(true);
  });

  it('compares the chosen figure with a previous edition typed in, and says when the input is not a number', async () => {
    renderView(ready);
    const legend = await screen.findByText('Sammenlign med en tidligere udgave (det offentliggjorte tal og dets standardfejl)', undefined, { timeout: 10_000 });
    const box = legend.closest('fieldset') as HTMLElement;
    const user = userEvent.setup();
    await user.type(within(box).getByRole('textbox', { name: 'Tidligere andel (%)' }), '5x');
    expect(within(box).getByRole('status').textContent).toBe('Skriv andelen (0–100) og standardfejlen som tal, fx 81,5 og 1,2.');
    await user.clear(within(box).getByRole('textbox', { name: 'Tidligere andel (%)' }));
    await user.type(within(box).getByRole('textbox', { name: 'Tidligere andel (%)' }), '40,5');
    await user.type(within(box).getByRole('textbox', { name: 'Dens standardfejl (procentpoint)' }), '2');
    const i5 = results.find((r) => r.key === 'I5.civil_role' && r.group.dimension === 'overall');
    const now = i5?.kind === 'share' ? (i5.weightedShare ?? 0) : 0;
    const se = Math.sqrt((i5?.se ?? 0) ** 2 + 0.02 ** 2);
    const diff = (100 * (now - 0.405)).toFixed(1).replace('.', ',');
    const verdict = Math.abs((now - 0.405) / se) > 1.959964 ? 'signifikant' : 'ikke signifikant';
    expect(within(box).getByRole('status').textContent).toMatch(new RegExp(`^Denne udgave − den tidligere: \\+?${diff} procentpoint \\(95 %-interval .*\\): ${verdict}\\.$`));
  });

  it('says the figures are unweighted when there is no population table', () => {
    const unweighted = computeWeights(null, THIRTY_WORKPLACES);
    renderView({ status: 'ready', data: { results: computeIndicators(q, THIRTY_WORKPLACES, unweighted.weights), weighting: unweighted, responseCount: 30 } });
    expect(screen.getByText(/^Der er ingen populationstabel: alle tal er uvægtede/)).toBeTruthy();
  });
});
