/**
 * Two surveyors on two laptops (two browser profiles) send packages; a coordinator (a third profile)
 * imports them, sees one conflict, resolves it field by field in the side-by-side view, and the
 * exported workbook, read back in Node, holds the values chosen.
 *
 * Where the conflict comes from. A conflict needs a shared ancestor: the same response changed on
 * two computers. Surveyors may not import (the roles table gives import to coordinators only), and a
 * surveyor may change only responses they created, so two surveyors never hold and edit the same
 * response. What the app does allow, and what happens in the field: Anna's completed response reaches
 * the coordinator, where an auditor approves it; meanwhile Anna, offline, reopens it and corrects
 * the number of employees. Her next package and Bo's arrive together: one conflict (approved with
 * the old figure, against completed with the new one), both versions kept until the coordinator
 * chooses. On the way, Bo saves a backup in one click, as the browser's reminder asks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { axeViolations } from './support/axe';
import { chromiumPath, launchBrowser, removeProfile, type BrowserSession } from './support/chromium';
import { ProfileDesk, Reviewer } from './support/reviewer';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';
import { goTo } from './support/navigation';
import { importPackageFiles } from './support/exchange';

/** Keys sections A and B of a new response with the keyboard and marks it as completed; returns its key. */
async function keyCompletedResponse(s: Surveyor, name: string, id: string, employees: string): Promise<string> {
  const { page } = s;
  const key = await s.createResponse();
  await s.textbox(da.workplace_name).waitFor(PATIENCE);
  const kb = page.keyboard;
  for (const [text, digit] of [[name], [id], [null, '3'], [null, '3'], [employees], [null, '1'], ['2021'], ['2022']] as const) {
    // Codes and years move on by themselves (auto-advance, on by default); typed text needs Tab.
    if (text !== null) await kb.type(text);
    else await kb.press(digit ?? '');
    if (text !== null && !/^\d{4}$/.test(text)) await kb.press('Tab');
  }
  await kb.press('Enter'); // "Næste afsnit": section B
  await page.getByRole('region', { name: da.section_B }).waitFor(PATIENCE);
  await page.getByRole('radiogroup').first().getByRole('radio').first().focus();
  for (let i = 0; i < 4; i++) {
    await kb.press('2'); // Nej: no innovation, so section C is skipped; the code moves on by itself
  }
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt' }).count(), PATIENCE).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Marker som afsluttet' }).click();
  await page.getByText('Afsluttet – skrivebeskyttet').waitFor(PATIENCE);
  await s.backToList();
  return key;
}

/** "Send og indlæs" in the main menu. */
async function openExchange(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: 'Send og indlæs pakker' });
  await goTo(page, 'Send og indlæs');
  await heading.waitFor(PATIENCE);
}

/** "Send til koordinator" with every response, saved (downloaded) into the test's folder. */
async function sendPackage(page: Page, folder: string, fileName: string): Promise<string> {
  await openExchange(page);
  const panel = page.getByRole('region', { name: 'Send til koordinator' });
  await panel.getByRole('radio', { name: 'Alle besvarelser' }).check();
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Gem pakke …' }).click();
  const download = await downloading;
  const file = join(folder, fileName);
  await download.saveAs(file);
  await panel.getByRole('status').filter({ hasText: /^Pakken er gemt som/ }).waitFor(PATIENCE);
  return file;
}

/** Import (coordinator): opens «Send og indlæs», imports the files, returns the report of each. */
async function importPackages(page: Page, files: readonly string[]): Promise<string[]> {
  await openExchange(page);
  return (await importPackageFiles(page, files)).reports;
}

/** Moves the choice of a radio group to `target` with the arrow keys, from the radio checked now. */
async function chooseWithArrows(target: Locator, group: Locator, page: Page): Promise<void> {
  await group.getByRole('radio', { checked: true }).focus();
  for (let i = 0; i < 3 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => target.isChecked(), PATIENCE).toBe(true);
}

/** From the exchange screen (or any other) back to the response list. */
async function toList(s: Surveyor): Promise<void> {
  await goTo(s.page, 'Besvarelser');
  await s.newResponseButton.waitFor(PATIENCE);
}

describe.skipIf(!chromiumPath)('two surveyors’ packages meet at the coordinator', () => {
  it('one conflict, resolved field by field; the export holds the chosen values', async () => {
    const sessions: BrowserSession[] = [];
    const start = async (): Promise<{ context: BrowserContext; dir: string; s: Surveyor }> => {
      const session = await launchBrowser();
      sessions.push(session);
      return { context: session.context, dir: session.profileDir, s: await Surveyor.open(session.context) };
    };
    try {
      const anna = await start();
      const bo = await start();
      const office = await start();
      const errors: string[] = [];
      for (const { s } of [anna, bo, office]) s.page.on('pageerror', (e) => errors.push(e.message));

      // Anna keys a response, completes it and sends her first package.
      await anna.s.startAsSurveyor('Anna Andersen', 'AA');
      const annas = await keyCompletedResponse(anna.s, 'Skole Nord', '12345678', '25');
      const annaFirst = await sendPackage(anna.s.page, anna.dir, 'anna-1.barometer');

      // At the office: the coordinator imports it; an auditor on the same computer approves it.
      await office.s.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      expect(await importPackages(office.s.page, [annaFirst])).toEqual([expect.stringMatching(/^anna-1\.barometer: indlæst\. Nye 1, /)]);
      const op = office.s.page;
      const desk = new ProfileDesk(op);
      await desk.open();
      await desk.add('Rita Revisor', 'RR', 'Revisor');
      await desk.switchTo('Rita Revisor');
      const rita = new Reviewer(op);
      await rita.openQueue();
      await rita.openFromQueue(annas);
      await rita.approve();
      await desk.switchTo('Karin Koordinator');

      // Meanwhile Anna, offline, reopens her response and corrects the number of employees.
      await toList(anna.s);
      await anna.s.openResponse(annas);
      await anna.s.page.getByRole('button', { name: 'Genåbn' }).click();
      await anna.s.sectionLink(da.section_A).click();
      const employees = anna.s.textbox(da.n_employees);
      await employees.waitFor(PATIENCE);
      await employees.fill('30');
      await employees.press('Tab');
      await expect.poll(() => anna.s.page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt' }).count(), PATIENCE).toBeGreaterThan(0);
      await anna.s.page.getByRole('button', { name: 'Marker som afsluttet' }).click();
      await anna.s.page.getByText('Afsluttet – skrivebeskyttet').waitFor(PATIENCE);
      await anna.s.backToList();
      const annaSecond = await sendPackage(anna.s.page, anna.dir, 'anna-2.barometer');

      // Bo, on his own laptop, keys and sends another workplace.
      await bo.s.startAsSurveyor('Bo Berg', 'BB');
      const bos = await keyCompletedResponse(bo.s, 'Plejecenter Syd', '87654321', '60');
      // In a browser there is no backups folder: a reminder, and a backup in one click (a download).
      const reminder = bo.s.page.getByText(/^Du har ændringer, som ikke er sikkerhedskopieret/);
      await reminder.waitFor(PATIENCE);
      const backingUp = bo.s.page.waitForEvent('download');
      await bo.s.page.getByRole('button', { name: 'Tag en sikkerhedskopi nu' }).first().click();
      const backup = await backingUp;
      expect(backup.suggestedFilename()).toMatch(/^barometer-backup-\d{4}-\d{2}-\d{2}-\d{4}\.barometer-backup$/);
      const backupFile = join(bo.dir, 'backup.barometer-backup');
      await backup.saveAs(backupFile);
      expect([...readFileSync(backupFile).subarray(0, 2)]).toEqual([0x1f, 0x8b]); // the package format: gzip
      await expect.poll(() => reminder.count(), PATIENCE).toBe(0);
      await goTo(bo.s.page, 'Om / datasikkerhed');
      const backups = bo.s.page.getByRole('region', { name: 'Sikkerhedskopier' });
      await backups.getByText('Alle ændringer er med i den seneste sikkerhedskopi.').waitFor(PATIENCE);
      expect(await backups.getByText('Ingen endnu').count()).toBe(0);
      await goTo(bo.s.page, 'Besvarelser');
      const boFirst = await sendPackage(bo.s.page, bo.dir, 'bo-1.barometer');

      // The coordinator imports both: one conflict.
      const reports = await importPackages(op, [annaSecond, boFirst]);
      expect(reports[0]).toMatch(/^anna-2\.barometer: indlæst\. Nye 0, opdaterede 0, uændrede 0, konflikter 1, afviste 0\./);
      expect(reports[1]).toMatch(/^bo-1\.barometer: indlæst\. Nye 1, opdaterede 0, uændrede 0, konflikter 0, afviste 0\./);

      // The conflict, side by side: status and the number of employees differ.
      await goTo(op, 'Konflikter');
      await op.getByRole('button', { name: `Løs konflikten for ${annas}` }).click();
      const view = op.getByRole('form', { name: `Løs konflikten for besvarelse ${annas}` });
      await view.waitFor(PATIENCE);
      const employeeChoice = view.getByRole('group', { name: new RegExp(`^${da.n_employees}`) });
      const statusChoice = view.getByRole('group', { name: /^Status/ });
      expect(await employeeChoice.getByRole('radio').count()).toBe(2);
      expect(await statusChoice.getByRole('radio').count()).toBe(2);
      const conflictViolations = await axeViolations(op);
      expect(conflictViolations, conflictViolations.join('\n')).toEqual([]);
      // One field from each side, with the keyboard: Anna's corrected figure, the auditor's approval.
      await chooseWithArrows(employeeChoice.getByRole('radio', { name: /: 30$/ }), employeeChoice, op);
      await chooseWithArrows(statusChoice.getByRole('radio', { name: /: Godkendt$/ }), statusChoice, op);
      await view.getByRole('textbox', { name: /^Begrundelse/ }).fill('Revisoren har godkendt det rettede antal i telefonen.');
      await view.getByRole('button', { name: 'Løs konflikten' }).click();
      await op.getByText(`Konflikten for ${annas} er løst.`).waitFor(PATIENCE);
      await op.getByText('Der er ingen konflikter.').waitFor(PATIENCE);

      // The overview: both surveyors, the three imports, no duplicate workplace.
      await goTo(op, 'Overblik');
      const bySurveyor = op.getByRole('table', { name: 'Besvarelser pr. interviewer' });
      await bySurveyor.waitFor(PATIENCE);
      expect(await bySurveyor.getByRole('row', { name: /Anna Andersen 1/ }).count()).toBe(1);
      expect(await bySurveyor.getByRole('row', { name: /Bo Berg 1/ }).count()).toBe(1);
      expect(await op.getByRole('table', { name: 'Indlæste pakker' }).getByRole('row').count()).toBe(4); // header + 3
      const overviewViolations = await axeViolations(op);
      expect(overviewViolations, overviewViolations.join('\n')).toEqual([]);

      // The export shows the resolved values.
      await goTo(op, 'Besvarelser');
      await op.getByRole('button', { name: 'Eksportér til Excel' }).click();
      const dialog = op.getByRole('dialog', { name: 'Eksportér til Excel' });
      await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle besvarelser' });
      const downloading = op.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Eksportér', exact: true }).click();
      const file = join(office.dir, 'export.xlsx');
      await (await downloading).saveAs(file);
      const book = XLSX.read(readFileSync(file), { type: 'buffer' });
      const data = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Data as XLSX.WorkSheet);
      const rows = new Map(data.map((r) => [r.key, r]));
      expect(rows.size).toBe(2);
      expect(rows.get(annas)).toMatchObject({ status: 'approved', workplace_name: 'Skole Nord', n_employees: 30 });
      expect(rows.get(bos)).toMatchObject({ status: 'completed', workplace_name: 'Plejecenter Syd', n_employees: 60 });
      expect(errors).toEqual([]);
    } finally {
      for (const { context, profileDir } of sessions) {
        await context.close().catch(() => undefined);
        removeProfile(profileDir);
      }
    }
  }, 240_000);
});
