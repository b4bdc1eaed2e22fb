/**
 * A date question (issue 14): a coordinator imports an edition written in XLSForm with a date whose
 * constraint is `. <= today()`, makes it the edition for new responses, and keys a date the Danish
 * way (dd-mm-åååå): a day in the future is refused with the form's message, 31-02-2021 with the
 * month's length, 05-03-2021 is stored. The exported workbook holds it as a real date cell, read
 * back with SheetJS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';
import { PATIENCE, Surveyor } from './support/surveyor';

const NAME = 'Arbejdspladsens navn';
const DATE = 'Hvornår blev innovationen taget i brug?';

function edition(): Buffer {
  const book = XLSX.utils.book_new();
  const sheet = (rows: string[][], name: string) => XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  sheet([
    ['type', 'name', 'label::Dansk (da)', 'label::English (en)', 'constraint', 'constraint_message::Dansk (da)', 'constraint_message::English (en)'],
    ['text', 'workplace_name', NAME, 'Workplace name', '', '', ''],
    ['date', 'taken_into_use', DATE, 'When was the innovation taken into use?', '. <= today()', 'Datoen må ikke ligge efter i dag', 'The date must not be after today'],
  ], 'survey');
  sheet([['form_title', 'form_id', 'version'], ['Innovationsbarometeret med dato', 'innovation-barometer', '2027.1']], 'settings');
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
}

describe.skipIf(!chromiumPath)('a date question', () => {
  it('is keyed as dd-mm-åååå, refused in the future and when the day does not exist, and exported as a date cell', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const { page } = s;
      await page.setViewportSize({ width: 1280, height: 720 });
      await s.startWithRole('Karen Koordinator', 'KK', 'Koordinator');

      await goTo(page, 'Spørgeskemaer');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Vælg XLSForm-fil …' }).click();
      await (await chooser).setFiles({ name: 'dato.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: edition() });
      await page.getByRole('button', { name: 'Gem udgaven' }).click();
      await page.getByText('Udgave 2027.1 af innovation-barometer er gemt.').waitFor(PATIENCE);
      await page.getByRole('button', { name: 'Brug 2027.1 til nye besvarelser' }).click();
      await page.getByText('Nye besvarelser tastes nu i udgave 2027.1.', { exact: false }).waitFor(PATIENCE);

      await goTo(page, 'Besvarelser');
      await s.createResponse();
      await s.answer(NAME, 'Skole Nord');
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

      // An existing day in the past: stored, shown the Danish way.
      await s.press('Control+A');
      await s.type('05-03-2021');
      await s.press('Enter');
      await s.waitUntilAllSaved();
      expect(await date.inputValue()).toBe('05-03-2021');
      expect(await page.getByText('31-02-2021 findes ikke', { exact: false }).count()).toBe(0);
      await page.screenshot({ path: join(profileDir, 'date-question.png') });
      await s.backToList();

      // The workbook: the answer is a date cell (serial 44260 = 25569 days to 1970 + 18691) in yyyy-mm-dd.
      await page.getByRole('button', { name: 'Eksportér til Excel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Eksportér til Excel' });
      await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle besvarelser' });
      const downloading = page.waitForEvent('download');
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
