/**
 * A coordinator proves the history has not been altered, in the built app in Chromium: keys two
 * responses for one workplace, reads one's history, verifies integrity (green), exports the audit
 * log and reads the workbook back in Node with the chain head it was taken at, exports the barometer
 * workbook with its Audit sheet (read back too), finds the duplicate
 * workplace in the data-quality report and follows its link; then an entry is changed directly in
 * IndexedDB behind the app's back, and verification turns red naming exactly that entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import * as XLSX from 'xlsx';
import { axeViolations } from './support/axe';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { PATIENCE } from './support/surveyor';
import { da } from './support/wording';
import { goTo } from './support/navigation';

/** Keys section A of a new response with the keyboard and returns its key. */
async function keyResponse(page: Page, name: string, workplaceId: string): Promise<string> {
  await page.getByRole('button', { name: 'Ny besvarelse' }).click();
  await page.getByRole('textbox', { name: 'Arbejdspladsens navn' }).focus();
  const kb = page.keyboard;
  for (const [text, key] of [[name], [workplaceId], [null, '3'], [null, '3'], ['25']] as const) {
    if (text !== null) await kb.type(text);
    else await kb.press(key ?? '');
    await kb.press('Tab');
  }
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt' }).count(), PATIENCE).toBeGreaterThan(0);
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  return /Besvarelse (\S+)/.exec(heading)?.[1] ?? '';
}

/** Changes one stored audit entry with the raw IndexedDB API, as an attacker with disk access would. */
function tamperWith(page: Page, workplaceName: string): Promise<{ seq: number; deviceSeq: number }> {
  return page.evaluate(
    (name) =>
      new Promise<{ seq: number; deviceSeq: number }>((resolve, reject) => {
        const open = indexedDB.open('barometer-entry');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('audit', 'readwrite');
          const store = tx.objectStore('audit');
          let found: { seq: number; deviceSeq: number } | null = null;
          store.openCursor().onsuccess = (event) => {
            const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
            if (!cursor) return;
            const entry = cursor.value as { seq: number; deviceSeq: number; action: string; field: string | null; newValue: unknown };
            if (!found && entry.action === 'answer' && entry.field === 'workplace_name' && entry.newValue === name) {
              found = { seq: entry.seq, deviceSeq: entry.deviceSeq };
              cursor.update({ ...entry, newValue: 'Forfalsket navn' });
            }
            cursor.continue();
          };
          tx.oncomplete = () => {
            db.close();
            if (found) resolve(found);
            else reject(new Error('no entry to tamper with'));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    workplaceName,
  );
}

describe.skipIf(!chromiumPath)('audit integrity', () => {
  it('a coordinator verifies the log, exports it with its chain head, follows a data-quality finding, and catches a tampered entry', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(inject('baseURL'));
      await page.getByRole('textbox', { name: 'Navn', exact: true }).fill('Karin Koordinator');
      await page.getByRole('textbox', { name: 'Initialer', exact: true }).fill('KK');
      await page.getByRole('radio', { name: 'Koordinator' }).check();
      await page.getByRole('button', { name: 'Start' }).click();

      const first = await keyResponse(page, 'Skole Nord', '12345678');
      await page.getByRole('button', { name: 'Tilbage til besvarelserne' }).click();
      const second = await keyResponse(page, 'Skole Nord (afd. 2)', '12345678');

      // The history of the second response: every change an item of an ordered list, with the wording.
      await page.getByRole('button', { name: 'Historik' }).click();
      await page.getByRole('heading', { name: `Historik for besvarelse ${second}` }).waitFor(PATIENCE);
      const timeline = page.getByRole('list', { name: 'Alle ændringer, ældste først' });
      const items = timeline.getByRole('listitem');
      expect(await items.count()).toBeGreaterThanOrEqual(6); // created + five answers
      expect(await items.first().textContent()).toContain('Oprettede besvarelsen');
      expect(await items.first().textContent()).toContain('Karin Koordinator (KK), koordinator');
      await timeline.getByText(/Ændrede «Arbejdspladsens navn»: \(tom\) → Skole Nord \(afd\. 2\)/).waitFor();
      // As it was right after it was created: no answers yet.
      await items.first().getByRole('button', { name: 'Vis besvarelsen, som den var her' }).click();
      await page.getByText('Ingen svar endnu.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Tilbage til besvarelsen' }).click();
      await page.getByRole('button', { name: 'Tilbage til besvarelserne' }).click();

      // Verify integrity: green.
      await goTo(page, 'Revision');
      await page.getByRole('heading', { name: 'Revision', level: 1 }).waitFor(PATIENCE);
      await page.getByRole('button', { name: 'Kontrollér integritet' }).click();
      const verdict = page.getByRole('status').filter({ hasText: /Integriteten er/ });
      await verdict.waitFor(PATIENCE);
      expect(await verdict.textContent()).toMatch(/Integriteten er i orden: \d+ poster fra 1 computer/);
      expect(await verdict.getAttribute('data-tone')).toBe('ok');
      expect(await axeViolations(page)).toEqual([]);

      // The standalone audit export, read back with the chain head it was taken at.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Eksportér revisionsloggen' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^revisionslog-\d{4}-\d{2}-\d{2}T\d{4}\.xlsx$/);
      await page.getByRole('status').filter({ hasText: /Revisionsloggen \(\d+ poster\) er gemt/ }).waitFor(PATIENCE);
      const file = join(profileDir, 'audit.xlsx');
      await download.saveAs(file);
      const book = XLSX.read(readFileSync(file), { type: 'buffer' });
      expect(book.SheetNames).toEqual(['Audit', 'Audit chain heads', 'About']);
      const log = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Audit as XLSX.WorkSheet);
      const heads = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Audit chain heads'] as XLSX.WorkSheet);
      expect(heads).toHaveLength(1);
      const last = log[log.length - 1];
      expect(heads[0]).toMatchObject({ device: last?.device, deviceSeq: last?.deviceSeq, hash: last?.hash });
      expect(log.filter((r) => r.action === 'create').map((r) => r.response)).toEqual([first, second]);

      // The barometer workbook with the Audit sheet, taken at the log's head (the audit export above is in it).
      await goTo(page, 'Besvarelser');
      await page.getByRole('button', { name: 'Eksportér til Excel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Eksportér til Excel' });
      await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle besvarelser' });
      await dialog.getByText('2 besvarelser valgt').waitFor(PATIENCE);
      await dialog.getByRole('checkbox', { name: /revisionsloggen/ }).check();
      const workbookDownload = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Eksportér', exact: true }).click();
      const workbookFile = join(profileDir, 'barometer.xlsx');
      await (await workbookDownload).saveAs(workbookFile);
      await dialog.getByText(/2 besvarelser er eksporteret til/).waitFor(PATIENCE);
      await dialog.getByRole('button', { name: 'Luk' }).click();
      const workbook = XLSX.read(readFileSync(workbookFile), { type: 'buffer' });
      expect(workbook.SheetNames.slice(-2)).toEqual(['Audit', 'Audit chain heads']);
      const inWorkbook = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets.Audit as XLSX.WorkSheet);
      const headOfWorkbook = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets['Audit chain heads'] as XLSX.WorkSheet);
      expect(inWorkbook.at(-1)).toMatchObject({ action: 'export' }); // the standalone export, recorded
      expect(headOfWorkbook[0]).toMatchObject({ deviceSeq: inWorkbook.at(-1)?.deviceSeq, hash: inWorkbook.at(-1)?.hash });

      // The data-quality report names the shared workplace id and links to the response.
      await goTo(page, 'Datakvalitet');
      const group = page.getByRole('region', { name: /To besvarelser for samme arbejdsplads-id \(2\)/ });
      await group.waitFor(PATIENCE);
      expect(await axeViolations(page)).toEqual([]);
      const link = group.getByRole('button', { name: new RegExp(`^${first} · .*12345678 har også svar ${second}`) });
      await link.click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`Besvarelse ${first}`) }).waitFor(PATIENCE);
      // It opens at the question the finding names, and Back returns to the report.
      const workplaceId = page.getByRole('textbox', { name: da.workplace_id, exact: true });
      await expect.poll(() => workplaceId.evaluate((el) => el === document.activeElement), PATIENCE).toBe(true);
      await page.getByRole('button', { name: 'Tilbage til datakvalitet' }).click();
      await group.waitFor(PATIENCE);

      // An entry changed directly in IndexedDB: red, naming that entry. The export was recorded, and is checked too.
      const tampered = await tamperWith(page, 'Skole Nord (afd. 2)');
      await goTo(page, 'Revision');
      await page.getByRole('button', { name: 'Kontrollér integritet' }).click();
      await page.getByRole('status').filter({ hasText: /Integriteten er brudt/ }).waitFor(PATIENCE);
      const red = page.getByRole('status').filter({ hasText: /Integriteten er brudt/ });
      expect(await red.getAttribute('data-tone')).toBe('broken');
      const text = (await red.textContent()) ?? '';
      expect(text).toContain(`Post ${tampered.deviceSeq} fra computer`);
      expect(text).toContain('er ændret');
      expect(text).toContain(`nr. ${tampered.seq} på denne computer`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
