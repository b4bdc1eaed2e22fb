/**
 * A new edition side by side with the old one (issue 14, items 3–4): a coordinator imports the next
 * edition as an XLSForm (a copy of the built-in one with a question added, one removed and an option
 * renamed, with its mapping: settings `previous_version`, choices `previous_name`), makes it the
 * edition new responses are keyed in, keys a response in it, moves an old draft to it after the
 * preview, and exports one workbook holding both editions. The workbook is read back with SheetJS:
 * the union columns, −97 where an edition lacks a question, the renamed option mapped, and the
 * mapping in the Codebook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';
import { loadEditionFromXlsForm, withVersion, workbookOf, type Sheets } from './support/xlsform-edition';

const EMAIL = 'Kontaktpersonens e-mail';

/** Edition 2027.1 as a methodologist makes it: contact_email added, resp_role removed, `state` renamed `national`. */
function nextEdition(current: Sheets): Buffer {
  const survey = current.survey!;
  const col = (name: string) => survey[0]!.indexOf(name);
  const added = survey[0]!.map(() => '');
  added[col('type')] = 'text';
  added[col('name')] = 'contact_email';
  added[col('label::Dansk (da)')] = EMAIL;
  added[col('label::English (en)')] = 'Contact e-mail';
  const rows = survey.filter((r) => r[col('name')] !== 'resp_role');
  rows.splice(rows.findIndex((r) => r[col('name')] === 'workplace_name') + 1, 0, added);
  const ch = current.choices![0]!;
  expect(ch).toContain('previous_name');
  const choices = current.choices!.map((r) => {
    if (r[ch.indexOf('list_name')] !== 'sector_level' || r[ch.indexOf('name')] !== 'state') return r;
    const renamed = [...r];
    renamed[ch.indexOf('name')] = 'national';
    renamed[ch.indexOf('label::Dansk (da)')] = 'Staten';
    renamed[ch.indexOf('previous_name')] = 'state';
    return renamed;
  });
  return workbookOf({ survey: rows, choices, settings: withVersion(current, '2027.1', '2024.1') });
}

async function keyOldDraft(s: Surveyor, name: string): Promise<string> {
  const key = await s.createResponse();
  await answerSectionA(s, { name, id: '12345678', level: 'Stat', area: 'Uddannelse', employees: '40', role: 'Leder af arbejdspladsen', from: '2025', to: '2026' });
  await s.waitUntilAllSaved();
  await s.backToList();
  return key;
}

async function exportAll(page: Page, dir: string): Promise<XLSX.WorkBook> {
  await page.getByRole('button', { name: 'Eksportér til Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksportér til Excel' });
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle besvarelser' });
  await expect.poll(() => dialog.getByText('3 besvarelser valgt').count(), PATIENCE).toBe(1);
  // The level list across both editions: the renamed level once, under its new name; choosing it
  // selects the 2024.1 draft that answered «Stat» too.
  const level = dialog.getByRole('combobox', { name: 'Forvaltningsniveau' });
  expect(await level.getByRole('option').allTextContents()).toEqual(['Alle niveauer', 'Staten', 'Region', 'Kommune']);
  await level.selectOption({ label: 'Staten' });
  await expect.poll(() => dialog.getByText('3 besvarelser valgt').count(), PATIENCE).toBe(1);
  await level.selectOption({ label: 'Kommune' });
  await expect.poll(() => dialog.getByText('Ingen besvarelser', { exact: false }).count(), PATIENCE).toBe(1);
  await level.selectOption({ label: 'Staten' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const file = join(dir, 'editions.xlsx');
  await (await downloading).saveAs(file);
  return XLSX.read(readFileSync(file), { type: 'buffer' });
}

describe.skipIf(!chromiumPath)('editions side by side', () => {
  it('a coordinator makes a new edition active, keys in it, moves an old draft to it, and exports one workbook of both', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const { page } = s;
      await page.setViewportSize({ width: 1280, height: 720 });
      await s.startWithRole('Karen Koordinator', 'KK', 'Koordinator');
      await goTo(page, 'Besvarelser');
      const stays = await keyOldDraft(s, 'Skole Øst');
      const moves = await keyOldDraft(s, 'Skole Vest');

      // The next edition from the current one, imported with its mapping, stored and made active.
      await loadEditionFromXlsForm(page, {
        from: '2024.1',
        version: '2027.1',
        edit: nextEdition,
        preview: async () => {
          await page.getByRole('heading', { name: 'Omdøbte svarmuligheder fra 2024.1 (1)' }).waitFor(PATIENCE);
          await page.getByText('sector_level: state → national').waitFor();
        },
      });
      await page.getByText(/^Nye besvarelser tastes i udgave 2027\.1/).waitFor();
      expect(await page.getByRole('button', { name: 'Brug 2027.1 til nye besvarelser' }).count()).toBe(0);

      // A new response is keyed in 2027.1: the added question is asked, the removed one is not.
      await goTo(page, 'Besvarelser');
      const fresh = await s.createResponse();
      await s.answer(da.workplace_name, 'Skole Nord');
      await s.answer(EMAIL, 'leder@skole.dk');
      await s.answer(da.workplace_id, '11223344');
      await s.pick(da.sector_level, 'Staten');
      await s.waitUntilAllSaved();
      expect(await page.getByRole('radiogroup', { name: da.resp_role }).count()).toBe(0);
      await s.backToList();

      // The old draft: the preview says what happens to each answer; then it moves.
      await s.openResponse(moves);
      const region = page.getByRole('region', { name: 'Udgave' });
      await region.getByText('Kladden er tastet i udgave 2024.1; nye besvarelser tastes i udgave 2027.1.').waitFor(PATIENCE);
      await region.getByRole('button', { name: 'Flyt kladden til udgave 2027.1 …' }).click();
      const preview = region.getByRole('table', { name: 'Hvad der sker med hvert svar i udgave 2027.1' });
      await preview.waitFor(PATIENCE);
      const outcome = (question: string) => preview.getByRole('row', { name: new RegExp(`^${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).getByRole('cell').last();
      expect(await outcome(da.sector_level).textContent()).toBe('Beholdes med ny kode: Staten (national)');
      expect(await outcome(da.resp_role).textContent()).toBe('Falder bort: spørgsmålet findes ikke i den nye udgave');
      expect(await outcome(da.workplace_name).textContent()).toBe('Beholdes');
      await region.getByText('Beholdes: 6 · med ny kode: 1 · falder bort: 1.').waitFor();
      await page.screenshot({ path: join(profileDir, 'move-preview.png') });
      await region.getByRole('button', { name: 'Flyt kladden', exact: true }).click();
      await s.textbox(EMAIL).waitFor(PATIENCE);
      expect(await s.isPicked(da.sector_level, 'Staten')).toBe(true);
      expect(await page.getByRole('region', { name: 'Udgave' }).count()).toBe(0);
      // The history has the move as one entry.
      await page.getByRole('button', { name: 'Historik' }).click();
      await page.getByText('Flyttede kladden fra udgave 2024.1 til udgave 2027.1').first().waitFor(PATIENCE);
      // The response as it is now reads in its new edition's words.
      await page.getByRole('cell', { name: 'Staten', exact: true }).waitFor(PATIENCE);
      // The answer recorded before the move reads in the edition it was recorded in (2024.1's «Stat»).
      const changes = page.getByRole('list', { name: 'Alle ændringer, ældste først' });
      await changes.getByText('Ændrede «Forvaltningsniveau»: (tom) → Stat', { exact: true }).waitFor(PATIENCE);
      await page.getByRole('button', { name: /^Tilbage/ }).first().click();
      await s.backToList();

      // The audit log replays the move to the stored answers: integrity holds.
      await goTo(page, 'Revision');
      await page.getByRole('button', { name: 'Kontrollér integritet' }).click();
      const verdict = page.getByRole('status').filter({ hasText: /Integriteten er/ });
      await verdict.waitFor(PATIENCE);
      expect(await verdict.getAttribute('data-tone')).toBe('ok');
      await goTo(page, 'Besvarelser');

      // One workbook, both editions.
      const book = await exportAll(page, profileDir);
      const data = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Data!);
      const header = (XLSX.utils.sheet_to_json<string[]>(book.Sheets.Data!, { header: 1 })[0] ?? []) as string[];
      expect(header.indexOf('contact_email')).toBe(header.indexOf('workplace_name') + 1);
      expect(header.indexOf('resp_role')).toBe(header.indexOf('n_employees') + 1);
      expect(header).toContain('questionnaire_version');
      const row = (key: string) => data.find((r) => r.key === key)!;
      expect([row(stays).questionnaire_version, row(stays).contact_email, row(stays).resp_role, row(stays).sector_level]).toEqual(['2024.1', -97, 'workplace_manager', 'national']);
      expect([row(moves).questionnaire_version, row(moves).contact_email, row(moves).resp_role, row(moves).sector_level]).toEqual(['2027.1', -99, -97, 'national']);
      expect([row(fresh).questionnaire_version, row(fresh).contact_email, row(fresh).resp_role, row(fresh).sector_level]).toEqual(['2027.1', 'leder@skole.dk', -97, 'national']);

      const codebook = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Codebook!);
      const entry = (name: string) => codebook.find((r) => r.name === name)!;
      expect([entry('sector_level').editions, entry('sector_level').renamed_options]).toEqual(['2024.1, 2027.1', '2024.1: state → national']);
      expect([entry('contact_email').editions, entry('resp_role').editions]).toEqual(['2027.1', '2024.1']);
      expect(String(entry('contact_email').missing_codes)).toContain('-97 = not in the edition the response was keyed in');
      expect(String(entry('sector_level').missing_codes)).not.toContain('-97');
      const about = new Map(XLSX.utils.sheet_to_json<[string, unknown]>(book.Sheets.About!, { header: 1 }).map((r) => [r[0], r[1]]));
      expect(about.get('Spørgeskemaversion')).toBe('2027.1');
      expect(String(about.get('Udgaver i arbejdsbogen'))).toMatch(/^2024\.1, 2027\.1\. /);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 180_000);
});
