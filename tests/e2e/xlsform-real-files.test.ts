/**
 * XLSForm files as coordinators save them (tests/fixtures/xlsforms), picked on the Spørgeskemaer
 * screen and read by the real spreadsheet Worker in Chromium: a form under a blank first row is
 * refused with the rows the spreadsheet shows, and sheets formatted far beyond their cells are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';

const FIXTURES = join(import.meta.dirname, '../fixtures/xlsforms');

async function pickXlsForm(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Vælg XLSForm-fil …' }).click();
  await (await chooser).setFiles({ name: file, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(join(FIXTURES, file)) });
}

describe.skipIf(!chromiumPath)('real XLSForm files through the Worker', () => {
  it('a coordinator sees each problem at the row and column of the spreadsheet, and a sheet formatted to row 6,000 is read', async () => {
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

      await pickXlsForm(page, 'header-variants.xlsx');
      // jr:choice-name() on row 10 is read now (the option's Danish label); three problems are left.
      await page.getByText('header-variants.xlsx kan ikke bruges. 3 problemer skal rettes:').waitFor();
      await page.getByText('Ark survey, række 6, kolonne Constraint, tegn 6:').waitFor();
      await page.getByText("compares numbers, but format-date(…) is text", { exact: false }).waitFor();
      await page.getByText('Ark survey, række 9, kolonne Relevance, tegn 3:').waitFor();
      await page.getByText("unknown question 'ansate'; did you mean 'ansatte'?", { exact: false }).waitFor();
      await page.getByText('Ark survey, række 11, kolonne bind::calculate, tegn 16:').waitFor();
      await page.getByText("'div' needs a number", { exact: false }).waitFor();
      if (process.env.XLSFORM_SCREENSHOT) await page.screenshot({ path: process.env.XLSFORM_SCREENSHOT });

      await pickXlsForm(page, 'formatted-far.xlsx');
      await page.getByRole('heading', { name: 'Udgaven i formatted-far.xlsx' }).waitFor();
      await page.getByText(/version 1: 2 spørgsmål i 1 afsnit/).waitFor();

      await pickXlsForm(page, 'pyxform-style.xlsx');
      await page.getByRole('heading', { name: 'Udgaven i pyxform-style.xlsx' }).waitFor();
      await page.getByText(/version 2025010101: \d+ spørgsmål i 2 afsnit/).waitFor();
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 120_000);
});
