/**
 * Heads-down keying in a real Chromium, keyboard only: arrows never change a stored answer (the
 * store is read after every key), a number field takes no letters, and a whole innovation-path
 * response keyed with auto-advance stays within 180 keys.
 */
import { describe, expect, it } from 'vitest';
import { answerInnovationQuestions, answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { storedAnswers } from './support/stored-answers';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

const settle = (s: Surveyor) => s.page.waitForTimeout(120);

describe.skipIf(!chromiumPath)('heads-down keying', () => {
  it('arrow keys move between questions and options and never change a stored answer', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const key = await s.createResponse();
      await answerSectionA(s, { name: 'Plejecenter Øst', id: '12345678', level: 'Region', area: 'Sundhed', employees: '25', role: 'Anden leder', from: '2015', to: '2016' });
      await s.waitUntilAllSaved();
      const before = await storedAnswers(s.page, key);
      expect(before).toMatchObject({ sector_level: 'region', policy_area: 'health', resp_role: 'other_manager' });

      // Back to "Regeringsniveau" with ↑, then every arrow key on the choices, reading the store after each.
      await s.page.getByRole('radiogroup', { name: da.resp_role }).getByRole('radio', { name: 'Anden leder' }).focus();
      const keys = ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'];
      for (const k of keys) {
        await s.press(k);
        await settle(s);
        expect(await storedAnswers(s.page, key), `after ${k}`).toEqual(before);
      }
      expect(await s.isPicked(da.sector_level, 'Region')).toBe(true);

      // ↑ on an unanswered question picks nothing: section B's first question, then back.
      await s.nextSection(da.section_B);
      await s.expectFocusOn(s.choiceGroup(da.innov_product), `"${da.innov_product}"`);
      for (const k of ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowUp']) {
        await s.press(k);
        await settle(s);
        expect(await storedAnswers(s.page, key), `after ${k} in section B`).toEqual(before);
      }
      // Esc from within the form returns to the list.
      await s.press('Escape');
      await s.newResponseButton.waitFor(PATIENCE);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('"abc" in a number field stores nothing, and a year out of range keeps the stored one', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const key = await s.createResponse();
      await answerSectionA(s, { name: 'Plejecenter Øst', id: '12345678', level: 'Region', area: 'Sundhed', employees: '25', role: 'Anden leder', from: '2015', to: '2016' });
      await s.waitUntilAllSaved();

      await s.textbox(da.n_employees).focus();
      await s.press('End');
      await s.type('abc');
      await s.press('Enter');
      await settle(s);
      expect((await storedAnswers(s.page, key))?.n_employees).toBe(25);
      expect(await s.textAnswer(da.n_employees)).toBe('25');
      await s.page.getByText('Kun cifre i dette felt').waitFor(PATIENCE);

      const start = s.textbox(da.period_start);
      await start.focus();
      await s.press('Control+A');
      await s.type('1999');
      await s.press('Enter');
      await s.page.getByText(/^Ikke gemt: /).waitFor(PATIENCE);
      await s.page.getByText('Det gemte svar er stadig: 2015').waitFor(PATIENCE);
      expect(await s.hasFocus(start)).toBe(true);
      expect((await storedAnswers(s.page, key))?.period_start).toBe(2015);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('a whole innovation-path response keyed with auto-advance takes at most 180 keys', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      // A low window: the factor grid is taller than the screen, so its headings must stay in view by themselves.
      await s.page.setViewportSize({ width: 1280, height: 520 });
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const counts: Record<string, number> = {};
      for (const path of ['innovation', 'no-innovation'] as const) {
        for (const autoAdvance of [true, false]) {
          const key = await s.createResponse();
          const box = s.page.getByRole('checkbox', { name: /^Gå automatisk videre/ });
          if ((await box.isChecked()) !== autoAdvance) {
            await box.click();
            await s.textbox(da.workplace_name).focus();
          }
          s.keyCount = 0;
          if (path === 'innovation') await keyInnovationPath(s, autoAdvance);
          else await keyNonInnovationPath(s, autoAdvance);
          counts[`${path} path, ${autoAdvance ? 'with' : 'without'} auto-advance`] = s.keyCount;
          await s.reopenButton.waitFor(PATIENCE);
          expect(await storedAnswers(s.page, key)).toMatchObject(path === 'innovation' ? EXPECTED : EXPECTED_NO_INNOVATION);
          // The next step has the focus. First time: "start the next one" (the default); the surveyor
          // moves to "back to the list" instead, and from then on that choice is the one with the focus.
          const nextStep = s.page.getByRole('group', { name: 'Næste skridt' });
          const listButton = nextStep.getByRole('button', { name: 'Til besvarelserne' });
          if (Object.keys(counts).length === 1) {
            await s.expectFocusOn(nextStep.getByRole('button', { name: 'Start en ny besvarelse' }), 'the default next step after completing');
            await s.page.keyboard.press('Tab');
          }
          await s.expectFocusOn(listButton, 'the remembered next step after completing');
          await s.page.keyboard.press('Enter');
          await s.newResponseButton.waitFor(PATIENCE);
        }
      }
      console.log(`Keys for one response: ${JSON.stringify(counts, null, 1)}`);
      expect(counts['innovation path, with auto-advance']).toBeLessThanOrEqual(180);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});

const EXPECTED = {
  workplace_name: 'Sundhedshuset Vest',
  workplace_id: '12345678',
  sector_level: 'municipality',
  policy_area: 'health',
  n_employees: 25,
  resp_role: 'workplace_manager',
  period_start: 2015,
  period_end: 2016,
  innov_product: 'yes',
  innov_service: 'no',
  innov_process: 'yes',
  innov_comm: 'no',
  recent_desc: 'Digital booking',
  recent_types: ['service', 'process'],
  novelty: 'adapted',
  insp_channel: ['networks'],
  closeness: 'new_approach',
  core_task: 'yes_current',
  initiator: ['employees', 'citizens'],
  collab_partner: ['citizens'],
  collab_phase_citizens: ['problem_ideas', 'implementation'],
  funding: ['own_budget'],
  tech_role: 'important',
  tech_new: 'new',
  value: ['quality', 'insight_influence'],
  evaluated: 'internal',
  eval_content: ['professional'],
  spread_active: 'yes',
  factor_employees: 'promoted_somewhat',
  factor_companies: 'promoted_somewhat',
  culture_new_ways: 'agree',
  culture_citizen_input: 'agree',
};

const EXPECTED_NO_INNOVATION = {
  ...Object.fromEntries(Object.entries(EXPECTED).filter(([name]) => ['workplace_name', 'workplace_id', 'sector_level', 'policy_area', 'n_employees', 'resp_role', 'period_start', 'period_end'].includes(name))),
  innov_product: 'no',
  innov_service: 'no',
  innov_process: 'no',
  innov_comm: 'no',
  dev_ongoing: 'yes',
  dev_types: ['product', 'process'],
  culture_new_ways: 'agree',
  culture_citizen_input: 'agree',
};

/** Section A as on the innovation path. */
async function keySectionA(s: Surveyor, choose: (code: string) => Promise<void>): Promise<void> {
  await s.expectSection(da.section_A);
  await s.answer(da.workplace_name, 'Sundhedshuset Vest');
  await s.answer(da.workplace_id, '12345678');
  await choose('3');
  await choose('4');
  await s.answer(da.n_employees, '25');
  await choose('1');
  await s.answer(da.period_start, '2015');
  await s.answer(da.period_end, '2016');
  await s.expectFocusOn(s.page.getByRole('button', { name: 'Næste afsnit' }), '"Næste afsnit"');
  await s.press('Enter');
}

/** Sections D and E and "Marker som afsluttet", the same on both paths. */
async function keySectionsDAndE(s: Surveyor, choose: (code: string) => Promise<void>): Promise<void> {
  await s.expectSection(da.section_D);
  await s.expectFocusOn(s.choiceGroup(da.culture_new_ways), `"${da.culture_new_ways}"`);
  for (let row = 0; row < 6; row++) await choose('2');
  await s.expectFocusOn(s.page.getByRole('button', { name: 'Næste afsnit' }), '"Næste afsnit"');
  await s.press('Enter');
  await s.expectSection(da.section_E);
  await s.expectFocusOn(s.textbox(da.comment), `"${da.comment}"`);
  await s.press('Control+Enter');
  await s.expectFocusOn(s.markAsCompletedButton, '"Marker som afsluttet"');
  await s.press('Enter');
}

/** A workplace without innovation: B all "Nej", development under way (two types), C skipped. */
async function keyNonInnovationPath(s: Surveyor, autoAdvance: boolean): Promise<void> {
  const choose = async (code: string) => {
    for (const d of code) await s.press(d);
    if (!autoAdvance) await s.press('Enter');
  };
  await keySectionA(s, choose);
  await s.expectSection(da.section_B);
  for (const code of ['2', '2', '2', '2']) await choose(code);
  await s.expectFocusOn(s.choiceGroup(da.dev_ongoing), `"${da.dev_ongoing}"`);
  await choose('1');
  await s.expectFocusOn(s.tickGroup(da.dev_types), `"${da.dev_types}"`);
  await s.press('1');
  await s.press('3');
  await s.press('Enter');
  await s.expectFocusOn(s.page.getByRole('button', { name: 'Næste afsnit' }), '"Næste afsnit"');
  await s.press('Enter');
  await keySectionsDAndE(s, choose);
}

/**
 * The whole path, key by key, as a typist keys it from paper. Single choices and years move on by
 * themselves with auto-advance; without it, Enter follows each.
 */
async function keyInnovationPath(s: Surveyor, autoAdvance: boolean): Promise<void> {
  const choose = async (code: string) => {
    for (const d of code) await s.press(d);
    if (!autoAdvance) await s.press('Enter');
  };
  const tick = async (...codes: string[]) => {
    for (const c of codes) await s.press(c);
    await s.press('Enter');
  };
  await keySectionA(s, choose);

  if (autoAdvance) await answerInnovationQuestions(s, ['Ja', 'Nej', 'Ja', 'Nej']);
  else for (const code of ['1', '2', '1', '2']) await choose(code);
  await s.expectFocusOn(s.page.getByRole('button', { name: 'Næste afsnit' }), '"Næste afsnit"');
  await s.press('Enter');

  await s.expectSection(da.section_C);
  await s.answerLong(da.recent_desc, 'Digital booking');
  await tick('2', '3'); // recent_types
  await choose('2'); // novelty: adapted
  await s.expectFocusOn(s.tickGroup(da.insp_channel), `"${da.insp_channel}"`);
  await tick('1');
  await choose('2'); // closeness
  await choose('1'); // core_task
  await s.expectFocusOn(s.tickGroup(da.initiator), `"${da.initiator}"`);
  await tick('2', '4');
  await tick('4'); // collab_partner: citizens
  await tick('1', '3'); // collab_phase_citizens
  await s.expectFocusOn(s.tickGroup(da.funding), `"${da.funding}"`);
  await tick('1');
  await choose('2'); // tech_role: important
  await s.expectFocusOn(s.choiceGroup(da.tech_new), `"${da.tech_new}"`);
  await choose('1');
  await tick('1', '3'); // value
  await choose('2'); // evaluated: internal
  await s.expectFocusOn(s.tickGroup(da.eval_content), `"${da.eval_content}"`);
  await tick('1');
  await choose('1'); // spread_active
  await s.expectFocusOn(s.choiceGroup(da.factor_employees), `"${da.factor_employees}"`);
  for (let row = 0; row < 9; row++) await choose('4');
  // On the last row, the column headings are still in view above it (they stay while the grid scrolls).
  const last = s.choiceGroup(da.factor_companies);
  await s.expectFocusOn(last, `"${da.factor_companies}"`);
  const headingsInView = await last.evaluate((row) => {
    const grid = row.closest('fieldset');
    const head = grid?.querySelector('[aria-hidden="true"]');
    if (!grid || !head) return false;
    const h = head.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    // The grid's top has scrolled out of view, yet its headings are above the row, on screen.
    return grid.getBoundingClientRect().top < 0 && h.top >= 0 && h.bottom <= r.top + 1;
  });
  expect(headingsInView).toBe(true);
  await choose('4');
  await s.expectFocusOn(s.page.getByRole('button', { name: 'Næste afsnit' }), '"Næste afsnit"');
  await s.press('Enter');

  await keySectionsDAndE(s, choose);
}
