/**
 * A coordinator starts the next edition from the current one: exports the questionnaire as an
 * XLSForm, edits it in a spreadsheet (here SheetJS: one question added, one removed, one option
 * renamed, a new version), imports it — read in the Worker, previewed with its differences — and
 * stores it; a form with a geopoint question is refused with its row and column, and nothing changes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { read, utils, write } from 'xlsx';
import { axeViolations } from './support/axe';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';

type Rows = string[][];

function sheets(bytes: Buffer): Record<string, Rows> {
  const book = read(bytes, { type: 'buffer' });
  return Object.fromEntries(book.SheetNames.map((n) => [n, utils.sheet_to_json<string[]>(book.Sheets[n]!, { header: 1, raw: false, defval: '' })]));
}

function workbook(all: Record<string, Rows>): Buffer {
  const book = utils.book_new();
  for (const [name, rows] of Object.entries(all)) utils.book_append_sheet(book, utils.aoa_to_sheet(rows), name);
  return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
}

/** The next edition, as a methodologist would make it in Excel. */
function nextEdition(current: Record<string, Rows>): Buffer {
  const survey = current.survey!;
  const header = survey[0]!;
  const col = (name: string) => header.indexOf(name);
  const added = header.map(() => '');
  added[col('type')] = 'text';
  added[col('name')] = 'contact_email';
  added[col('label::Dansk (da)')] = 'Kontaktpersonens e-mail';
  added[col('label::English (en)')] = 'Contact e-mail';
  const rows = survey.filter((r) => r[col('name')] !== 'resp_role');
  rows.splice(rows.findIndex((r) => r[col('name')] === 'workplace_name') + 1, 0, added);
  const choices = current.choices!.map((r) => (r[0] === 'sector_level' && r[1] === 'state' ? [r[0], r[1], 'Staten', 'The state', ...r.slice(4)] : r));
  const settings = current.settings!.map((r, i) => (i === 1 ? r.map((c, j) => (current.settings![0]![j] === 'version' ? '2027.1' : c)) : r));
  return workbook({ survey: rows, choices, settings });
}

async function pickXlsForm(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Vælg XLSForm-fil …' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

describe.skipIf(!chromiumPath)('questionnaire editions as XLSForm', () => {
  it('a coordinator exports the edition in use, imports an edited copy with its differences shown, and stores it; a bad form is refused', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(inject('baseURL'));
      await page.getByLabel('Navn').fill('Karen Koordinator');
      await page.getByLabel('Initialer').fill('KK');
      await page.getByRole('radio', { name: 'Koordinator' }).check();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Ny besvarelse' }).waitFor();

      await goTo(page, 'Spørgeskemaer');
      await page.getByRole('heading', { level: 1, name: 'Spørgeskemaer' }).waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Eksportér 2024.1 som XLSForm' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('xlsform-innovation-barometer-2024.1.xlsx');
      const exported = sheets(readFileSync(await file.path()));
      expect(Object.keys(exported)).toEqual(['survey', 'choices', 'settings']);
      await page.getByText('XLSForm-filen er gemt som xlsform-innovation-barometer-2024.1.xlsx.').waitFor();

      // A form the app cannot ask: refused with its place, nothing stored.
      const bad = structuredClone(exported);
      const width = bad.survey![0]!.length;
      bad.survey!.splice(3, 0, ['geopoint', 'location', 'Hvor', 'Where', ...Array<string>(width - 4).fill('')]);
      await pickXlsForm(page, 'med-kort.xlsx', workbook(bad));
      await page.getByText('med-kort.xlsx kan ikke bruges. Ét problem skal rettes:').waitFor();
      await page.getByText('Ark survey, række 4, kolonne type:').waitFor();
      await page.getByText('geografiske punkter (geopoint) understøttes ikke', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Gem udgaven' }).count()).toBe(0);

      // The next edition: previewed with its differences, then stored.
      await pickXlsForm(page, 'barometer-2027.xlsx', nextEdition(exported));
      await page.getByRole('heading', { name: 'Udgaven i barometer-2027.xlsx' }).waitFor();
      await page.getByText(/version 2027\.1: 53 spørgsmål i 5 afsnit/).waitFor();
      await page.getByRole('heading', { name: 'Nye spørgsmål (1)' }).waitFor();
      await page.getByText('contact_email', { exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Fjernede spørgsmål (1)' }).waitFor();
      await page.getByText('resp_role', { exact: true }).waitFor();
      await page.getByText('sector_level: svarmuligheder (ny tekst: state)').waitFor();
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(scroll).toBeLessThanOrEqual(inner);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Gem udgaven' }).click();
      await page.getByText('Udgave 2027.1 af innovation-barometer er gemt.').waitFor();
      const table = page.getByRole('table').first();
      await expect.poll(() => table.getByRole('row').count()).toBe(3);
      await page.getByRole('button', { name: 'Eksportér 2027.1 som XLSForm' }).waitFor();

      // After a reload the edition is still there.
      await page.reload();
      await goTo(page, 'Spørgeskemaer');
      await page.getByRole('button', { name: 'Eksportér 2027.1 som XLSForm' }).waitFor();
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 120_000);
});
