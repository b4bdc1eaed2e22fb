/**
 * XLSForm files as coordinators save them (tests/fixtures/xlsforms), picked on the Spørgeskemaer
 * screen and read by the real spreadsheet Worker in Chromium: a form under a blank first row is
 * refused with the rows the spreadsheet shows, each reason in Danish (and in English on request), and
 * sheets formatted far beyond their cells are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
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
      // In Danish throughout: the place, the lead-in and the loader's own reason.
      const problems = page.getByRole('listitem');
      const problem = (place: string) => problems.filter({ hasText: place });
      await problem('Ark survey, række 6, kolonne Constraint, tegn 6:')
        .getByText("Spørgeskemaet kan ikke indlæses: Spørgsmålet 'aar' (constraint): '<=' sammenligner tal, men format-date(…) er tekst")
        .waitFor();
      await problem('Ark survey, række 9, kolonne Relevance, tegn 3:')
        .getByText("Spørgeskemaet kan ikke indlæses: Spørgsmålet 'begrundelse' (relevant): ukendt spørgsmål 'ansate'; mente du 'ansatte'?")
        .waitFor();
      await problem('Ark survey, række 11, kolonne bind::calculate, tegn 16:')
        .getByText("Spørgeskemaet kan ikke indlæses: Den afledte variabel 'andel' (calculation): 'div' skal have et tal, men ${begrundelse} er tekst; omregn tekst med number(…)")
        .waitFor();
      expect(await page.getByText('compares numbers', { exact: false }).count()).toBe(0);
      if (process.env.XLSFORM_SCREENSHOT) await page.screenshot({ path: process.env.XLSFORM_SCREENSHOT });

      // The same refusal in English, once the coordinator asks for English.
      await page.getByRole('group', { name: 'Sprog' }).getByRole('button', { name: 'English' }).click();
      await page.getByText('header-variants.xlsx cannot be used. 3 problems must be fixed:').waitFor();
      await problem('Sheet survey, row 6, column Constraint, character 6:')
        .getByText("The questionnaire cannot be loaded: Question 'aar' constraint: '<=' compares numbers, but format-date(…) is text")
        .waitFor();
      await problem('Sheet survey, row 9, column Relevance, character 3:')
        .getByText("The questionnaire cannot be loaded: Question 'begrundelse' relevant: unknown question 'ansate'; did you mean 'ansatte'?")
        .waitFor();
      expect(await page.getByText('sammenligner tal', { exact: false }).count()).toBe(0);
      if (process.env.XLSFORM_SCREENSHOT_EN) await page.screenshot({ path: process.env.XLSFORM_SCREENSHOT_EN });
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Dansk' }).click();
      await page.getByText('header-variants.xlsx kan ikke bruges. 3 problemer skal rettes:').waitFor();

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
