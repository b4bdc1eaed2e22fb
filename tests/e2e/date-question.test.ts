/**
 * A date question (issue 14): a coordinator exports the edition in use as an XLSForm, adds a date
 * question whose constraint is `. <= today()`, imports it, makes it the edition for new responses, and keys a date the Danish
 * way (dd-mm-åååå): a day in the future is refused with the form's message, 31-02-2021 with the
 * month's length, 05-03-2021 is stored, and the history reads it so. The exported workbook holds
 * it as a real date cell, read back with SheetJS.
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

const DATE = 'Hvornår blev innovationen taget i brug?';

/** The next edition: the current one with a date question after the workplace's name, as a methodologist adds it in Excel. */
function withDate(current: Sheets): Buffer {
  const survey = current.survey!.map((r) => [...r]);
  const header = survey[0]!;
  const row = header.map(() => '');
  const set = (column: string, value: string) => {
    if (header.indexOf(column) < 0) throw new Error(`no column ${column}`);
    row[header.indexOf(column)] = value;
  };
  set('type', 'date');
  set('name', 'taken_into_use');
  set('label::Dansk (da)', DATE);
  set('label::English (en)', 'When was the innovation taken into use?');
  set('constraint', '. <= today()');
  set('constraint_message::Dansk (da)', 'Datoen må ikke ligge efter i dag');
  set('constraint_message::English (en)', 'The date must not be after today');
  survey.splice(survey.findIndex((r) => r[header.indexOf('name')] === 'workplace_name') + 1, 0, row);
  return workbookOf({ survey, choices: current.choices!, settings: withVersion(current, '2027.1') });
}

describe.skipIf(!chromiumPath)('a date question', () => {
  it('is keyed as dd-mm-åååå, refused in the future and when the day does not exist, and exported as a date cell', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const { page } = s;
      await page.setViewportSize({ width: 1280, height: 720 });
      await s.startWithRole('Karen Koordinator', 'KK', 'Koordinator');

      await loadEditionFromXlsForm(page, { from: '2024.1', version: '2027.1', edit: withDate, fileName: 'dato.xlsx' });

      await goTo(page, 'Besvarelser');
      await s.createResponse();
      await s.answer(da.workplace_name, 'Skole Nord');
      const date = s.textbox(DATE);
      await s.expectFocusOn(date, 'the date question');
      await page.getByText('Dato: dd-mm-åååå, fx 05-03-2021').waitFor();

      // A day after the day the response was created: the form's own message; the cursor stays.
      await s.type('01-01-2099');
      await s.press('Enter');
      await page.getByText('Datoen må ikke ligge efter i dag').waitFor(PATIENCE);
      expect(await s.hasFocus(date)).toBe(true);

      // A day February 2021 does not have.
      await s.press('Control+A');
      await s.type('31-02-2021');
      await s.press('Enter');
      await page.getByText('31-02-2021 findes ikke: februar 2021 har 28 dage').waitFor(PATIENCE);
      expect(await date.getAttribute('aria-invalid')).toBe('true');
      await page.screenshot({ path: join(profileDir, 'date-refused.png') });

      // An existing day in the past: stored, shown the Danish way.
      await s.press('Control+A');
      await s.type('05-03-2021');
      await s.press('Enter');
      await s.waitUntilAllSaved();
      expect(await date.inputValue()).toBe('05-03-2021');
      expect(await page.getByText('31-02-2021 findes ikke', { exact: false }).count()).toBe(0);
      await page.screenshot({ path: join(profileDir, 'date-question.png') });

      // The history reads the answer as it was keyed, 05-03-2021, not the stored 2021-03-05.
      await page.getByRole('button', { name: 'Historik' }).click();
      const changes = page.getByRole('list', { name: 'Alle ændringer, ældste først' });
      await changes.getByText(`Ændrede «${DATE}»: (tom) → 05-03-2021`, { exact: true }).waitFor(PATIENCE);
      await page.getByRole('cell', { name: '05-03-2021', exact: true }).waitFor(PATIENCE);
      expect(await page.getByText('2021-03-05', { exact: false }).count()).toBe(0);
      if (process.env['SCREENSHOT_DIR']) await page.screenshot({ path: join(process.env['SCREENSHOT_DIR'], 'history-date.png') });
      await page.getByRole('button', { name: /^Tilbage/ }).first().click();
      await s.backToList();

      // The workbook: the answer is a date cell (serial 44260 = 25569 days to 1970 + 18691) in yyyy-mm-dd.
      await page.getByRole('button', { name: 'Eksportér til Excel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Eksportér til Excel' });
      await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle besvarelser' });
      const downloading = page.waitForEvent('download', { timeout: 45_000 });
      await dialog.getByRole('button', { name: 'Eksportér', exact: true }).click();
      const file = join(profileDir, 'dates.xlsx');
      await (await downloading).saveAs(file);
      const book = XLSX.read(readFileSync(file), { type: 'buffer', cellNF: true });
      const data = book.Sheets.Data!;
      const header = XLSX.utils.sheet_to_json<string[]>(data, { header: 1 })[0]!;
      const cell = data[XLSX.utils.encode_cell({ r: 1, c: header.indexOf('taken_into_use') })] as XLSX.CellObject;
      expect([cell.t, cell.v, cell.z]).toEqual(['n', 44_260, 'yyyy-mm-dd']);
      expect(XLSX.SSF.parse_date_code(cell.v as number)).toMatchObject({ y: 2021, m: 3, d: 5 });
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 120_000);
});
