/**
 * The response list and the entry screen have no axe-core violations, checked in the real browser
 * on the screens a surveyor actually sees: a list with rows, and each kind of entry section (text and
 * choices with a problem shown, the innovation questions, section C's multiple choices and grid), plus
 * the list of problems after a refused "Marker som afsluttet" and a completed response.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { answerInnovationQuestions, answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

/** Fails with every violation spelt out, so a failure says what to fix. */
async function expectNoViolations(s: Surveyor, screen: string): Promise<void> {
  const violations = await axeViolations(s.page);
  expect(violations, `axe-core violations on ${screen}:\n${violations.join('\n')}`).toEqual([]);
}

describe.skipIf(!chromiumPath)('accessibility', () => {
  it('the response list with rows and the entry screen (sections A, B and C) have no axe-core violations', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');

      // One response completed, to have rows of both statuses in the list.
      const done = await s.createResponse();
      await answerSectionA(s, { name: 'Vejcenter Nord', id: '87654321', level: 'Region', area: 'Teknik, miljø og forsyning', employees: '12', from: '2015', to: '2016' });
      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Nej', 'Nej', 'Nej', 'Nej']);
      await s.markAsCompleted();
      await expectNoViolations(s, 'a completed response (read-only)');
      await s.backToList();

      // A draft with an answer that breaks a rule, so a problem is shown beside its question.
      await s.createResponse();
      await s.answer(da.workplace_name, 'Sundhedshuset Vest');
      await s.answer(da.workplace_id, '1234');
      await s.page.getByText('Skriv et CVR-nummer (8 cifre) eller et P-nummer (10 cifre), kun med tal.').waitFor(PATIENCE);
      await expectNoViolations(s, 'section A with a problem shown');

      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Ja', 'Nej', 'Nej', 'Nej']);
      await expectNoViolations(s, 'section B');

      await s.nextSection(da.section_C);
      await s.answerLong(da.recent_desc, 'Digital booking af hjemmehjælp');
      await s.tick(da.recent_types, ['Serviceydelse']);
      await s.pick(da.novelty, 'Vi blev inspireret af andre, men tilpassede løsningen væsentligt');
      await s.choiceGroup(da.factor_employees).waitFor(PATIENCE);
      await expectNoViolations(s, 'section C (multiple choices and the factor grid)');

      await s.markAsCompletedButton.click();
      await s.page.getByRole('heading', { name: /^Ret (dette|disse)/ }).waitFor(PATIENCE);
      await expectNoViolations(s, 'the entry screen listing the problems that block completion');

      await s.backToList();
      await s.rowOf(done).waitFor(PATIENCE);
      await expectNoViolations(s, 'the response list with rows');
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
