/**
 * The fieldwork in the real browser: a coordinator imports a sample frame written by another tool
 * (python3's csv module: comma-separated, English headers, quoted names), sees what it will add,
 * applies it, assigns a stratum to a surveyor; the surveyor finds the cases under «Mine opgaver»,
 * records a refusal in two keys and starts a response from a case whose section A comes from the
 * frame and is locked; back as coordinator, the rates per stratum count the refusal, the progress by
 * day shows the day's work, and a response keyed from the list is linked to a case afterwards (the
 * case's two responses flagged on the response, in the list and on «Stikprøve»).
 * With SCREENSHOT_DIR set, each new screen is also saved there at 1280×720.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';
import { pythonFrame } from './support/python-frame';
import { ProfileDesk } from './support/reviewer';
import { PATIENCE, Surveyor } from './support/surveyor';

const frame = pythonFrame();
if (!frame) console.warn('python3 is not available: the fieldwork browser test is skipped.');

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

describe.skipIf(!chromiumPath || !frame)('fieldwork: sample, assignment, my cases', () => {
  it('a coordinator imports a frame from another tool and assigns it; the surveyor starts a response from a case', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const page = s.page;
      await page.setViewportSize({ width: 1280, height: 720 });
      await s.startWithRole('Carl Mørk', 'CM', 'Koordinator');
      const desk = new ProfileDesk(page);
      await desk.open();
      await desk.add('Anna Jensen', 'AJ', 'Interviewer');

      await goTo(page, 'Stikprøve');
      await page.getByRole('heading', { level: 1, name: 'Stikprøve' }).waitFor(PATIENCE);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Indlæs stikprøve …' }).click();
      await (await chooser).setFiles({ name: 'sample.csv', mimeType: 'text/csv', buffer: frame! });
      const preview = page.getByRole('region', { name: 'Ændringer fra «sample.csv»' });
      await preview.getByText('Stikprøven får 12 arbejdspladser.').waitFor(PATIENCE);
      await shot(page, 'stikproeve-preview');
      await preview.getByRole('button', { name: 'Anvend som version 1' }).click();
      await page.getByText('Version 1 af stikprøven er gemt (12 arbejdspladser).').waitFor(PATIENCE);
      await page.getByRole('table', { name: /^Svarprocent pr\. stratum/ }).scrollIntoViewIfNeeded();
      await shot(page, 'stikproeve-svarprocent');
      expect(await page.evaluate(() => [...document.querySelectorAll('.fieldwork-table-wrap')].every((w) => w.scrollWidth <= w.clientWidth))).toBe(true);

      await page.getByRole('combobox', { name: 'Stratum' }).selectOption({ label: 'Kommune · Uddannelse · 10-49 ansatte' });
      await page.getByText('Viser 4 af 12 arbejdspladser.').waitFor(PATIENCE);
      await page.getByRole('combobox', { name: 'Tildel til' }).selectOption({ label: 'Anna Jensen' });
      await page.getByRole('button', { name: 'Tildel alle viste (4)' }).click();
      await page.getByText('4 arbejdspladser er tildelt Anna Jensen.').waitFor(PATIENCE);
      await page.getByRole('combobox', { name: 'Stratum' }).selectOption({ label: 'Alle' });
      await shot(page, 'stikproeve');

      await desk.switchTo('Anna Jensen');
      await goTo(page, 'Mine opgaver');
      await page.getByRole('heading', { level: 1, name: 'Mine opgaver' }).waitFor(PATIENCE);
      const cases = page.getByRole('main').getByRole('heading', { level: 2 });
      await expect.poll(() => cases.allTextContents(), PATIENCE).toEqual([
        'Arbejdsplads 1, education', 'Arbejdsplads 4, education', 'Arbejdsplads 7, education', 'Arbejdsplads 10, education',
      ]);
      await shot(page, 'mine-opgaver');

      await page.getByRole('button', { name: 'Registrér forsøg for Arbejdsplads 4, education' }).click();
      await page.getByRole('form', { name: 'Forsøg: Arbejdsplads 4, education' }).waitFor(PATIENCE);
      await shot(page, 'mine-opgaver-forsoeg');
      await page.keyboard.press('3');
      await page.keyboard.press('Enter');
      await page.getByText('Forsøget er gemt: Nægtet.').waitFor(PATIENCE);

      await page.getByRole('button', { name: 'Start besvarelse for Arbejdsplads 1, education' }).click();
      await page.getByRole('heading', { level: 1, name: /Arbejdsplads 1, education/ }).waitFor(PATIENCE);
      const name = page.getByRole('textbox', { name: /Arbejdspladsens navn/ });
      await expect.poll(() => name.inputValue(), PATIENCE).toBe('Arbejdsplads 1, education');
      expect(await name.getAttribute('readonly')).not.toBeNull();
      expect(await page.getByRole('textbox', { name: /Arbejdspladsens id/ }).inputValue()).toBe('29180000');
      expect(await page.getByRole('textbox', { name: /Antal ansatte/ }).or(page.getByRole('spinbutton', { name: /Antal ansatte/ })).inputValue()).toBe('12');
      // The typist starts at the first answer the frame did not give.
      await s.expectFocusOn(page.getByRole('radiogroup', { name: /Respondentens stilling/ }), 'the respondent’s position');
      expect(await page.getByRole('button', { name: /Tilbage til mine opgaver/ }).count()).toBe(1);
      await shot(page, 'besvarelse-fra-opgave');

      // Back as coordinator: the refusal and the partial interview are counted in their stratum.
      await desk.switchTo('Carl Mørk');
      await goTo(page, 'Stikprøve');
      const rates = page.getByRole('table', { name: /^Svarprocent pr\. stratum/ });
      const row = rates.getByRole('row', { name: /^Kommune · Uddannelse/ });
      await expect.poll(async () => (await row.getByRole('cell').allTextContents()).slice(0, 6), PATIENCE).toEqual(['4', '4', '2', '0', '1', '0']);

      // The progress by day: today (in Copenhagen) two workplaces were worked, the refusal and the
      // response started; ten are not attempted.
      const today = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
      const chart = page.getByRole('img', { name: `Fremdrift den ${today}: 2 arbejdspladser forsøgt og 0 gennemført.` });
      await chart.waitFor(PATIENCE);
      await page.getByText('Vis tallene pr. dag').click();
      const perDay = page.getByRole('table', { name: 'Fremdrift pr. dag (dage efter dansk tid)' });
      expect(await perDay.getByRole('row', { name: new RegExp(`^${today.replace(/\./g, '\\.')}`) }).getByRole('cell').allTextContents()).toEqual(['1', '2', '2', '0', '2', '0']);
      const notAttempted = page.getByRole('region', { name: /^Ikke forsøgt \(10\)/ });
      await notAttempted.scrollIntoViewIfNeeded();
      const open = notAttempted.getByRole('table', { name: 'Arbejdspladser, der ikke er forsøgt' });
      expect(await open.getByRole('row').count()).toBe(11);
      expect(await open.getByRole('rowheader', { name: 'Arbejdsplads 4, education' }).count()).toBe(0);
      await chart.scrollIntoViewIfNeeded();
      await shot(page, 'stikproeve-fremdrift');
      const violations = await axeViolations(page);
      expect(violations, `axe-core violations on «Stikprøve»:\n${violations.join('\n')}`).toEqual([]);

      // A response keyed from the list, without a case, is linked to its case afterwards: to the
      // workplace the surveyor has already started, so the two are flagged.
      await goTo(page, 'Besvarelser');
      const key = await s.createResponse();
      const panel = page.getByRole('region', { name: 'Opgave' });
      await panel.getByRole('button', { name: 'Knyt til en opgave …' }).click();
      await panel.getByRole('searchbox', { name: 'Søg efter arbejdsplads (navn, id, adresse eller by)' }).fill('education 29180000');
      const results = panel.getByRole('list', { name: /^Opgaver, der passer/ });
      await expect.poll(() => results.getByRole('listitem').allTextContents(), PATIENCE).toEqual([
        'Knyt 29180000 Arbejdsplads 1, education · Aarhus · har allerede 1 besvarelse',
      ]);
      await shot(page, 'besvarelse-knyt-til-opgave');
      await results.getByRole('button', { name: 'Knyt til Arbejdsplads 1, education (29180000)' }).click();
      await panel.getByText('Besvarelsen er knyttet til opgaven Arbejdsplads 1, education (29180000).').waitFor(PATIENCE);
      await panel.getByText(new RegExp(`^⚠ Arbejdspladsen har 2 besvarelser \\(\\S+, ${key}\\)`)).waitFor(PATIENCE);
      await shot(page, 'besvarelse-knyttet');
      // The link is on the response's history.
      await page.getByRole('button', { name: 'Historik' }).click();
      await page.getByText('Knyttede besvarelsen til opgaven 29180000 (Arbejdsplads 1, education)').first().waitFor(PATIENCE);
      await page.getByRole('button', { name: 'Tilbage til besvarelsen' }).click();
      await panel.getByText('Opgave: Arbejdsplads 1, education (29180000)').waitFor(PATIENCE);
      await s.backToList();
      await expect.poll(() => s.rowOf(key).textContent(), PATIENCE).toContain('⚠ To besvarelser til samme arbejdsplads: Kladde');
      await shot(page, 'besvarelser-to-besvarelser');
      await goTo(page, 'Stikprøve');
      const twice = page.getByRole('region', { name: /^⚠ Flere besvarelser til samme arbejdsplads \(1\)/ });
      await twice.getByRole('rowheader', { name: 'Arbejdsplads 1, education' }).waitFor(PATIENCE);
      await shot(page, 'stikproeve-to-besvarelser');
      // The surveyor whose case it is sees the warning on her case too.
      await desk.switchTo('Anna Jensen');
      await goTo(page, 'Mine opgaver');
      const herCase = page.getByRole('listitem', { name: 'Arbejdsplads 1, education' });
      await herCase.getByText(/^⚠ Arbejdspladsen har 2 besvarelser/).waitFor(PATIENCE);
      await shot(page, 'mine-opgaver-to-besvarelser');
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
