/**
 * Double-entry verification in one browser: a surveyor keys and completes a paper form; the
 * coordinator marks it for verification; a second surveyor keys the same form blind, "afterwards",
 * with two values that differ (employees 52 for 25, last year 2017 for 2016); the coordinator
 * resolves the two side by side (the first keying's 25, the second keying's 2017); the response is
 * verified, in the list and in the exported workbook, whose Keyer statistics sheet is read back.
 * The verification steps themselves (marking, the second keying, resolving) are keyboard only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { answerInnovationQuestions, answerSectionA, type Workplace } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { mainMenu } from './support/navigation';
import { ProfileDesk } from './support/reviewer';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

const PAPER: Workplace = { name: 'Skole Nord', id: '12345678', level: 'Kommune', area: 'Sundhed', employees: '25', from: '2015', to: '2016' };
/** The second keying: two values keyed differently from the first. */
const SECOND: Workplace = { ...PAPER, employees: '52', to: '2017' };

/** A control reached and used with the keyboard only: the focus moves to it, then Enter. */
async function enter(target: Locator): Promise<void> {
  await target.focus();
  await target.press('Enter');
}

async function openByMenu(page: Page, item: string): Promise<void> {
  await enter(mainMenu(page).getByRole('link', { name: item, exact: true }));
  await page.getByRole('heading', { level: 1, name: item }).waitFor(PATIENCE);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: join(process.env['SCREENSHOT_DIR'] ?? '/tmp', `verification-${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.skipIf(!chromiumPath)('double-entry verification', () => {
  it('a second keying with two mismatches, resolved by the coordinator, ends verified; the keyer statistics come back from the workbook', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const page = s.page;
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const desk = new ProfileDesk(page);

      await s.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      await desk.open();
      await desk.add('Mette Hansen', 'MH', 'Interviewer');
      await desk.add('Bo Berg', 'BB', 'Interviewer');

      // The first keying.
      await desk.switchTo('Mette Hansen');
      const key = await s.createResponse();
      await answerSectionA(s, PAPER);
      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Nej', 'Nej', 'Nej', 'Nej']);
      await s.markAsCompleted();
      await s.backToList();

      // The coordinator marks it by its key.
      await desk.switchTo('Karin Koordinator');
      await openByMenu(page, 'Verifikation');
      const keys = page.getByRole('textbox', { name: 'Nøgler (adskilt af mellemrum eller komma)' });
      await keys.focus();
      await page.keyboard.type(key);
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: '1 markeret · 0 var allerede markeret' }).waitFor(PATIENCE);
      await screenshot(page, 'list');

      // The first keyer is not offered the second keying.
      await desk.switchTo('Mette Hansen');
      await openByMenu(page, 'Verifikation');
      expect(await page.getByRole('button', { name: `Tast ${key} igen` }).count()).toBe(0);

      // The second keyer keys the form blind, afterwards mode.
      await desk.switchTo('Bo Berg');
      await openByMenu(page, 'Verifikation');
      await enter(page.getByRole('button', { name: `Tast ${key} igen` }));
      const onTheFly = page.getByRole('radio', { name: /^Under indtastningen/ });
      await s.expectFocusOn(onTheFly, 'the first mode');
      await screenshot(page, 'mode');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: /^Bagefter/ }).isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      // Blind: the first keying's answers are nowhere on the screen.
      await s.expectSection(da.section_A);
      expect(await s.textbox(da.workplace_name).inputValue()).toBe('');
      await answerSectionA(s, SECOND);
      await screenshot(page, 'keying');
      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Nej', 'Nej', 'Nej', 'Nej']);
      await s.waitUntilAllSaved();
      await enter(page.getByRole('button', { name: 'Afslut anden indtastning' }));
      const outcome = page.getByRole('heading', { level: 2, name: '2 felter afviger og går til koordinatoren' });
      await outcome.waitFor(PATIENCE);
      const back = page.getByRole('button', { name: 'Tilbage til verifikation' }).last();
      await s.expectFocusOn(back, '"Tilbage til verifikation"');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Verifikation' }).waitFor(PATIENCE);

      // The coordinator resolves both, side by side: the paper says 25 and 2017.
      await desk.switchTo('Karin Koordinator');
      await openByMenu(page, 'Verifikation');
      expect(await page.getByRole('row', { name: new RegExp(`^${key} `) }).innerText()).toContain('Uenighed');
      await enter(page.getByRole('button', { name: `Løs uenigheder i ${key}` }));
      await page.getByRole('heading', { level: 1, name: `Uenigheder i ${key}` }).waitFor(PATIENCE);
      await page.getByText('Første indtastning: Mette Hansen · Anden indtastning: Bo Berg').waitFor(PATIENCE);
      await screenshot(page, 'resolve');
      const employees = page.getByRole('group', { name: da.n_employees });
      const lastYear = page.getByRole('group', { name: da.period_end });
      expect(await employees.innerText()).toContain('Første indtastning (Mette Hansen): 25');
      expect(await employees.innerText()).toContain('Anden indtastning (Bo Berg): 52');
      const first = employees.getByRole('radio', { name: /^Første indtastning/ });
      await first.focus();
      await page.keyboard.press('Space');
      const second = lastYear.getByRole('radio', { name: /^Anden indtastning/ });
      await second.focus();
      await page.keyboard.press('Space');
      expect(await first.isChecked()).toBe(true);
      expect(await second.isChecked()).toBe(true);
      await enter(page.getByRole('button', { name: 'Gem valgene og verificer' }));
      await page.getByRole('heading', { level: 1, name: 'Verifikation' }).waitFor(PATIENCE);
      await expect.poll(() => page.getByRole('row', { name: new RegExp(`^${key} `) }).innerText(), PATIENCE).toContain('Verificeret');

      // Verified in the response list, and the filter finds it.
      await openByMenu(page, 'Besvarelser');
      await expect.poll(() => s.rowOf(key).innerText(), PATIENCE).toContain('Verificeret');
      const filter = page.getByRole('combobox', { name: 'Verifikation' });
      await filter.focus();
      await filter.selectOption('verified');
      expect(await page.getByRole('status').filter({ hasText: /^Viser / }).first().innerText()).toMatch(/^Viser 1 af 1/);

      // The keyer statistics screen.
      await openByMenu(page, 'Indtastningsstatistik');
      await page.getByRole('table', { name: 'Pr. session' }).waitFor(PATIENCE);
      await screenshot(page, 'statistics');

      // The export dialog counts by verification too.
      await openByMenu(page, 'Besvarelser');
      await page.getByRole('button', { name: 'Eksportér til Excel' }).click();
      const exportDialog = page.getByRole('dialog');
      const verification = exportDialog.getByRole('combobox', { name: 'Verifikation' });
      await verification.selectOption({ label: 'Ikke markeret til verifikation' });
      await exportDialog.getByText('Ingen besvarelser passer til valget.').waitFor(PATIENCE);
      await verification.selectOption({ label: 'Verificerede' });
      await exportDialog.getByText('1 besvarelse valgt').waitFor(PATIENCE);
      await page.keyboard.press('Escape');
      await exportDialog.waitFor({ state: 'hidden', ...PATIENCE });

      // The workbook: verified, the resolved answers, and the keyer statistics read back.
      const download = await s.exportToExcel();
      const file = join(profileDir, 'export.xlsx');
      await download.saveAs(file);
      const book = XLSX.read(readFileSync(file), { type: 'buffer' });
      expect(book.SheetNames).toContain('Verification');
      expect(book.SheetNames).toContain('Keyer statistics');
      const data = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Data'] as XLSX.WorkSheet);
      expect(data.map((r) => [r['key'], r['verified'], r['n_employees'], r['period_end']])).toEqual([[key, 1, 25, 2017]]);
      const results = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Verification'] as XLSX.WorkSheet);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ key, verified: 1, state: 'verified', mode: 'afterwards', keyer: 'Mette Hansen', verifier: 'Bo Berg', keyer_errors: 1, verifier_errors: 1, disagreements: 2, resolved_by: 'Karin Koordinator' });
      const fields = Number(results[0]?.['fields_compared']);

      const stats = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Keyer statistics'] as XLSX.WorkSheet);
      const verify = stats.find((r) => r['level'] === 'session' && r['mode'] === 'verify');
      const add = stats.find((r) => r['level'] === 'session' && r['mode'] === 'add');
      expect(verify).toMatchObject({ operator: 'Bo Berg', responses: 1 });
      expect(add).toMatchObject({ operator: 'Mette Hansen', responses: 1 });
      expect(add?.['keyer_error_pct'], 'nothing verified in an "add" session: blank, not 0').toBeUndefined();
      const keystrokes = Number(verify?.['keystrokes']);
      expect(keystrokes).toBeGreaterThan(30);
      // Two errors (one each side) over the keystrokes; each side 1 of the fields compared.
      expect(verify?.['errors_per_1000_keystrokes']).toBe(Math.round((2 * 1000 * 10) / keystrokes) / 10);
      expect(verify?.['keyer_error_pct']).toBe(Math.round((100 * 10) / fields) / 10);
      expect(verify?.['verifier_error_pct']).toBe(Math.round((100 * 10) / fields) / 10);
      console.log(`Sample verification session: ${JSON.stringify(verify)}; first keying: ${JSON.stringify(add)}; fields compared: ${fields}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 240_000);
});
