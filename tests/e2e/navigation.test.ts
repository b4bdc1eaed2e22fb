/**
 * Finding one's way, in the real browser, by the main menu alone: for each role, every screen it
 * may open is reached from the menu, marked as the current one, fits the window (no sideways
 * scrolling at 1280×720 or at the window's minimum of 800×560) and has no axe-core violations. Back
 * and forward stay inside the app; after a switch to a surveyor, Back to the coordinator's weights
 * shows the roles table's refusal inside the frame.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { goTo, mainMenu } from './support/navigation';
import { ProfileDesk, type RoleName } from './support/reviewer';
import { PATIENCE, Surveyor } from './support/surveyor';

const MENU: Record<RoleName, string[]> = {
  Interviewer: ['Besvarelser', 'Verifikation', 'Mine opgaver', 'Send og indlæs', 'Profiler', 'Om / datasikkerhed'],
  Koordinator: ['Besvarelser', 'Verifikation', 'Stikprøve', 'Mine opgaver', 'Gennemgang', 'Datakvalitet', 'Revision', 'Indtastningsstatistik', 'Indikatorer', 'Vægte', 'Send og indlæs', 'Overblik', 'Konflikter', 'Dubletter', 'Profiler', 'Spørgeskemaer', 'Om / datasikkerhed'],
  Revisor: ['Besvarelser', 'Gennemgang', 'Datakvalitet', 'Revision', 'Indtastningsstatistik', 'Indikatorer', 'Profiler', 'Om / datasikkerhed'],
};

async function start(s: Surveyor, role: RoleName): Promise<void> {
  if (role === 'Interviewer') await s.startAsSurveyor('Mette Kristine Hansen-Søndergaard', 'MKH');
  else await s.startWithRole('Mette Kristine Hansen-Søndergaard', 'MKH', role);
}

const widths = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
const currentItem = (page: Page) => mainMenu(page).locator('[aria-current="page"]').allTextContents();

/** Every screen of the menu, in order: current, fitting, and (at full size) free of axe-core violations. */
async function walk(page: Page, role: RoleName, checkAxe: boolean): Promise<string[]> {
  const problems: string[] = [];
  for (const item of MENU[role]) {
    await goTo(page, item);
    await expect.poll(() => currentItem(page), PATIENCE).toEqual([item]);
    await page.getByRole('heading', { level: 1 }).first().waitFor(PATIENCE);
    await page.waitForTimeout(150); // let late content (counts, tables) arrive
    const { scroll, inner } = await widths(page);
    if (scroll > inner) problems.push(`${item}: scrollWidth ${scroll} > ${inner}`);
    if (checkAxe) problems.push(...(await axeViolations(page)).map((v) => `${item}: ${v}`));
  }
  return problems;
}

describe.skipIf(!chromiumPath)('the main menu for every role', () => {
  it.each(['Interviewer', 'Koordinator', 'Revisor'] as const)('%s: every screen by the menu, fitting at 1280×720 and 800×560', async (role) => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.page.setViewportSize({ width: 1280, height: 720 });
      await start(s, role);
      expect(await mainMenu(s.page).getByRole('link').allTextContents()).toEqual(MENU[role]);
      if (role !== 'Revisor') {
        // A response and its history, reached from the list, belong to "Besvarelser".
        await s.createResponse();
        await expect.poll(() => currentItem(s.page), PATIENCE).toEqual(['Besvarelser']);
        const { scroll, inner } = await widths(s.page);
        expect(scroll).toBeLessThanOrEqual(inner);
      }
      expect(await walk(s.page, role, true)).toEqual([]);
      await s.page.setViewportSize({ width: 800, height: 560 });
      expect(await walk(s.page, role, false)).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('Back and forward stay in the app; a screen the new role may not open says why', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const page = s.page;
      await s.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      const desk = new ProfileDesk(page);
      await desk.open();
      await desk.add('Mette Hansen', 'MH', 'Interviewer');

      await goTo(page, 'Overblik');
      await goTo(page, 'Vægte');
      await page.keyboard.press('Alt+ArrowLeft');
      await expect.poll(() => currentItem(page), PATIENCE).toEqual(['Overblik']);
      await page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => currentItem(page), PATIENCE).toEqual(['Vægte']);

      await desk.switchTo('Mette Hansen');
      await expect.poll(() => currentItem(page), PATIENCE).toEqual(['Besvarelser']);
      expect(await mainMenu(page).getByRole('link').allTextContents()).toEqual(MENU.Interviewer);
      // Back: Profiler (open to all), then the coordinator's Vægte, refused for a surveyor.
      await page.keyboard.press('Alt+ArrowLeft');
      await page.getByRole('heading', { level: 1, name: 'Profiler' }).waitFor(PATIENCE);
      await page.keyboard.press('Alt+ArrowLeft');
      await page.getByRole('heading', { level: 1, name: 'Vægte' }).waitFor(PATIENCE);
      expect(await page.getByRole('alert').filter({ hasText: 'Ingen adgang' }).textContent()).toContain('Kun en koordinator kan gøre dette.');
      expect(await page.getByRole('button', { name: /Gem/ }).count()).toBe(0);
      expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/); // the browser's own history never moved
      await page.getByRole('button', { name: 'Til besvarelserne' }).click();
      await expect.poll(() => currentItem(page), PATIENCE).toEqual(['Besvarelser']);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
  it('the list loads no other screen\'s code; a screen whose code is still on its way says so', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      const page = s.page;
      const scripts: string[] = [];
      page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)));
      // The entry form's code is held back until the status has been seen.
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/\/EntryScreen-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.reload();
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const lazy = /\/(EntryScreen|DashboardScreen|DashboardCharts|ConflictsScreen|QuestionnairesScreen|AuditScreen|ExchangeScreen)-[\w-]+\.js$/;
      expect(scripts.filter((u) => lazy.test(u))).toEqual([]);

      await s.newResponseButton.click();
      await page.getByRole('status').filter({ hasText: 'Henter siden …' }).waitFor(PATIENCE);
      release();
      await page.getByRole('heading', { level: 1, name: /^Besvarelse / }).waitFor(PATIENCE);
      expect(await page.getByText('Henter siden …').count()).toBe(0);
      expect(scripts.filter((u) => /\/EntryScreen-/.test(u))).toHaveLength(1);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
