/**
 * Work travels both ways, in three browser profiles (the office, Anna's and Bo's laptops): Anna and
 * Bo send their first packages; the coordinator imports them (trusting each computer), imports the
 * sample, assigns a stratum to each «på egen computer», the auditor rejects Anna's response with a
 * comment, and the coordinator saves a package for each (Bo records a refusal on his and is refused
 * Anna's). On the laptop Anna imports it (trusting the office's
 * computer), finds her cases under «Mine opgaver», records a refusal and a closed workplace, keys a
 * response from a case (section A from the frame), sees the rejection and its comment where she
 * works, fixes the answer and sends again; the office sees the refusal in the
 * response rates and the response completed, and its workbook (read back by SheetJS) holds the
 * rates and the weights from the frame's counts, as worked out by hand.
 * With SCREENSHOT_DIR set, the new screens are saved there at 1280×720.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { answerInnovationQuestions, answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile, type BrowserSession } from './support/chromium';
import { importPackageFiles } from './support/exchange';
import { goTo } from './support/navigation';
import { pythonFrame } from './support/python-frame';
import { ProfileDesk, Reviewer } from './support/reviewer';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

const REJECTION = 'Antallet af ansatte ser for lavt ud: tjek det med arbejdspladsen.';
const frame = pythonFrame();
if (!frame) console.warn('python3 is not available: the browser test of work travelling both ways is skipped.');

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/** Saves the package a button on «Send og indlæs» makes, to `file`. */
async function savePackage(page: Page, region: string, button: string, file: string): Promise<string> {
  const panel = page.getByRole('region', { name: region });
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: button }).click();
  const download = await downloading;
  await download.saveAs(file);
  return download.suggestedFilename();
}

describe.skipIf(!chromiumPath || !frame)('work travels both ways', () => {
  it("the coordinator's cases and rejection reach the surveyors' laptops; their outcomes and fix come back", async () => {
    const sessions: BrowserSession[] = [];
    const folder = mkdtempSync(join(tmpdir(), 'both-ways-'));
    try {
      // Anna's laptop: one completed response, sent to the coordinator.
      const laptop = await launchBrowser();
      sessions.push(laptop);
      const anna = await Surveyor.open(laptop.context);
      await anna.page.setViewportSize({ width: 1280, height: 720 });
      await anna.startAsSurveyor('Anna Jensen', 'AJ');
      const key = await anna.createResponse();
      await answerSectionA(anna, { name: 'Skole Nord', id: '12345678', level: 'Kommune', area: 'Sundhed', employees: '25', from: '2015', to: '2016' });
      await anna.nextSection(da.section_B);
      await answerInnovationQuestions(anna, ['Nej', 'Nej', 'Nej', 'Nej']);
      await anna.markAsCompleted();
      await anna.backToList();
      await goTo(anna.page, 'Send og indlæs');
      await anna.page.getByRole('region', { name: 'Send til koordinator' }).getByRole('radio', { name: 'Alle besvarelser' }).check();
      await savePackage(anna.page, 'Send til koordinator', 'Gem pakke …', join(folder, 'anna-1.barometer'));

      // Bo's laptop: nothing keyed yet; his first package makes him known at the office.
      const laptop2 = await launchBrowser();
      sessions.push(laptop2);
      const bo = await Surveyor.open(laptop2.context);
      await bo.startAsSurveyor('Bo Berg', 'BB');
      await goTo(bo.page, 'Send og indlæs');
      await bo.page.getByRole('region', { name: 'Send til koordinator' }).getByRole('radio', { name: 'Alle besvarelser' }).check();
      await savePackage(bo.page, 'Send til koordinator', 'Gem pakke …', join(folder, 'bo-1.barometer'));

      // The office: Carl imports both, then the sample, and assigns a stratum to each surveyor on their own computer.
      const office = await launchBrowser();
      sessions.push(office);
      const carl = await Surveyor.open(office.context);
      const page = carl.page;
      await page.setViewportSize({ width: 1280, height: 720 });
      await carl.startWithRole('Carl Mørk', 'CM', 'Koordinator');
      const desk = new ProfileDesk(page);
      await desk.open();
      await desk.add('Rasmus Revisor', 'RR', 'Revisor');
      await goTo(page, 'Send og indlæs');
      const first = await importPackageFiles(page, [join(folder, 'anna-1.barometer'), join(folder, 'bo-1.barometer')]);
      expect(first.dialogs).toHaveLength(2);
      expect(first.reports[0]).toMatch(/^anna-1\.barometer: indlæst\. Nye 1/);
      expect(first.reports[1]).toMatch(/^bo-1\.barometer: indlæst\. Nye 0/);
      await page.getByRole('region', { name: 'Send til interviewer' }).getByRole('combobox', { name: 'Interviewer' }).waitFor(PATIENCE);

      await goTo(page, 'Stikprøve');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Indlæs stikprøve …' }).click();
      await (await chooser).setFiles({ name: 'sample.csv', mimeType: 'text/csv', buffer: frame! });
      await page.getByRole('region', { name: 'Ændringer fra «sample.csv»' }).getByRole('button', { name: 'Anvend som version 1' }).click();
      await page.getByText('Version 1 af stikprøven er gemt (12 arbejdspladser).').waitFor(PATIENCE);
      await page.getByRole('combobox', { name: 'Stratum' }).selectOption({ label: 'Kommune · Uddannelse · 10-49 ansatte' });
      await page.getByRole('combobox', { name: 'Tildel til' }).selectOption({ label: 'Anna Jensen (egen computer)' });
      await page.getByRole('button', { name: 'Tildel alle viste (4)' }).click();
      await page.getByText('4 arbejdspladser er tildelt Anna Jensen.').waitFor(PATIENCE);
      await page.getByRole('combobox', { name: 'Stratum' }).selectOption({ label: 'Region · Sundhed · 10-49 ansatte' });
      await page.getByRole('combobox', { name: 'Tildel til' }).selectOption({ label: 'Bo Berg (egen computer)' });
      await page.getByRole('button', { name: 'Tildel alle viste (4)' }).click();
      await page.getByText('4 arbejdspladser er tildelt Bo Berg.').waitFor(PATIENCE);

      // The auditor rejects Anna's response, with a comment on the number of employees.
      await desk.switchTo('Rasmus Revisor');
      const auditor = new Reviewer(page);
      await auditor.openQueue();
      await auditor.openFromQueue(key);
      await auditor.reject(REJECTION, 'n_employees');
      await page.getByRole('button', { name: 'Tilbage til gennemgang' }).click();

      // Carl saves Anna's package.
      await desk.switchTo('Carl Mørk');
      await goTo(page, 'Send og indlæs');
      const toAnna = page.getByRole('region', { name: 'Send til interviewer' });
      await expect
        .poll(() => toAnna.getByRole('combobox', { name: 'Interviewer' }).locator('option').allTextContents(), PATIENCE)
        .toEqual([expect.stringMatching(/^Anna Jensen \(sidste pakke indlæst .+\)$/), expect.stringMatching(/^Bo Berg \(sidste pakke indlæst .+\)$/)]);
      const suggested = await savePackage(page, 'Send til interviewer', 'Gem pakke til interviewer …', join(folder, 'til-anna.barometer'));
      expect(suggested).toMatch(/^barometer-til-AJ-\d{8}T\d{4}\.barometer$/);
      await toAnna.getByRole('status').filter({ hasText: /^Pakken til Anna Jensen er gemt som .+: 4 opgaver, 1 besvarelse\.$/ }).waitFor(PATIENCE);
      await shot(page, 'send-til-interviewer');
      await toAnna.getByRole('combobox', { name: 'Interviewer' }).selectOption({ label: (await toAnna.locator('option').nth(1).textContent()) ?? '' });
      await savePackage(page, 'Send til interviewer', 'Gem pakke til interviewer …', join(folder, 'til-bo.barometer'));
      await toAnna.getByRole('status').filter({ hasText: /^Pakken til Bo Berg er gemt som .+: 4 opgaver, 0 besvarelser\.$/ }).waitFor(PATIENCE);

      // Bo's laptop: his four cases, a refusal on one, and his package back.
      await goTo(bo.page, 'Send og indlæs');
      const his = await importPackageFiles(bo.page, [join(folder, 'til-bo.barometer')], [], 'Indlæs pakke fra koordinatoren');
      expect(his.reports[0]).toMatch(/Feltarbejde: opgaver 4\.$/);
      // Anna's package is not his: refused whole, with the reason.
      const notHis = await importPackageFiles(bo.page, [join(folder, 'til-anna.barometer')], [], 'Indlæs pakke fra koordinatoren');
      expect(notHis.reports[0]).toContain('Denne pakke fra koordinatoren er til Anna Jensen, ikke til Bo Berg');
      await goTo(bo.page, 'Mine opgaver');
      await expect.poll(() => bo.page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents(), PATIENCE).toEqual([
        'Arbejdsplads 2, health', 'Arbejdsplads 5, health', 'Arbejdsplads 8, health', 'Arbejdsplads 11, health',
      ]);
      await bo.page.getByRole('button', { name: 'Registrér forsøg for Arbejdsplads 5, health' }).click();
      await bo.page.getByRole('form', { name: 'Forsøg: Arbejdsplads 5, health' }).waitFor(PATIENCE);
      await bo.page.keyboard.press('3');
      await bo.page.keyboard.press('Enter');
      await bo.page.getByText('Forsøget er gemt: Nægtet.').waitFor(PATIENCE);
      await goTo(bo.page, 'Send og indlæs');
      await bo.page.getByRole('region', { name: 'Send til koordinator' }).getByRole('radio', { name: 'Kun dem, der er ændret siden sidste pakke' }).check();
      await savePackage(bo.page, 'Send til koordinator', 'Gem pakke …', join(folder, 'bo-2.barometer'));

      // The laptop: Anna imports what is hers, trusting the office's computer.
      await goTo(anna.page, 'Send og indlæs');
      const mine = await importPackageFiles(anna.page, [join(folder, 'til-anna.barometer')], [], 'Indlæs pakke fra koordinatoren');
      expect(mine.dialogs[0]).toContain('på koordinatorens computer');
      expect(mine.reports[0]).toMatch(/^til-anna\.barometer: indlæst\. Nye 0, opdaterede 1, .*Feltarbejde: opgaver 4, kommentarer 1\.$/);
      await shot(anna.page, 'indlaes-fra-koordinatoren');

      await goTo(anna.page, 'Mine opgaver');
      const cases = anna.page.getByRole('main').getByRole('heading', { level: 2 });
      await expect.poll(() => cases.allTextContents(), PATIENCE).toEqual([
        'Arbejdsplads 1, education', 'Arbejdsplads 4, education', 'Arbejdsplads 7, education', 'Arbejdsplads 10, education',
      ]);
      await anna.page.getByRole('button', { name: 'Registrér forsøg for Arbejdsplads 4, education' }).click();
      await anna.page.getByRole('form', { name: 'Forsøg: Arbejdsplads 4, education' }).waitFor(PATIENCE);
      await anna.page.keyboard.press('3');
      await anna.page.keyboard.press('Enter');
      await anna.page.getByText('Forsøget er gemt: Nægtet.').waitFor(PATIENCE);
      await anna.page.getByRole('button', { name: 'Registrér forsøg for Arbejdsplads 7, education' }).click();
      await anna.page.getByRole('form', { name: 'Forsøg: Arbejdsplads 7, education' }).waitFor(PATIENCE);
      await anna.page.keyboard.press('7');
      await anna.page.keyboard.press('Enter');
      await anna.page.getByText('Forsøget er gemt: Ikke omfattet: lukket.').waitFor(PATIENCE);
      // A response from a case: section A's identifying answers come from the frame the office sent.
      await anna.page.getByRole('button', { name: 'Start besvarelse for Arbejdsplads 10, education' }).click();
      await anna.page.getByRole('heading', { level: 1, name: /Arbejdsplads 10, education/ }).waitFor(PATIENCE);
      await expect.poll(() => anna.textbox(da.workplace_id).inputValue(), PATIENCE).toBe('29180009');
      await anna.expectFocusOn(anna.page.getByRole('radiogroup', { name: /Respondentens stilling/ }), 'the respondent’s position');
      await anna.page.keyboard.press('Enter');
      await anna.answer(da.period_start, '2015');
      await anna.answer(da.period_end, '2016');
      await anna.nextSection(da.section_B);
      await answerInnovationQuestions(anna, ['Nej', 'Nej', 'Nej', 'Nej']);
      await anna.markAsCompleted();

      // The rejection reads as it does at the office: status, banner and the comment on the question.
      await goTo(anna.page, 'Besvarelser');
      await expect.poll(() => anna.rowOf(key).innerText(), PATIENCE).toContain('Afvist');
      await anna.openResponse(key);
      await anna.page.getByText('Besvarelsen er afvist. Ret den, og marker den som afsluttet igen.').waitFor(PATIENCE);
      const employees = anna.textbox(da.n_employees);
      const description = await employees.evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      );
      expect(description).toContain(REJECTION);
      expect(description).toContain('Rasmus Revisor (RR), revisor');
      await shot(anna.page, 'afvist-paa-baerbar');
      await employees.click();
      await anna.page.keyboard.press('Control+A');
      await anna.page.keyboard.type('30');
      await anna.page.keyboard.press('Enter');
      await anna.waitUntilAllSaved();
      await anna.markAsCompleted();
      await anna.backToList();
      await goTo(anna.page, 'Send og indlæs');
      await anna.page.getByRole('region', { name: 'Send til koordinator' }).getByRole('radio', { name: 'Kun dem, der er ændret siden sidste pakke' }).check();
      await savePackage(anna.page, 'Send til koordinator', 'Gem pakke …', join(folder, 'anna-2.barometer'));

      // Back at the office: the refusal counts in its stratum, the response is completed again.
      await goTo(page, 'Send og indlæs');
      const back = await importPackageFiles(page, [join(folder, 'anna-2.barometer'), join(folder, 'bo-2.barometer')]);
      expect(back.reports[1]).toMatch(/^bo-2\.barometer: indlæst\. Nye 0, .*Feltarbejde: kontaktforsøg 1\.$/);
      expect(back.reports[0]).toMatch(/^anna-2\.barometer: indlæst\. Nye 1, opdaterede 1, .*Feltarbejde: kontaktforsøg 2, koblinger til opgaver 1, indtastningssessioner \d+\.$/);
      await goTo(page, 'Stikprøve');
      const row = page.getByRole('table', { name: /^Svarprocent pr\. stratum/ }).getByRole('row', { name: /^Kommune · Uddannelse/ });
      // Sampled, assigned, attempted, completed, refused, ineligible.
      await expect.poll(async () => (await row.getByRole('cell').allTextContents()).slice(0, 6), PATIENCE).toEqual(['4', '4', '3', '1', '1', '1']);
      const health = page.getByRole('table', { name: /^Svarprocent pr\. stratum/ }).getByRole('row', { name: /^Region · Sundhed/ });
      expect((await health.getByRole('cell').allTextContents()).slice(0, 6)).toEqual(['4', '4', '1', '0', '1', '0']);
      await goTo(page, 'Besvarelser');
      await expect.poll(() => carl.rowOf(key).innerText(), PATIENCE).toContain('Afsluttet');

      // The population by government level, so the workbook is weighted from the frame's counts.
      await goTo(page, 'Vægte');
      const choosing = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Indlæs xlsx- eller csv-fil …' }).click();
      await (await choosing).setFiles({ name: 'population.csv', mimeType: 'text/csv', buffer: Buffer.from('Niveau;Antal\r\nStat;140\r\nRegion;21\r\nKommune;2.500\r\n', 'utf8') });
      await page.getByText('Populationstabellen fra «population.csv» er indlæst og gemt (3 strata).').waitFor(PATIENCE);
      await goTo(page, 'Besvarelser');

      // The workbook, read back by SheetJS. Hand-computed for the stratum's 4 cases: Arbejdsplads 10
      // completed (I), 4 refused (R), 7 closed (NE), 1 not attempted (U); attempted 3.
      // RR1 = I / (I + P + R + NC + O + U) = 1 / 3; REF1 = R / (…) = 1 / 3; the share eligible among
      // those known, e = (I + P + R + NC + O) / (… + NE) = 2 / 3; RR3 = I / (I + P + R + NC + O + e·U) = 1 / (2 + 2/3) = 0.375.
      const download = await carl.exportToExcel();
      const workbook = join(folder, 'export.xlsx');
      await download.saveAs(workbook);
      const book = XLSX.read(readFileSync(workbook), { type: 'buffer' });
      const rates = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Response rates'] as XLSX.WorkSheet);
      const stratum = rates.find((r) => String(r['stratum']).includes('municipality') && String(r['stratum']).includes('education'));
      expect(stratum).toMatchObject({ sampled: 4, assigned: 4, attempted: 3, I: 1, P: 0, R: 1, NC: 0, O: 0, U: 1, NE: 1 });
      for (const [rate, value] of [['RR1', 1 / 3], ['REF1', 1 / 3], ['e', 2 / 3], ['RR3', 0.375]] as const) expect(Number(stratum?.[rate]), rate).toBeCloseTo(value, 10);
      // Weights, hand-computed: Anna's two completed responses are at municipalities (Kommune), of which
      // the frame samples 4 workplaces; N_h = 2,500 from the population, r_h = 2, w = 2,500 / 2.
      const weights = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Weights'] as XLSX.WorkSheet);
      expect(weights.find((r) => r['sector_level'] === 'municipality')).toMatchObject({ N_h: 2500, n_h: 4, r_h: 2, w: 1250 });
      expect(weights.find((r) => r['sector_level'] === 'region')).toMatchObject({ N_h: 21, n_h: 4, r_h: 0 });
      const sample = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Sample'] as XLSX.WorkSheet);
      expect(sample.filter((r) => r['surveyor'] === 'Anna Jensen').map((r) => [r['workplace_id'], r['disposition']])).toEqual([
        ['29180000', 'Ikke forsøgt'], ['29180003', 'Nægtet'], ['29180006', 'Ikke omfattet: lukket'], ['29180009', 'Gennemført interview'],
      ]);
    } finally {
      for (const s of sessions) {
        await s.context.close();
        removeProfile(s.profileDir);
      }
    }
  });
});
