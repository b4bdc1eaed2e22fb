/**
 * A coordinator exports the barometer workbook from the built app in Chromium: two responses keyed
 * through the UI with the keyboard (one completed, one left a draft), the export dialog with its
 * live count, Cancel (no file), then an export of the completed responses with a progress bar, and
 * the downloaded workbook read back in Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import * as XLSX from 'xlsx';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';

/** Keys section A and B of a new response with the keyboard; `complete` marks it as completed. */
async function keyResponse(page: Page, name: string, id: string, complete: boolean): Promise<string> {
  await page.getByRole('button', { name: 'Ny besvarelse' }).click();
  await page.getByRole('textbox', { name: 'Arbejdspladsens navn' }).focus();
  const kb = page.keyboard;
  for (const [text, key] of [[name], [id], [null, '3'], [null, '3'], ['25'], [null, '1'], ['2021'], ['2022']] as const) {
    // Codes and years move on by themselves (auto-advance, on by default); typed text needs Tab.
    if (text !== null) await kb.type(text);
    else await kb.press(key ?? '');
    if (text !== null && !/^\d{4}$/.test(text)) await kb.press('Tab');
  }
  await kb.press('Enter'); // "Næste afsnit": section B
  await page.getByRole('region', { name: 'B. Innovationsaktivitet' }).waitFor();
  await page.getByRole('radiogroup').first().getByRole('radio').first().focus();
  for (let i = 0; i < 4; i++) {
    await kb.press('2'); // Nej: no innovation, so section C is skipped; the code moves on by itself
  }
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt' }).count()).toBeGreaterThan(0);
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const key = /Besvarelse (\S+)/.exec(heading)?.[1] ?? '';
  if (complete) {
    await page.getByRole('button', { name: 'Marker som afsluttet' }).click();
    await page.getByText('Afsluttet – skrivebeskyttet').waitFor();
  }
  await page.getByRole('button', { name: 'Tilbage til besvarelserne' }).click();
  return key;
}

describe.skipIf(!chromiumPath)('exporting the barometer workbook', () => {
  it('a coordinator exports the completed responses with progress; Cancel leaves no file', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(inject('baseURL'));
      await page.getByLabel('Navn').fill('Karin Koordinator');
      await page.getByLabel('Initialer').fill('KK');
      await page.getByRole('radio', { name: 'Koordinator' }).check();
      await page.getByRole('button', { name: 'Start' }).click();

      const done = await keyResponse(page, 'Skole Nord', '12345678', true);
      const draft = await keyResponse(page, 'Plejecenter Syd', '87654321', false);
      expect(done).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);

      const downloads: string[] = [];
      page.on('download', (d) => downloads.push(d.suggestedFilename()));

      // The dialog: labelled, focus inside, the live count.
      await page.getByRole('button', { name: 'Eksportér til Excel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Eksportér til Excel' });
      await dialog.waitFor();
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      const status = dialog.getByRole('combobox', { name: 'Status' });
      await status.selectOption({ label: 'Alle besvarelser' });
      await expect.poll(() => dialog.getByText('2 besvarelser valgt').count()).toBe(1);
      await status.selectOption({ label: 'Afsluttede besvarelser' });
      await expect.poll(() => dialog.getByText('1 besvarelse valgt').count()).toBe(1);
      await dialog.getByRole('combobox', { name: 'Forvaltningsniveau' }).selectOption({ label: 'Stat' });
      await expect.poll(() => dialog.getByText('Ingen besvarelser passer til valget.').count()).toBe(1);
      await dialog.getByRole('combobox', { name: 'Forvaltningsniveau' }).selectOption({ label: 'Kommune' });
      // A coordinator may include the audit log (sheet Audit); it is not chosen by default.
      expect(await dialog.getByRole('checkbox', { name: /revisionsloggen/ }).isDisabled()).toBe(false);
      expect(await dialog.getByRole('checkbox', { name: /revisionsloggen/ }).isChecked()).toBe(false);

      // The statistics files have no workbook content choice: it is out of sight, and back with the workbook.
      await dialog.getByRole('radio', { name: /^Til statistikprogrammer/ }).check();
      expect(await dialog.getByRole('radio', { name: 'Kun koder (arket med data)' }).isVisible()).toBe(false);
      await dialog.getByRole('radio', { name: 'Excel-projektmappe (.xlsx)' }).check();
      expect(await dialog.getByRole('radio', { name: 'Kun koder (arket med data)' }).isVisible()).toBe(true);

      // Cancel: the Worker's script is held back, so Cancel surely comes first. No file.
      let held = 0;
      await page.route('**/export.worker-*.js', async (route) => {
        held++;
        await new Promise((r) => setTimeout(r, 1_500));
        await route.continue();
      });
      await dialog.getByRole('button', { name: 'Eksportér', exact: true }).click();
      await dialog.getByRole('progressbar', { name: 'Eksport' }).waitFor();
      await dialog.getByRole('button', { name: 'Annuller' }).click();
      await dialog.getByText('Eksporten blev annulleret. Der er ikke gemt nogen fil.').waitFor();
      await page.waitForTimeout(2_500);
      expect(held).toBe(1);
      expect(downloads).toEqual([]);

      // Export: progress shown with a value, then the download.
      await page.unroute('**/export.worker-*.js');
      await page.route('**/export.worker-*.js', async (route) => {
        await new Promise((r) => setTimeout(r, 300));
        await route.continue();
      });
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Eksportér', exact: true }).click();
      const bar = dialog.getByRole('progressbar', { name: 'Eksport' });
      await bar.waitFor();
      expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^innovationsbarometer-\d{4}-\d{2}-\d{2}T\d{4}\.xlsx$/);
      await dialog.getByText(/1 besvarelse er eksporteret til innovationsbarometer-/).waitFor();
      const file = join(profileDir, 'export.xlsx');
      await download.saveAs(file);

      const book = XLSX.read(readFileSync(file), { type: 'buffer' });
      expect(book.SheetNames).toEqual(['Data', 'Labels', 'Codebook', 'Indicators', 'Weights', 'About']);
      const data = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Data as XLSX.WorkSheet);
      expect(data.map((r) => [r.key, r.status, r.workplace_name, r.sector_level, r.innov_any, r.recent_desc])).toEqual([
        [done, 'completed', 'Skole Nord', 'municipality', 0, undefined],
      ]);
      expect(data.map((r) => r.key)).not.toContain(draft);
      const labels = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Labels as XLSX.WorkSheet);
      expect(labels.map((r) => [r.status, r.sector_level, r.innov_product])).toEqual([['Afsluttet', 'Kommune', 'Nej']]);
      const about = new Map(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.About as XLSX.WorkSheet, { header: 1 }).map((r) => [r[0], r[1]]));
      expect(about.get('Eksporteret af')).toBe('Karin Koordinator (KK)');
      expect(about.get('Besvarelser i eksporten')).toBe(1);
      expect(about.get('Besvarelser på computeren (ikke slettede)')).toBe(2);
      expect(String(about.get('SHA-256 af Data'))).toMatch(/^[0-9a-f]{64}$/);
      // By default an unanswered free text is -99 like every other column (comment: section E, asked, left blank).
      expect(data.map((r) => r.comment)).toEqual([-99]);
      expect(labels.map((r) => r.comment)).toEqual(['Ikke besvaret']);
      expect(String(about.get('Fritekst'))).toMatch(/"Fritekst uden -99" er ikke valgt/);

      // Again with "free text without -99": the free text is empty, the numbers and codes keep -99.
      const plainBox = dialog.getByRole('checkbox', { name: 'Fritekst uden -99 (et ubesvaret tekstfelt står tomt)' });
      await plainBox.check();
      const again = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Eksportér', exact: true }).click();
      const plainFile = join(profileDir, 'export-plain.xlsx');
      await (await again).saveAs(plainFile);
      const plainBook = XLSX.read(readFileSync(plainFile), { type: 'buffer' });
      const plainData = XLSX.utils.sheet_to_json<Record<string, unknown>>(plainBook.Sheets.Data as XLSX.WorkSheet);
      expect(plainData).toHaveLength(1);
      expect(plainData[0]).toEqual({ ...data[0], comment: undefined }); // every other cell as before, -99 included
      expect(Object.values(plainData[0] ?? {})).toContain(-99);
      const plainLabels = XLSX.utils.sheet_to_json<Record<string, unknown>>(plainBook.Sheets.Labels as XLSX.WorkSheet);
      expect(plainLabels[0]).toEqual({ ...labels[0], comment: undefined });
      const plainAbout = new Map(XLSX.utils.sheet_to_json<unknown[]>(plainBook.Sheets.About as XLSX.WorkSheet, { header: 1 }).map((r) => [r[0], r[1]]));
      expect(String(plainAbout.get('Fritekst'))).toMatch(/^Valgt ved eksporten: "Fritekst uden -99 \(et ubesvaret tekstfelt står tomt\)"\. Fritekstkolonnerne \(workplace_name, workplace_id, recent_desc, comment\) er ren tekst/);

      // Escape closes the dialog and focus returns to the button.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Eksportér til Excel');
      expect(downloads).toHaveLength(2);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
