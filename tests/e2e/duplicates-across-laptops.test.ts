/**
 * The same workplace keyed on two laptops: Anna and Bo (two browser profiles) each key workplace
 * 12345678 without any case and send their packages; the coordinator (a third profile) imports
 * both, is told at once that the import brought one new duplicate, opens the side-by-side view from
 * there, sees who keyed each on which computer, and keeps Anna's with a reason, by keyboard. Bo's is
 * then under «Slettede», and Anna's history names the decision.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { chromiumPath, launchBrowser, removeProfile, type BrowserSession } from './support/chromium';
import { importPackageFiles } from './support/exchange';
import { goTo } from './support/navigation';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

async function screenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: join(process.env['SCREENSHOT_DIR'] ?? '/tmp', `duplicates-${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A surveyor on her own laptop keys the workplace's name and id, then saves a package of all her responses. */
async function keyAndSend(session: BrowserSession, name: string, initials: string, workplace: string): Promise<{ key: string; file: string }> {
  const s = await Surveyor.open(session.context);
  await s.startAsSurveyor(name, initials);
  const key = await s.createResponse();
  await s.answer(da.workplace_name, workplace);
  await s.answer(da.workplace_id, '12345678');
  await s.waitUntilAllSaved();
  await s.backToList();
  await goTo(s.page, 'Send og indlæs');
  const panel = s.page.getByRole('region', { name: 'Send til koordinator' });
  await panel.getByRole('radio', { name: 'Alle besvarelser' }).check();
  const downloading = s.page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Gem pakke …' }).click();
  const file = join(session.profileDir, `${initials}.barometer`);
  await (await downloading).saveAs(file);
  return { key, file };
}

describe.skipIf(!chromiumPath)('duplicates across laptops', () => {
  it('the coordinator learns of a workplace keyed on two laptops at import, compares them and keeps one', async () => {
    const sessions = [await launchBrowser(), await launchBrowser(), await launchBrowser()] as const;
    const [annaLaptop, boLaptop, office] = sessions;
    try {
      const anna = await keyAndSend(annaLaptop, 'Anna Jensen', 'AJ', 'Skolen Nord');
      const bo = await keyAndSend(boLaptop, 'Bo Berg', 'BB', 'Skolen Nord, afd. Syd');

      const c = await Surveyor.open(office.context);
      const { page } = c;
      await c.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      await goTo(page, 'Send og indlæs');
      const { reports } = await importPackageFiles(page, [anna.file, bo.file]);
      expect(reports).toHaveLength(2);
      const notice = page.getByRole('status').filter({ hasText: 'Indlæsningen bragte 1 ny dublet' });
      await notice.waitFor(PATIENCE);
      expect(await notice.innerText()).toContain('Arbejdsplads-id: 12345678.');
      await screenshot(page, 'import');

      await notice.getByRole('button', { name: 'Sammenlign dubletterne …' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dubletter' }).waitFor(PATIENCE);
      await screenshot(page, 'list');
      const compare = page.getByRole('button', { name: `Sammenlign ${anna.key}, ${bo.key}` });
      await compare.focus();
      await page.keyboard.press('Enter');

      const table = page.getByRole('table', { name: 'Besvarelserne side om side' });
      await table.waitFor(PATIENCE);
      const cells = (row: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row }) }).getByRole('cell').allInnerTexts();
      expect(await cells('Interviewer')).toEqual(['Anna Jensen', 'Bo Berg']);
      const computers = await cells('Computer');
      expect(computers[0]).toMatch(/^Computer [0-9a-f]{8}, seneste pakke AJ\.barometer fra Anna Jensen, indlæst /);
      expect(computers[1]).toMatch(/^Computer [0-9a-f]{8}, seneste pakke BB\.barometer fra Bo Berg, indlæst /);
      expect(computers[0]?.slice(0, 17)).not.toBe(computers[1]?.slice(0, 17));
      expect(await cells(`${da.workplace_name} Forskellig`)).toEqual(['Skolen Nord', 'Skolen Nord, afd. Syd']);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'compare');

      // Keyboard only: the radio for Anna's, Tab to the reason, Tab to «Behold …», Enter.
      const keepAnna = page.getByRole('radio', { name: `Behold ${anna.key} (Anna Jensen)` });
      await keepAnna.focus();
      await page.keyboard.press('Space');
      expect(await keepAnna.isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      await c.expectFocusOn(page.getByRole('textbox', { name: /^Begrundelse/ }), 'the reason');
      await page.keyboard.type('Samme skole; Bos er tastet efter et gammelt skema');
      await page.keyboard.press('Tab');
      await c.expectFocusOn(page.getByRole('button', { name: 'Behold den valgte og slet de andre' }), 'the keep button');
      await screenshot(page, 'keep-form');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: `${anna.key} er beholdt, og ${bo.key} er slettet` }).waitFor(PATIENCE);
      await page.getByText('Ingen arbejdsplads er tastet mere end én gang.').waitFor(PATIENCE);
      await screenshot(page, 'kept');

      // Bo's is under «Slettede», Anna's stays in the list, and her history names the decision.
      await goTo(page, 'Besvarelser');
      await c.rowOf(anna.key).waitFor(PATIENCE);
      expect(await c.rowOf(bo.key).count()).toBe(0);
      await c.openResponse(anna.key);
      await page.getByRole('button', { name: 'Historik' }).click();
      await page.getByText(`Beholdt som arbejdspladsens besvarelse; slettede dubletten ${bo.key}`).first().waitFor(PATIENCE);
      await page.getByText('Samme skole; Bos er tastet efter et gammelt skema').first().waitFor(PATIENCE);
      await screenshot(page, 'history');
    } finally {
      for (const s of sessions) {
        await s.context.close().catch(() => undefined);
        removeProfile(s.profileDir);
      }
    }
  });
});
