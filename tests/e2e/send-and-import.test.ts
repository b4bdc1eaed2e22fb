/**
 * A surveyor sends her work as a package file; a coordinator on another computer (another browser
 * profile) imports it and reads the report; importing the same file again changes nothing and says
 * so; a surveyor is not offered the import at all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, removeProfile, type BrowserSession } from './support/chromium';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';
import { goTo } from './support/navigation';
import { importPackageFiles } from './support/exchange';

async function openExchange(page: Page): Promise<void> {
  await goTo(page, 'Send og indlæs');
  await page.getByRole('heading', { level: 1, name: 'Send og indlæs pakker' }).waitFor(PATIENCE);
}

/** The fingerprint a computer's About panel shows, as the surveyor reads it out. */
async function fingerprintOf(page: Page): Promise<string> {
  await goTo(page, 'Om / datasikkerhed');
  const term = page.getByRole('term').filter({ hasText: 'Computerens fingeraftryk' });
  const shown = term.locator('xpath=following-sibling::dd[1]');
  await shown.getByText(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/).waitFor(PATIENCE);
  return /[0-9a-f]{4}( [0-9a-f]{4}){3}/.exec((await shown.textContent()) ?? '')?.[0] ?? '';
}

/** Imports one file (the first from a computer asks, and its dialog must show `trusting`); its report. */
async function importFile(page: Page, file: string, trusting?: string): Promise<string> {
  const { reports, dialogs } = await importPackageFiles(page, [file], trusting === undefined ? [] : [trusting]);
  expect(dialogs).toHaveLength(trusting === undefined ? 0 : 1);
  if (trusting !== undefined) expect(dialogs[0]).toContain('Mette Hansens computer');
  return reports[0] ?? '';
}

describe.skipIf(!chromiumPath)('send to coordinator', () => {
  it('a package made on one computer is imported on another, once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'barometer-send-'));
    const sessions: BrowserSession[] = [];
    try {
      const laptop = await launchBrowser();
      sessions.push(laptop);
      const mette = await Surveyor.open(laptop.context);
      const errors: string[] = [];
      mette.page.on('pageerror', (e) => errors.push(e.message));
      await mette.startAsSurveyor('Mette Hansen', 'MH');
      const key = await mette.createResponse();
      await mette.expectFocusOn(mette.textbox(da.workplace_name), `"${da.workplace_name}"`);
      await mette.page.keyboard.type('Plejecenter Solsikken');
      await mette.page.keyboard.press('Tab');
      await mette.waitUntilAllSaved();
      await mette.backToList();

      await openExchange(mette.page);
      // A surveyor sends; a surveyor imports only the coordinator's packages for them.
      await mette.page.getByRole('region', { name: 'Indlæs pakke fra koordinatoren' }).waitFor(PATIENCE);
      expect(await mette.page.getByRole('region', { name: 'Send til interviewer' }).count()).toBe(0);
      const send = mette.page.getByRole('region', { name: 'Send til koordinator' });
      await send.getByText('Der er ikke sendt nogen pakke fra denne computer endnu.').waitFor(PATIENCE);
      await send.getByRole('radio', { name: 'Alle besvarelser' }).check();
      const downloading = mette.page.waitForEvent('download');
      await send.getByRole('button', { name: 'Gem pakke …' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^barometer-pakke-MH-\d{8}T\d{4}\.barometer$/);
      const file = join(folder, 'mette.barometer');
      await download.saveAs(file);
      await send.getByRole('status').filter({ hasText: /^Pakken er gemt som .+: 1 besvarelse\.$/ }).waitFor(PATIENCE);
      await send.getByText(/^Sidste pakke: barometer-pakke-MH-/).waitFor(PATIENCE);
      const fingerprint = await fingerprintOf(mette.page);

      const office = await launchBrowser();
      sessions.push(office);
      const karin = await Surveyor.open(office.context);
      await karin.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      await openExchange(karin.page);
      expect(await importFile(karin.page, file, fingerprint)).toMatch(/^mette\.barometer: indlæst\. Nye 1, opdaterede 0, uændrede 0, konflikter 0, afviste 0\. Fra Mette Hansen/);
      expect(await importFile(karin.page, file)).toMatch(/^mette\.barometer: denne pakke blev allerede indlæst .+\. Intet er ændret\.$/);

      // The device is listed as trusted, with the fingerprint the surveyor read out.
      const trusted = karin.page.getByRole('table', { name: 'Betroede computere' });
      await trusted.getByRole('row').filter({ hasText: 'Mette Hansen' }).filter({ hasText: fingerprint }).waitFor(PATIENCE);

      // The response list, where the response now is.
      await goTo(karin.page, 'Besvarelser');
      await karin.rowOf(key).waitFor(PATIENCE);
      expect(await karin.rowOf(key).textContent()).toContain('Plejecenter Solsikken');
      expect(errors).toEqual([]);
    } finally {
      for (const session of sessions) {
        await session.context.close().catch(() => undefined);
        removeProfile(session.profileDir);
      }
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);
});
