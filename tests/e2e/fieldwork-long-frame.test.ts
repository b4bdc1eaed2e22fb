/**
 * A sample frame far beyond the limit in the real browser: a csv of 1,000,000 workplaces (about
 * 33 MB) is split in the spreadsheet Worker, which stops one row past the limit of 50,000; the
 * coordinator is told why the file was refused, nothing of it is stored, and the window stays free
 * (the longest task on its thread is printed, not asserted).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';
import { PATIENCE, Surveyor } from './support/surveyor';

const lines = ['cvr;navn;niveau;område;størrelse', ...Array.from({ length: 1_000_000 }, (_, i) => `${10_000_000 + i};Skole;kommune;uddannelse;10-49`)];
// Given to the file chooser as a file on disk: a buffer would be decoded by a script in the page, on its thread.
const dir = mkdtempSync(join(tmpdir(), 'long-frame-'));
const million = join(dir, 'hele-populationen.csv');
writeFileSync(million, lines.join('\r\n'), 'utf8');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!chromiumPath)('a sample frame that is too long', () => {
  it('a csv of 1,000,000 workplaces is refused for its length, split in the Worker; nothing is stored', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      // The window's long tasks, from the first script on.
      await context.addInitScript(() => {
        const w = window as unknown as { longestTask: number };
        w.longestTask = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      const s = await Surveyor.open(context);
      const page = s.page;
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.setViewportSize({ width: 1280, height: 720 });
      await s.startWithRole('Carl Mørk', 'CM', 'Koordinator');
      await goTo(page, 'Stikprøve');
      await page.getByText(/Der er endnu ingen stikprøve/).waitFor(PATIENCE);
      // From here on, only the import's tasks count.
      await page.evaluate(() => {
        (window as unknown as { longestTask: number }).longestTask = 0;
      });

      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Indlæs stikprøve …' }).click();
      await (await chooser).setFiles(million);
      const alert = page.getByRole('alert');
      await alert.getByText('Filen «hele-populationen.csv» blev afvist. Intet er ændret.').waitFor({ ...PATIENCE, timeout: 60_000 });
      expect(await alert.getByRole('listitem').allTextContents()).toEqual([
        'Filen er for lang: en stikprøve kan have højst 50.000 rækker under overskriften, og filen har flere.',
      ]);
      // Split off the window's thread, and nothing stored: the screen still has no sample, and no preview.
      expect(workers.filter((url) => /spreadsheet\.worker/.test(url))).toHaveLength(1);
      expect(await page.getByText(/Der er endnu ingen stikprøve/).count()).toBe(1);
      expect(await page.getByRole('region', { name: /Ændringer fra/ }).count()).toBe(0);
      const longest = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
      console.log(`1,000,000-row frame: longest task on the window's thread during the import ${Math.round(longest)} ms`);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
