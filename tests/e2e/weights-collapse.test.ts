/**
 * A coordinator in a plain browser reads the weighting diagnostics (Σw against N, an empty stratum,
 * the spread of the weights) and weights the empty stratum together with a named neighbour; the
 * collapse survives a reload and can be removed again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';

const LEVELS = ['state', 'region', 'municipality'] as const;

/** 40 completed responses: every level × size class 3–9 / 10–49 has some, none has 50–99 employees. */
function responses(): unknown[] {
  return Array.from({ length: 40 }, (_, i) => {
    const at = new Date(Date.UTC(2024, 1, 1 + i)).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
      key: `COL-${String(i).padStart(3, '0')}`,
      questionnaireId: 'innovation-barometer',
      questionnaireVersion: '2024.1',
      status: 'completed',
      createdAt: at,
      createdById: 'seed',
      createdByName: 'Seed',
      updatedAt: at,
      revision: 1,
      answers: {
        workplace_name: `Arbejdsplads ${i + 1}`,
        sector_level: LEVELS[i % 3],
        policy_area: 'health',
        n_employees: i % 4 === 0 ? 5 : 30,
        innov_product: 'no',
        innov_service: 'no',
        innov_process: 'no',
        innov_comm: 'no',
        dev_ongoing: 'no',
      },
      deletedAt: null,
    };
  });
}

async function seed(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('barometer-entry');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('responses', 'readwrite');
          for (const row of rows) tx.objectStore('responses').add(row);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

// Stat · 50-99 has N = 7 but nobody: Σw falls 7 short of N = 1.439 until it is weighted with Stat · 10-49.
const populationCsv = ['Niveau;Størrelse;Antal', 'Stat;3-9;40', 'Stat;10-49;100', 'Stat;50-99;7', 'Region;3-9;12', 'Region;10-49;30', 'Kommune;3-9;350', 'Kommune;10-49;900', ''].join('\r\n');

describe.skipIf(!chromiumPath)('collapsing a small stratum in a browser', () => {
  it('a coordinator sees an empty stratum in the diagnostics and weights it together with its neighbour', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      await page.goto(inject('baseURL'));
      await page.getByLabel('Navn').fill('Karen Koordinator');
      await page.getByLabel('Initialer').fill('KK');
      await page.getByRole('radio', { name: 'Koordinator' }).check();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Ny besvarelse' }).waitFor();
      await seed(page, responses());
      await page.reload();

      await goTo(page, 'Vægte');
      await page.getByText('Der skal være en populationstabel, før strata kan vægtes sammen.').waitFor();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Indlæs xlsx- eller csv-fil …' }).click();
      await (await chooser).setFiles({ name: 'population.csv', mimeType: 'text/csv', buffer: Buffer.from(populationCsv, 'utf8') });
      await page.getByText('Populationstabellen fra «population.csv» er indlæst og gemt (7 strata).').waitFor();
      // The csv was split in the spreadsheet Worker, off the window's thread (issue 10, item 7).
      expect(workers.filter((url) => /spreadsheet\.worker/.test(url))).toHaveLength(1);

      // The diagnostics: the empty stratum named, Σw 7 short of N, the spread of the weights.
      const diagnostics = page.getByRole('region', { name: 'Vægtningsdiagnostik' });
      await diagnostics.getByText('⚠ 1 stratum har et populationstal, men ingen besvarelser: Stat · 50-99 ansatte.').waitFor();
      const measures = diagnostics.getByRole('table', { name: 'Vægtenes sum mod populationen og vægtenes spredning' });
      expect(await measures.getByRole('row', { name: /^Summen af vægtene/ }).innerText()).toMatch(/1\.432$/);
      expect(await measures.getByRole('row', { name: /^Population N/ }).innerText()).toMatch(/1\.439$/);
      expect(await measures.getByRole('row', { name: /^Σw − N/ }).innerText()).toMatch(/-7$/);
      expect(await measures.getByRole('row', { name: /^Designeffekt af vægtningen/ }).innerText()).toMatch(/\d,\d{3}$/);

      // Weight Stat · 50-99 together with Stat · 10-49.
      const collapse = page.getByRole('region', { name: 'Vægt små strata sammen' });
      await collapse.getByRole('button', { name: 'Vægt sammen' }).click();
      await collapse.getByText('Vælg både et stratum og det nabostratum, det skal vægtes sammen med.').waitFor();
      await collapse.getByRole('combobox', { name: 'Stratum', exact: true }).selectOption({ label: 'Stat · 50-99 ansatte' });
      await collapse.getByRole('combobox', { name: 'Vægtes sammen med' }).selectOption({ label: 'Stat · 10-49 ansatte' });
      await collapse.getByRole('button', { name: 'Vægt sammen' }).click();
      await collapse.getByRole('status').getByText('Stat · 50-99 ansatte vægtes nu sammen med Stat · 10-49 ansatte.').waitFor();
      await collapse.getByRole('listitem').getByText('Stat · 50-99 ansatte → Stat · 10-49 ansatte').waitFor();
      await diagnostics.getByText('Σw er lig N: hele populationen er repræsenteret.').waitFor();
      expect(await diagnostics.getByText(/ingen besvarelser/).count()).toBe(0);
      const weights = page.getByRole('table', { name: /Vægte pr. stratum/ });
      // Stat · 10-49: 10 responses, w = (100 + 7) / 10 = 10,70.
      expect(await weights.getByRole('row', { name: /^Stat · 10-49/ }).innerText()).toMatch(/10,70\s+Vægtet \(Vægtet sammen med: Stat · 50-99 ansatte\)$/);
      expect(await weights.getByRole('row', { name: /^Stat · 50-99/ }).innerText()).toMatch(/Vægtet sammen med Stat · 10-49 ansatte$/);
      expect(await axeViolations(page), 'axe-core on the weights screen with a collapse').toEqual([]);

      // It is stored: after a reload it is still in force, and it can be removed.
      await page.reload();
      await goTo(page, 'Vægte');
      const again = page.getByRole('region', { name: 'Vægt små strata sammen' });
      await again.getByRole('listitem').getByText('Stat · 50-99 ansatte → Stat · 10-49 ansatte').waitFor();
      await again.getByRole('button', { name: 'Fjern sammenvægtning af Stat · 50-99 ansatte' }).click();
      await again.getByRole('status').getByText('Stat · 50-99 ansatte vægtes nu for sig.').waitFor();
      await again.getByText('Ingen strata er vægtet sammen.').waitFor();
      await page.getByRole('region', { name: 'Vægtningsdiagnostik' }).getByText(/^⚠ 1 stratum har et populationstal, men ingen besvarelser/).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
