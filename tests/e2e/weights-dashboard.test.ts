/**
 * A coordinator in a plain browser: imports a population file (csv, then xlsx read in the disposable
 * Worker), sees the weights, has a bad file refused without any change, and reads the indicator
 * dashboard with its charts — all under the app's strict Content-Security-Policy.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { utils, write } from 'xlsx';
import { axeViolations } from './support/axe';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';

const LEVELS = ['state', 'region', 'municipality'] as const;
/** Forty completed or draft responses that follow the routing: levels, sizes, innovators with and without a citizen role. */
function responses(): unknown[] {
  return Array.from({ length: 40 }, (_, i) => {
    const innovator = i % 5 !== 0;
    const citizens = i % 3 === 0;
    const answers: Record<string, unknown> = {
      workplace_name: `Arbejdsplads ${i + 1}`,
      sector_level: LEVELS[i % 3],
      policy_area: i % 2 === 0 ? 'administration' : 'health',
      n_employees: i % 4 === 0 ? 5 : 30,
      innov_product: innovator ? 'yes' : 'no',
      innov_service: 'no',
      innov_process: 'no',
      innov_comm: 'no',
      ...(innovator
        ? {
            recent_types: ['product'],
            novelty: 'adapted',
            initiator: citizens ? ['citizens'] : ['manager'],
            collab_partner: citizens ? ['citizens'] : ['none'],
            tech_role: 'important',
            value: citizens || i % 7 === 0 ? ['insight_influence'] : ['quality'],
            evaluated: 'internal',
          }
        : { dev_ongoing: 'no' }),
    };
    const at = new Date(Date.UTC(2024, 0, 1 + i)).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      key: `E2E-${String(i).padStart(3, '0')}`,
      questionnaireId: 'innovation-barometer',
      questionnaireVersion: '2024.1',
      status: i % 2 === 0 ? 'completed' : 'draft',
      createdAt: at,
      createdById: 'seed',
      createdByName: 'Seed',
      updatedAt: at,
      revision: 1,
      answers,
      deletedAt: null,
    };
  });
}

/** Writes responses straight into the app's IndexedDB (as a sync from another device would have left them). */
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

async function pickFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Indlæs xlsx- eller csv-fil …' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

const populationCsv = ['Niveau;Antal', 'Stat;130', 'Kommune;2.450', ''].join('\r\n'); // no row for region → flagged
const wrongColumnCsv = ['Niveau;Indbyggere', 'Stat;5', ''].join('\n');

function populationXlsx(): Buffer {
  const sheet = utils.aoa_to_sheet([
    ['sector_level', 'population'],
    ['state', 140],
    ['region', 21],
    ['municipality', 2500],
  ]);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Population');
  return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
}

describe.skipIf(!chromiumPath)('weights and the indicator dashboard in a browser', () => {
  it('a coordinator imports the population, has a bad file refused, and reads the indicators with charts', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
      });
      await page.goto(inject('baseURL'));
      await page.getByLabel('Navn').fill('Karen Koordinator');
      await page.getByLabel('Initialer').fill('KK');
      await page.getByRole('radio', { name: 'Koordinator' }).check();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Ny besvarelse' }).waitFor();
      await seed(page, responses());
      await page.reload();

      // Weights: no table yet.
      await goTo(page, 'Vægte');
      await page.getByText('Der er ingen populationstabel: alle tal er uvægtede (w = 1).').waitFor();

      // A good csv: saved, weights shown, region flagged (responses but no count). r_h counts the 20 completed
      // responses, not the 20 drafts (the base rule): 7 municipal, 6 regional.
      await pickFile(page, 'population.csv', 'text/csv', Buffer.from(`\ufeff${populationCsv}`, 'utf8'));
      await page.getByText('Populationstabellen fra «population.csv» er indlæst og gemt (2 strata).').waitFor();
      const weights = page.getByRole('table', { name: /Vægte pr. stratum/ });
      await expect.poll(() => weights.getByRole('row', { name: /^Kommune/ }).innerText()).toMatch(/^Kommune\s+2\.450\s+7\s+350,00\s+Vægtet$/);
      expect(await weights.getByRole('row', { name: /^Region/ }).innerText()).toMatch(/Mangler populationstal/);
      await page.getByText(/^1 stratum har besvarelser, men intet brugbart populationstal/).waitFor();

      // A file with a wrong column: refused with the reason, and nothing changes (also after a reload).
      await pickFile(page, 'forkert.csv', 'text/csv', Buffer.from(wrongColumnCsv, 'utf8'));
      await page.getByText('Filen «forkert.csv» blev afvist. Intet er ændret.').waitFor();
      await page.getByText(/^Ukendt kolonne "Indbyggere"/).waitFor();
      expect(await weights.getByRole('row', { name: /^Kommune/ }).innerText()).toMatch(/2\.450/);
      await page.reload();
      await goTo(page, 'Vægte');
      await expect.poll(() => page.getByRole('table', { name: /Vægte pr. stratum/ }).getByRole('row', { name: /^Kommune/ }).innerText()).toMatch(/2\.450/);

      // An xlsx, read in the disposable Worker: replaces the table, no stratum flagged any more.
      await pickFile(page, 'population.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', populationXlsx());
      await page.getByText('Populationstabellen fra «population.xlsx» er indlæst og gemt (3 strata).').waitFor();
      const after = page.getByRole('table', { name: /Vægte pr. stratum/ });
      await expect.poll(() => after.getByRole('row', { name: /^Region/ }).innerText()).toMatch(/^Region\s+21\s+6\s+3,50\s+Vægtet$/);
      expect(await page.getByText(/brugbart populationstal/).count()).toBe(0);
      expect(await axeViolations(page), 'axe-core on the weights screen').toEqual([]);

      // The dashboard: the I1–I10 table and the charts, as SVG images with captions.
      await goTo(page, 'Indikatorer');
      // Finished responses by default (the base rule); drafts only when "Alle" is chosen.
      await page.getByText('Beregnet over 20 besvarelser.').waitFor();
      await page.getByRole('radio', { name: 'Alle (ikke slettede)' }).check();
      await page.getByText('Beregnet over 40 besvarelser.').waitFor();
      await page.getByRole('table', { name: /Indikatorer I1–I10/ }).waitFor();
      const level = page.getByRole('figure', { name: 'I1 Andel innovative arbejdspladser efter forvaltningsniveau' });
      await level.locator('svg[role="img"]').waitFor();
      expect(await level.locator('svg[role="img"] .recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(6);
      // Whiskers: the weighted shares' 95 % intervals, one per government level with responses.
      expect(await level.locator('svg[role="img"] .recharts-errorBar').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('figure svg[role="img"]').count()).toBe(4);
      await page.getByText(/^Demokratisk værdi: .* gange så ofte med en borger- eller frivilligrolle/).waitFor();
      expect(await axeViolations(page), 'axe-core on the dashboard').toEqual([]);

      // No console error at all, CSP violations included: zod 4 would probe `new Function` as its
      // schemas are built, unless made jitless before any schema module loads (renderer/src/zod-config.ts).
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
