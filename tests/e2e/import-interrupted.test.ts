/**
 * "All of it or none of it": a coordinator starts importing a package of 10,000 responses, and the
 * browser process is killed (SIGKILL: a crash or a power cut) while the import is saving. Started
 * again on the same profile directory, the database holds the state before the import or the
 * state after it, never a part: responses, summaries, revision trees, import record and audit entry
 * agree. Then the import runs again and completes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../renderer/src/core/questionnaire/builtin';
import { onePackageInput, packageFile } from '../fixtures/generate-packages';
import { chromiumPath, killBrowser, launchBrowser, removeProfile } from './support/chromium';
import { PATIENCE, Surveyor } from './support/surveyor';
import { goTo } from './support/navigation';
import { trustDialog } from './support/exchange';

const COUNT = 10_000;

interface StoreCounts {
  responses: number;
  summaries: number;
  revisions: number;
  imports: number;
  importEntries: number;
}

/** Counts what the app's database holds, read straight from IndexedDB in the page. */
function storeCounts(page: Page): Promise<StoreCounts> {
  return page.evaluate(
    () =>
      new Promise<StoreCounts>((resolve, reject) => {
        const open = indexedDB.open('barometer-entry');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['responses', 'summaries', 'revisions', 'imports', 'audit'], 'readonly');
          const count = (name: string) =>
            new Promise<number>((done) => {
              const req = tx.objectStore(name).count();
              req.onsuccess = () => done(req.result);
            });
          const importEntries = new Promise<number>((done) => {
            const req = tx.objectStore('audit').index('action').count('import');
            req.onsuccess = () => done(req.result);
          });
          void Promise.all([count('responses'), count('summaries'), count('revisions'), count('imports'), importEntries]).then(
            ([responses, summaries, revisions, imports, entries]) => {
              db.close();
              resolve({ responses, summaries, revisions, imports, importEntries: entries });
            },
          );
        };
      }),
  );
}

async function startImport(page: Page, file: string): Promise<void> {
  await goTo(page, 'Send og indlæs');
  const panel = page.getByRole('region', { name: 'Indlæs pakker' });
  const choosing = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Tilføj pakkefil …' }).click();
  await (await choosing).setFiles(file);
  await panel.getByRole('button', { name: 'Indlæs 1 pakke' }).click();
}

describe.skipIf(!chromiumPath)('an import interrupted by a crash', () => {
  it('leaves the database as before or as after, never between', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'barometer-import-'));
    const file = join(folder, 'large.barometer');
    const spec = { deviceId: 'laptop-7', surveyor: { id: 'p-7', name: 'Mette Hansen', initials: 'MH' } };
    writeFileSync(file, await packageFile(onePackageInput(loadBuiltinQuestionnaire(), COUNT, spec)));

    const first = await launchBrowser();
    const { profileDir } = first;
    try {
      const s = await Surveyor.open(first.context);
      await s.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      const before = await storeCounts(s.page);
      expect(before).toEqual({ responses: 0, summaries: 0, revisions: 0, imports: 0, importEntries: 0 });
      await startImport(s.page, file);
      await trustDialog(s.page).getByRole('button', { name: 'Stol på computeren og indlæs' }).click();
      // The progress line says the responses are being saved: the merge transaction is open.
      await s.page.getByRole('status').filter({ hasText: /^Gemmer large\.barometer/ }).waitFor({ timeout: 60_000 });
      expect(killBrowser(profileDir)).toBeGreaterThan(0);
      await first.context.close().catch(() => undefined);

      const second = await launchBrowser(profileDir);
      try {
        const again = await Surveyor.open(second.context);
        await again.newResponseButton.waitFor(PATIENCE);
        const after = await storeCounts(again.page);
        const whole = { responses: COUNT, summaries: COUNT, revisions: COUNT, imports: 1, importEntries: 1 };
        console.info(`import interrupted: the store holds ${after.responses === 0 ? 'the state before' : 'the state after'} the import`);
        expect([before, whole]).toContainEqual(after);

        // The coordinator imports again: the package arrives whole, or is recognised as imported.
        await startImport(again.page, file);
        // Rolled back, the trust went with it: the coordinator is asked again.
        const dialog = trustDialog(again.page);
        if (after.responses === 0) {
          // The dialog comes once the Worker has read and checked all 10,000 responses: as long as the first time.
          await dialog.waitFor({ timeout: 60_000 });
          await dialog.getByRole('button', { name: 'Stol på computeren og indlæs' }).click();
        }
        const report = again.page.getByRole('region', { name: 'Resultat' }).getByRole('listitem').first();
        await report.waitFor({ timeout: 120_000 });
        expect(await report.textContent()).toMatch(after.responses === 0 ? /^large\.barometer: indlæst\. Nye 10000,/ : /allerede indlæst/);
        expect(await storeCounts(again.page)).toEqual(whole);
      } finally {
        await second.context.close();
      }
    } finally {
      await first.context.close().catch(() => undefined);
      removeProfile(profileDir);
      rmSync(folder, { recursive: true, force: true });
    }
  }, 300_000);
});
