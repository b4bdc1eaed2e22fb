/**
 * The coordinator's lists with two editions held: a response keyed in 2024.1 at level «Stat», the
 * next edition 2027.1 loaded from an XLSForm with that level renamed `national` «Staten» (choices
 * `previous_name`), and a response of the same workplace keyed in it. «Overblik» counts the level
 * once, as «Staten»; the review queue lists it once and «Staten» selects both responses; «Dubletter»
 * shows each side's level in its own edition's words. With SCREENSHOT_DIR set, each screen is saved
 * there at 1280×720.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';
import { loadEditionFromXlsForm, withVersion, workbookOf, type Sheets } from './support/xlsform-edition';

/** 2027.1: the government level `state` renamed `national`, «Staten». */
function renamedLevel(current: Sheets): Buffer {
  const ch = current.choices![0]!;
  const choices = current.choices!.map((r) =>
    r[ch.indexOf('list_name')] === 'sector_level' && r[ch.indexOf('name')] === 'state'
      ? r.map((c, j) => (ch[j] === 'name' ? 'national' : ch[j] === 'label::Dansk (da)' ? 'Staten' : ch[j] === 'previous_name' ? 'state' : c))
      : r,
  );
  return workbookOf({ survey: current.survey!, choices, settings: withVersion(current, '2027.1', '2024.1') });
}

async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env['SCREENSHOT_DIR'];
  if (dir) await page.screenshot({ path: join(dir, name), fullPage: false });
}

describe.skipIf(!chromiumPath)('the lists across editions', () => {
  it('a level renamed by the new edition is one row in «Overblik», one choice in the review queue, and each side’s own word in «Dubletter»', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const { page } = s;
      await page.setViewportSize({ width: 1280, height: 720 });
      await s.startWithRole('Karen Koordinator', 'KK', 'Koordinator');
      await goTo(page, 'Besvarelser');
      const old = await s.createResponse();
      await answerSectionA(s, { name: 'Skole Øst', id: '12345678', level: 'Stat', area: 'Uddannelse', employees: '40', role: 'Leder af arbejdspladsen', from: '2025', to: '2026' });
      await s.waitUntilAllSaved();
      await s.backToList();

      await loadEditionFromXlsForm(page, { from: '2024.1', version: '2027.1', edit: renamedLevel });
      await goTo(page, 'Besvarelser');
      const fresh = await s.createResponse();
      await s.answer(da.workplace_name, 'Skole Øst');
      await s.answer(da.workplace_id, '12345678');
      await s.pick(da.sector_level, 'Staten');
      await s.waitUntilAllSaved();
      await s.backToList();

      // «Overblik»: one row «Staten» for both, no «Stat» and no code.
      await goTo(page, 'Overblik');
      const byLevel = page.getByRole('table', { name: 'Besvarelser pr. forvaltningsniveau' });
      await byLevel.getByRole('rowheader', { name: 'Staten', exact: true }).waitFor(PATIENCE);
      expect(await byLevel.getByRole('rowheader').allTextContents()).toEqual(['Staten']);
      expect(await byLevel.getByRole('row', { name: /^Staten/ }).getByRole('cell').textContent()).toBe('2');
      await screenshot(page, 'overview-editions.png');

      // The review queue: the level list names each option once, in 2027.1's words; «Staten» selects both.
      await goTo(page, 'Gennemgang');
      await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle statusser' });
      await page.getByText('2 besvarelser passer til filteret').waitFor(PATIENCE);
      const level = page.getByRole('combobox', { name: 'Forvaltningsniveau' });
      expect(await level.getByRole('option').allTextContents()).toEqual(['Alle niveauer', 'Staten', 'Region', 'Kommune']);
      await level.selectOption({ label: 'Staten' });
      await page.getByText('2 besvarelser passer til filteret').waitFor(PATIENCE);
      const queue = page.getByRole('table', { name: 'Besvarelser til gennemgang' });
      for (const key of [old, fresh]) await queue.getByRole('button', { name: `Åbn besvarelse ${key}` }).waitFor(PATIENCE);
      await level.selectOption({ label: 'Kommune' });
      await page.getByText('0 besvarelser passer til filteret').waitFor(PATIENCE);
      await level.selectOption({ label: 'Staten' });
      await page.getByText('2 besvarelser passer til filteret').waitFor(PATIENCE);
      await screenshot(page, 'review-editions.png');

      // «Dubletter»: the same workplace in both editions. «Stat» and «Staten» (renamed from it) are
      // the same answer: not a difference, but listed among the fields that agree in both words.
      await goTo(page, 'Dubletter');
      await page.getByRole('button', { name: `Sammenlign ${old}, ${fresh}` }).click();
      const table = page.getByRole('table', { name: 'Besvarelserne side om side' });
      await table.waitFor(PATIENCE);
      expect(await table.getByRole('row', { name: new RegExp(`^${da.sector_level}`) }).count()).toBe(0);
      await page.getByText(/^Felter, hvor besvarelserne er ens/).click();
      const agreed = page.getByRole('definition').filter({ hasText: 'Staten' });
      await agreed.waitFor(PATIENCE);
      expect(await agreed.textContent()).toBe('Stat (2024.1), Staten (2027.1)');
      await screenshot(page, 'duplicates-editions.png');
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 180_000);
});
