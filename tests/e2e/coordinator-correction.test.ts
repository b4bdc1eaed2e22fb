/**
 * A coordinator corrects an approved response, in one browser, as the people do it: the surveyor
 * keys and completes a response, the auditor approves it (Back from the queue says it returns
 * there), and the coordinator, who cannot change an approved answer without a reason, starts a
 * correction with one, changes the answer and ends the correction. The history shows old → new with
 * that reason, by the coordinator.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { answerInnovationQuestions, answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { ProfileDesk, Reviewer } from './support/reviewer';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

const REASON = 'Lederen ringede: de er 30 ansatte, ikke 25.';

describe.skipIf(!chromiumPath)('a coordinator corrects an approved response with a reason', () => {
  it('the correction needs a reason, and the history shows old → new with it', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const errors: string[] = [];
      s.page.on('pageerror', (e) => errors.push(e.message));
      const desk = new ProfileDesk(s.page);
      const auditor = new Reviewer(s.page);

      await s.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      await desk.open();
      await desk.add('Mette Hansen', 'MH', 'Interviewer');
      await desk.add('Rasmus Revisor', 'RR', 'Revisor');

      // The surveyor keys and completes a response; the auditor approves it from the queue.
      await desk.switchTo('Mette Hansen');
      const key = await s.createResponse();
      await answerSectionA(s, { name: 'Skole Nord', id: '12345678', level: 'Kommune', area: 'Sundhed', employees: '25', from: '2015', to: '2016' });
      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Nej', 'Nej', 'Nej', 'Nej']);
      await s.markAsCompleted();
      await s.backToList();
      await desk.switchTo('Rasmus Revisor');
      await auditor.openQueue();
      await auditor.openFromQueue(key);
      expect(await s.page.getByRole('button', { name: 'Ret med begrundelse' }).count()).toBe(0);
      await auditor.approve();
      await s.page.getByRole('button', { name: 'Tilbage til gennemgang' }).click();
      await s.page.getByRole('heading', { level: 1, name: 'Gennemgang af besvarelser' }).waitFor(PATIENCE);

      // The coordinator opens it: approved, read-only, and a correction needs a reason.
      await desk.switchTo('Karin Koordinator');
      await s.openResponse(key);
      await s.page.getByText('Godkendt – skrivebeskyttet').waitFor(PATIENCE);
      const employees = s.textbox(da.n_employees);
      expect(await employees.isEditable()).toBe(false);
      await s.page.getByRole('button', { name: 'Ret med begrundelse' }).click();
      const reason = s.page.getByRole('textbox', { name: 'Begrundelse for rettelsen' });
      await s.expectFocusOn(reason, 'the reason field');
      await s.page.getByRole('button', { name: 'Start rettelse' }).click();
      await s.page.getByRole('alert').filter({ hasText: 'Skriv en begrundelse, før du retter.' }).waitFor(PATIENCE);
      expect(await employees.isEditable()).toBe(false);
      await reason.fill(REASON);
      await s.page.getByRole('button', { name: 'Start rettelse' }).click();
      await s.page.getByText('Rettelse i gang').waitFor(PATIENCE);
      expect(await s.page.getByText(`«${REASON}»`).count()).toBe(1);
      expect(await axeViolations(s.page), 'axe-core violations during a correction').toEqual([]);

      // The correction: 25 → 30, saved; then End correction, and it is read-only again.
      await employees.click();
      await s.page.keyboard.press('Control+A');
      await s.page.keyboard.type('30');
      await s.page.keyboard.press('Enter');
      await s.waitUntilAllSaved();
      await s.page.getByRole('button', { name: 'Afslut rettelse' }).click();
      await s.page.getByText('Godkendt – skrivebeskyttet').waitFor(PATIENCE);
      expect(await employees.isEditable()).toBe(false);
      expect(await employees.inputValue()).toBe('30');

      // The history: the change by the coordinator, old → new, with the reason.
      await s.page.getByRole('button', { name: 'Historik' }).click();
      const timeline = s.page.getByRole('list', { name: 'Alle ændringer, ældste først' });
      await timeline.waitFor(PATIENCE);
      const items = await timeline.getByRole('listitem').allInnerTexts();
      const corrected = items.filter((text) => text.includes(`«${da.n_employees}»`) && text.includes('25 → 30'));
      expect(corrected, items.join('\n---\n')).toHaveLength(1);
      expect(corrected[0]).toContain('Karin Koordinator');
      expect(corrected[0]).toContain(REASON);
      const approved = items.findIndex((text) => text.includes('Afsluttet → Godkendt'));
      expect(approved).toBeGreaterThanOrEqual(0);
      expect(items.indexOf(corrected[0] ?? '')).toBeGreaterThan(approved);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
