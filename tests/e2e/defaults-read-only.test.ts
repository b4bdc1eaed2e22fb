/**
 * XLSForm `default` and `read_only` as a coordinator meets them: the next edition, written in a
 * spreadsheet from the exported one, gives the number of employees a default and adds a read-only
 * question with its answer. A new response in that edition starts with both; the default can be
 * changed, the read-only answer cannot; after a reload both are as saved, and the workbook (read
 * back by SheetJS) holds them. With SCREENSHOT_DIR set, the entry form is saved there at 1280×720.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';
import { loadEditionFromXlsForm, withVersion, workbookOf, type Sheets } from './support/xlsform-edition';

const ROUND = 'Undersøgelsesrunde';

/** Edition 2027.1: n_employees defaults to 25; survey_round is read-only, "Runde 2027"; the level a drop-down, the area side by side. */
function nextEdition(current: Sheets): Buffer {
  const survey = current.survey!;
  const col = (name: string) => survey[0]!.indexOf(name);
  expect([col('default'), col('read_only')].every((i) => i >= 0)).toBe(true);
  const set = (name: string, column: string, value: string) => (r: string[]) => (r[col('name')] === name ? r.map((c, j) => (j === col(column) ? value : c)) : r);
  const rows = survey.map(set('n_employees', 'default', '25')).map(set('sector_level', 'appearance', 'minimal')).map(set('policy_area', 'appearance', 'horizontal'));
  const round = survey[0]!.map(() => '');
  round[col('type')] = 'text';
  round[col('name')] = 'survey_round';
  round[col('label::Dansk (da)')] = ROUND;
  round[col('label::English (en)')] = 'Survey round';
  round[col('default')] = 'Runde 2027';
  round[col('read_only')] = 'yes';
  rows.splice(rows.findIndex((r) => r[col('name')] === 'workplace_name') + 1, 0, round);
  return workbookOf({ survey: rows, choices: current.choices!, settings: withVersion(current, '2027.1', '2024.1') });
}

describe.skipIf(!chromiumPath)('defaults and read-only questions from an XLSForm', () => {
  it('a new response starts with them; the default can be changed, the read-only answer cannot; both reach the workbook', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const { page } = s;
      await page.setViewportSize({ width: 1280, height: 720 });
      await s.startWithRole('Karen Koordinator', 'KK', 'Koordinator');

      await loadEditionFromXlsForm(page, { from: '2024.1', version: '2027.1', edit: nextEdition });

      await goTo(page, 'Besvarelser');
      const key = await s.createResponse();
      const round = s.textbox(ROUND);
      const employees = s.textbox(da.n_employees);
      await round.waitFor(PATIENCE);
      expect([await round.inputValue(), await round.getAttribute('readonly')]).toEqual(['Runde 2027', '']);
      expect(await page.getByRole('textbox', { name: ROUND, description: /givet af spørgeskemaet og kan ikke ændres/ }).count()).toBe(1);
      expect(await employees.inputValue()).toBe('25');
      await s.answer(da.workplace_name, 'Skole Nord');
      // Enter passes over the read-only question to the next one that takes an answer.
      await s.expectFocusOn(s.textbox(da.workplace_id), 'the workplace id');
      if (process.env['SCREENSHOT_DIR']) await page.screenshot({ path: join(process.env['SCREENSHOT_DIR'], 'defaults-read-only.png') });
      // The level is a drop-down list (appearance minimal): picked by keyboard, saved when picked.
      const level = page.getByRole('combobox', { name: da.sector_level, exact: true });
      await level.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => level.inputValue()).toBe('region');
      if (process.env['SCREENSHOT_DIR']) {
        await level.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(process.env['SCREENSHOT_DIR'], 'appearance-minimal-horizontal.png') });
      }

      // The read-only answer takes no keys; the default is an answer like any other.
      await round.click();
      await page.keyboard.type('x');
      await page.keyboard.press('Tab');
      expect(await round.inputValue()).toBe('Runde 2027');
      await employees.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('30');
      await page.keyboard.press('Tab');
      await s.waitUntilAllSaved();

      await page.reload();
      await s.openResponse(key);
      await round.waitFor(PATIENCE);
      expect([await round.inputValue(), await employees.inputValue(), await s.textbox(da.workplace_name).inputValue()]).toEqual(['Runde 2027', '30', 'Skole Nord']);
      expect(await page.getByRole('combobox', { name: da.sector_level, exact: true }).inputValue()).toBe('region');
      await s.backToList();

      await page.getByRole('button', { name: 'Eksportér til Excel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Eksportér til Excel' });
      await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle besvarelser' });
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Eksportér', exact: true }).click();
      const file = join(profileDir, 'defaults.xlsx');
      await (await downloading).saveAs(file);
      const book = XLSX.read(readFileSync(file), { type: 'buffer' });
      const row = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Data!).find((r) => r.key === key)!;
      expect([row.questionnaire_version, row.survey_round, row.n_employees, row.workplace_name, row.sector_level]).toEqual(['2027.1', 'Runde 2027', 30, 'Skole Nord', 'region']);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 180_000);
});
