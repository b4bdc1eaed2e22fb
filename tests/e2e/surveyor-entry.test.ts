/**
 * The surveyor's day in a real Chromium with the built renderer and real IndexedDB: first start,
 * keying responses with the keyboard along both routes of section B, a reload mid-entry, routing
 * answers flipped back and forth, completing, and the language switch.
 */
import { describe, expect, it } from 'vitest';
import { answerInnovationQuestions, answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da, en } from './support/wording';

const SERVICE = 'Serviceydelse';
const PROCESS = 'Proces eller måde at organisere arbejdet på';
const ADAPTED = 'Vi blev inspireret af andre, men tilpassede løsningen væsentligt';

describe.skipIf(!chromiumPath)('a surveyor keying responses', () => {
  it('fills a response along the innovation path with the keyboard, sees section C open, and finds every answer after a reload', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const key = await s.createResponse();

      // Section A, question by question: typing, digits for options, Enter to move on.
      await s.expectSection(da.section_A);
      await s.answer(da.workplace_name, 'Sundhedshuset Vest');
      await s.answer(da.workplace_id, '12345678');
      await s.pick(da.sector_level, 'Kommune');
      await s.pick(da.policy_area, 'Sundhed');
      await s.answer(da.n_employees, '25');
      await s.pick(da.resp_role, 'Leder af arbejdspladsen');
      await s.answer(da.period_start, '2015');
      await s.answer(da.period_end, '2016');

      // Enter after the last question reaches "Næste afsnit"; Enter again opens section B.
      await s.expectFocusOn(s.page.getByRole('button', { name: 'Næste afsnit' }), '"Næste afsnit"');
      await s.page.keyboard.press('Enter');
      await s.expectSection(da.section_B);

      // Before section B is answered, section C does not apply.
      expect(await s.sectionLink(da.section_C).isDisabled()).toBe(true);
      expect(await s.sectionLink(da.section_C).textContent()).toContain('springes over');

      await s.pick(da.innov_product, 'Ja');
      // One "Ja" is enough: section C becomes available at once.
      await expect.poll(() => s.sectionLink(da.section_C).isEnabled(), PATIENCE).toBe(true);
      await s.pick(da.innov_service, 'Nej');
      await s.pick(da.innov_process, 'Nej');
      await s.pick(da.innov_comm, 'Nej');
      // dev_ongoing is for workplaces without innovation only.
      expect(await s.choiceGroup(da.dev_ongoing).count()).toBe(0);

      await s.nextSection(da.section_C);
      await s.answerLong(da.recent_desc, 'Digital booking af hjemmehjælp');
      await s.tick(da.recent_types, [SERVICE, PROCESS]);
      await s.pick(da.novelty, ADAPTED);
      // Adapted from others: the inspiration question is asked next.
      await s.tick(da.insp_channel, ['Faglige netværk']);
      await s.pick(da.closeness, 'En helt ny tilgang');
      await s.waitUntilAllSaved();

      // Mid-entry the window is reloaded: the app starts again at the list, and the draft is there.
      await s.page.reload();
      await s.rowOf(key).waitFor(PATIENCE);
      expect(await s.rowOf(key).textContent()).toContain('Sundhedshuset Vest');
      await s.openResponse(key);

      await s.expectSection(da.section_A);
      expect(await s.textAnswer(da.workplace_name)).toBe('Sundhedshuset Vest');
      expect(await s.textAnswer(da.workplace_id)).toBe('12345678');
      expect(await s.isPicked(da.sector_level, 'Kommune')).toBe(true);
      expect(await s.isPicked(da.policy_area, 'Sundhed')).toBe(true);
      expect(await s.textAnswer(da.n_employees)).toBe('25');
      expect(await s.isPicked(da.resp_role, 'Leder af arbejdspladsen')).toBe(true);
      expect(await s.textAnswer(da.period_start)).toBe('2015');
      expect(await s.textAnswer(da.period_end)).toBe('2016');
      // Under the wording, each control carries the variable's name and the option's code.
      const kommune = s.choiceGroup(da.sector_level).getByRole('radio', { name: 'Kommune' });
      expect([await kommune.getAttribute('name'), await kommune.getAttribute('value')]).toEqual(['sector_level', 'municipality']);
      expect(await s.textbox(da.n_employees).getAttribute('name')).toBe('n_employees');

      await s.nextSection(da.section_B);
      expect(await s.isPicked(da.innov_product, 'Ja')).toBe(true);
      expect(await s.isPicked(da.innov_service, 'Nej')).toBe(true);
      expect(await s.isPicked(da.innov_process, 'Nej')).toBe(true);
      expect(await s.isPicked(da.innov_comm, 'Nej')).toBe(true);

      await s.nextSection(da.section_C);
      expect(await s.textAnswer(da.recent_desc)).toBe('Digital booking af hjemmehjælp');
      expect(await s.isTicked(da.recent_types, SERVICE)).toBe(true);
      expect(await s.isTicked(da.recent_types, PROCESS)).toBe(true);
      expect(await s.isTicked(da.recent_types, 'Produkt')).toBe(false);
      expect(await s.isPicked(da.novelty, ADAPTED)).toBe(true);
      expect(await s.isTicked(da.insp_channel, 'Faglige netværk')).toBe(true);
      expect(await s.isPicked(da.closeness, 'En helt ny tilgang')).toBe(true);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('loses section C when every innovation answer is "Nej", and gets it back with its answers when one turns "Ja" again', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      await s.createResponse();
      await answerSectionA(s, { name: 'Skolen ved Åen', id: '87654321', level: 'Kommune', area: 'Uddannelse', employees: '40', from: '2015', to: '2016' });
      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Ja', 'Nej', 'Nej', 'Nej']);
      await s.nextSection(da.section_C);
      await s.answerLong(da.recent_desc, 'Ny skemaplanlægning');
      await s.tick(da.recent_types, [PROCESS]);
      await s.pick(da.novelty, 'Vi var de første til at udvikle den (så vidt vi ved)');
      await s.waitUntilAllSaved();
      const withC = await s.answeredCount();

      // Back in B the surveyor corrects the first answer to "Nej" (Alt+← lands on it).
      await s.previousSection(da.section_B);
      await s.pick(da.innov_product, 'Nej');
      // No innovation: section C is skipped, and B asks whether development was under way instead.
      await expect.poll(() => s.sectionLink(da.section_C).isDisabled(), PATIENCE).toBe(true);
      expect(await s.sectionLink(da.section_C).textContent()).toContain('springes over');
      await s.choiceGroup(da.dev_ongoing).waitFor(PATIENCE);
      // The three answers in C are kept, but no longer count as answered.
      expect(await s.answeredCount()).toBe(withC - 3);
      // Alt+→ passes C by.
      await s.nextSection(da.section_D);
      await s.previousSection(da.section_B);

      // A mistake: back to "Ja". C returns with what was keyed before.
      await s.pick(da.innov_product, 'Ja');
      await expect.poll(() => s.choiceGroup(da.dev_ongoing).count(), PATIENCE).toBe(0);
      await s.nextSection(da.section_C);
      expect(await s.textAnswer(da.recent_desc)).toBe('Ny skemaplanlægning');
      expect(await s.isTicked(da.recent_types, PROCESS)).toBe(true);
      expect(await s.isPicked(da.novelty, 'Vi var de første til at udvikle den (så vidt vi ved)')).toBe(true);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('keeps what was typed just before moving on: Tab, a change of section, or going back to the list', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const key = await s.createResponse();

      // No pause after typing: Tab leaves the field (commit on blur).
      await s.expectFocusOn(s.textbox(da.workplace_name), `"${da.workplace_name}"`);
      await s.page.keyboard.type('Bibliotek Øst');
      await s.page.keyboard.press('Tab');
      // Typed, then straight on to the next section.
      await s.expectFocusOn(s.textbox(da.workplace_id), `"${da.workplace_id}"`);
      await s.page.keyboard.type('55667788');
      await s.nextSection(da.section_B);
      await s.previousSection(da.section_A);
      expect(await s.textAnswer(da.workplace_id)).toBe('55667788');
      // Typed, then straight back to the list.
      await s.textbox(da.n_employees).click();
      await s.page.keyboard.type('30');
      await s.backToList();

      await expect.poll(() => s.rowOf(key).textContent(), PATIENCE).toContain('Bibliotek Øst · 55667788');
      await s.page.reload();
      await s.openResponse(key);
      expect(await s.textAnswer(da.workplace_name)).toBe('Bibliotek Øst');
      expect(await s.textAnswer(da.workplace_id)).toBe('55667788');
      expect(await s.textAnswer(da.n_employees)).toBe('30');
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('keys a workplace without innovation: section C is skipped and the development question is asked', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const key = await s.createResponse();
      await answerSectionA(s, { name: 'Vejcenter Nord', id: '1234567890', level: 'Region', area: 'Teknik, miljø og forsyning', employees: '12', from: '2015', to: '2016' });
      await s.page.keyboard.press('Enter'); // "Næste afsnit"
      await answerInnovationQuestions(s, ['Nej', 'Nej', 'Nej', 'Nej']);

      // The fourth "Nej" brings dev_ongoing in as the next question; Enter went straight to it.
      await s.pick(da.dev_ongoing, 'Ja');
      await s.tick(da.dev_types, [SERVICE]);
      expect(await s.sectionLink(da.section_C).isDisabled()).toBe(true);
      expect(await s.sectionLink(da.section_C).textContent()).toContain('springes over');

      // Enter on "Næste afsnit" goes from B to D.
      await s.expectFocusOn(s.page.getByRole('button', { name: 'Næste afsnit' }), '"Næste afsnit"');
      await s.page.keyboard.press('Enter');
      await s.expectSection(da.section_D);
      await s.pick(da.culture_new_ways, 'Helt enig');
      await s.waitUntilAllSaved();

      await s.page.reload();
      await s.openResponse(key);
      await s.nextSection(da.section_B);
      expect(await s.isPicked(da.dev_ongoing, 'Ja')).toBe(true);
      expect(await s.isTicked(da.dev_types, SERVICE)).toBe(true);
      await s.nextSection(da.section_D);
      expect(await s.isPicked(da.culture_new_ways, 'Helt enig')).toBe(true);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('cannot mark a response completed while a required answer is missing; the problem links to the question, and a completed response opens read-only', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const key = await s.createResponse();
      // The last year of the period is left out.
      await answerSectionA(s, { name: 'Jobcenter Syd', id: '11223344', level: 'Kommune', area: 'Beskæftigelse', employees: '60', from: '2015' });
      await s.page.keyboard.press('Enter');
      await answerInnovationQuestions(s, ['Nej', 'Nej', 'Nej', 'Nej']);
      await s.pick(da.dev_ongoing, 'Nej');

      await s.waitUntilAllSaved();
      await s.markAsCompletedButton.click();
      const problems = s.page.getByRole('heading', { name: 'Ret dette, før besvarelsen kan markeres som afsluttet:' });
      await problems.waitFor(PATIENCE);
      await s.expectFocusOn(problems, 'the list of problems');
      const problem = s.page.getByRole('button', { name: `${da.section_A} · ${da.period_end}: Spørgsmålet skal besvares` });
      expect(await problem.count()).toBe(1);
      expect(await s.reopenButton.count()).toBe(0);

      // Tab reaches the problem; Enter takes the surveyor to the question, in section A.
      await s.page.keyboard.press('Tab');
      await s.expectFocusOn(problem, 'the problem');
      await s.page.keyboard.press('Enter');
      await s.expectSection(da.section_A);
      await s.answer(da.period_end, '2016');

      await s.markAsCompleted();
      await s.page.getByText('Afsluttet – skrivebeskyttet').waitFor(PATIENCE);
      expect(await s.markAsCompletedButton.count()).toBe(0);

      // Back at the list it shows as completed; opened again, it is read-only until reopened.
      await s.backToList();
      expect(await s.rowOf(key).textContent()).toContain('Afsluttet');
      await s.openResponse(key);
      await s.reopenButton.waitFor(PATIENCE);
      expect(await s.textbox(da.workplace_name).isEditable()).toBe(false);
      expect(await s.textbox(da.period_end).isEditable()).toBe(false);
      expect(await s.textAnswer(da.period_end)).toBe('2016');
      expect(await s.choiceGroup(da.sector_level).getByRole('radio', { name: 'Kommune' }).isDisabled()).toBe(true);
      expect(await s.choiceGroup(da.sector_level).getByRole('radio', { name: 'Stat' }).isDisabled()).toBe(true);
      await s.nextSection(da.section_B);
      expect(await s.choiceGroup(da.innov_product).getByRole('radio', { name: 'Ja' }).isDisabled()).toBe(true);

      await s.reopenButton.click();
      await expect.poll(() => s.choiceGroup(da.innov_product).getByRole('radio', { name: 'Ja' }).isEnabled(), PATIENCE).toBe(true);
      expect(await s.markAsCompletedButton.count()).toBe(1);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('shows the questions in English on request, and still in English after a reload', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const key = await s.createResponse();
      await s.answer(da.workplace_name, 'Sundhedshuset Vest');
      await s.waitUntilAllSaved();

      await s.page.getByRole('group', { name: 'Sprog' }).getByRole('button', { name: 'English' }).click();
      await s.textbox(en.workplace_name).waitFor(PATIENCE);
      expect(await s.textAnswer(en.workplace_name)).toBe('Sundhedshuset Vest');
      await s.page.getByRole('heading', { level: 2, name: en.section_A }).waitFor(PATIENCE);
      expect(await s.page.getByRole('button', { name: 'Next section' }).count()).toBe(1);
      expect(await s.textbox(da.workplace_name).count()).toBe(0);

      await s.page.reload();
      await s.page.getByRole('button', { name: 'New response', exact: true }).waitFor(PATIENCE);
      expect(await s.page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
      expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
      await s.rowOf(key).click();
      await s.choiceGroup(en.sector_level).waitFor(PATIENCE);
      expect(await s.textAnswer(en.workplace_name)).toBe('Sundhedshuset Vest');
      expect(await s.choiceGroup(en.sector_level).getByRole('radio', { name: 'Municipality' }).count()).toBe(1);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
