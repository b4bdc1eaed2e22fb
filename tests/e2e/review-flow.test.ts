/**
 * The review workflow in one browser, as the people do it: a coordinator (first start) adds a
 * surveyor and an auditor (with a PIN); the surveyor keys and completes a response; the auditor
 * (PIN asked; a wrong one changes nothing) rejects it with a comment on one question; the surveyor
 * sees the comment beside that question, fixes the answer and completes again; the auditor approves;
 * and the response's history shows all of it in order.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { answerInnovationQuestions, answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { ProfileDesk, Reviewer } from './support/reviewer';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

const REJECTION = 'Antallet af ansatte ser for lavt ud: tjek det med arbejdspladsen.';
const REPLY = 'Tjekket med lederen: de er 30.';

/** Fails with every violation spelt out, so a failure says what to fix. */
async function expectNoViolations(s: Surveyor, screen: string): Promise<void> {
  const violations = await axeViolations(s.page);
  expect(violations, `axe-core violations on ${screen}:\n${violations.join('\n')}`).toEqual([]);
}

describe.skipIf(!chromiumPath)('review: reject with a comment, fix, approve', () => {
  it('an auditor rejects a response with a comment; the surveyor sees it, fixes the answer and completes; the auditor approves; the history shows it in order', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const errors: string[] = [];
      s.page.on('pageerror', (e) => errors.push(e.message));
      const desk = new ProfileDesk(s.page);
      const auditor = new Reviewer(s.page);

      // The coordinator sets up the device: a surveyor, and an auditor with a PIN.
      await s.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      expect(await desk.activeProfile()).toBe('Aktiv profil: Karin Koordinator (KK), Koordinator');
      expect(await s.page.title()).toBe('Barometer Entry — Karin Koordinator (Koordinator)');
      await desk.open();
      await desk.add('Mette Hansen', 'MH', 'Interviewer');
      await desk.add('Rasmus Revisor', 'RR', 'Revisor', '4711');
      await expectNoViolations(s, 'the profile screen');

      // The surveyor keys a response and completes it. Surveyors see no review queue and no export.
      await desk.switchTo('Mette Hansen');
      expect(await s.page.getByRole('button', { name: 'Gennemgang' }).count()).toBe(0);
      expect(await s.page.getByRole('button', { name: 'Eksportér til Excel' }).count()).toBe(0);
      const key = await s.createResponse();
      await answerSectionA(s, { name: 'Skole Nord', id: '12345678', level: 'Kommune', area: 'Sundhed', employees: '25', from: '2015', to: '2016' });
      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Nej', 'Nej', 'Nej', 'Nej']);
      await s.markAsCompleted();
      await s.backToList();

      // The auditor's PIN is asked for; a wrong one is refused and nothing changes.
      await desk.open();
      await s.page.getByRole('button', { name: 'Skift til Rasmus Revisor' }).click();
      const pin = s.page.getByLabel('Pinkode for Rasmus Revisor');
      await pin.fill('0000');
      await pin.press('Enter');
      await s.page.getByRole('alert').filter({ hasText: 'Pinkoden er forkert.' }).waitFor(PATIENCE);
      expect(await desk.activeProfile()).toMatch(/^Aktiv profil: Mette Hansen /);
      await desk.switchTo('Rasmus Revisor', '4711');

      // The auditor sees no "new response" and rejects from the queue, with a comment on one question.
      expect(await s.newResponseButton.count()).toBe(0);
      await auditor.openQueue();
      expect(await auditor.queueCount()).toBe(1);
      await expectNoViolations(s, 'the review queue');
      await auditor.openFromQueue(key);
      expect(await s.textbox(da.n_employees).isEditable()).toBe(false);
      await auditor.panel.getByRole('button', { name: 'Afvis besvarelsen' }).click();
      await auditor.panel.getByRole('alert').filter({ hasText: 'Skriv en kommentar til intervieweren' }).waitFor(PATIENCE);
      await auditor.reject(REJECTION, 'n_employees');
      await s.page.getByRole('button', { name: 'Tilbage til gennemgang' }).click();

      // The surveyor finds the response rejected, and the comment at the top and beside the question.
      await desk.switchTo('Mette Hansen');
      await expect.poll(() => s.rowOf(key).innerText(), PATIENCE).toContain('Afvist');
      await s.openResponse(key);
      await s.page.getByText('Besvarelsen er afvist. Ret den, og marker den som afsluttet igen.').waitFor(PATIENCE);
      const employees = s.textbox(da.n_employees);
      const description = await employees.evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      );
      expect(description).toContain(REJECTION);
      expect(description).toContain('Rasmus Revisor (RR), revisor');
      await expectNoViolations(s, 'a rejected response with comments');

      // Fix the answer, reply, complete again.
      await employees.click();
      await s.page.keyboard.press('Control+A');
      await s.page.keyboard.type('30');
      await s.page.keyboard.press('Enter');
      await s.waitUntilAllSaved();
      const panel = s.page.getByRole('region', { name: 'Gennemgang og kommentarer' });
      await panel.getByRole('textbox', { name: 'Kommentar' }).fill(REPLY);
      await panel.getByRole('button', { name: 'Tilføj kommentar' }).click();
      await panel.getByRole('status').filter({ hasText: 'Kommentaren er gemt.' }).waitFor(PATIENCE);
      await s.markAsCompleted();
      await s.backToList();

      // The auditor approves.
      await desk.switchTo('Rasmus Revisor', '4711');
      await auditor.openQueue();
      expect(await auditor.queueCount()).toBe(1);
      await auditor.openFromQueue(key);
      await auditor.approve();

      // The history: every step, in order.
      await s.page.getByRole('button', { name: 'Historik' }).click();
      const timeline = s.page.getByRole('list', { name: 'Alle ændringer, ældste først' });
      await timeline.waitFor(PATIENCE);
      const items = await timeline.getByRole('listitem').allInnerTexts();
      const at = (what: string, ...also: string[]) => {
        const i = items.findIndex((text) => text.includes(what) && also.every((a) => text.includes(a)));
        expect(i, `a history entry "${what}" ${also.join(' ')} in:\n${items.join('\n---\n')}`).toBeGreaterThanOrEqual(0);
        return i;
      };
      const steps = [
        at('Oprettede besvarelsen', 'Mette Hansen'),
        at('Afsluttet', 'Kladde → Afsluttet', 'Mette Hansen'),
        at('Afsluttet → Afvist', 'Rasmus Revisor', REJECTION),
        at(`«${da.n_employees}»`, '25 → 30', 'Mette Hansen'),
        at(REPLY, 'Mette Hansen'),
        at('Afvist → Afsluttet', 'Mette Hansen'),
        at('Afsluttet → Godkendt', 'Rasmus Revisor'),
      ];
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
