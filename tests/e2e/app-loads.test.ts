import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { PATIENCE, Surveyor } from './support/surveyor';

describe.skipIf(!chromiumPath)('the app in a browser', () => {
  it('loads the built renderer with its strict Content-Security-Policy and no console errors', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(inject('baseURL'));
      await expect.poll(() => page.title()).toContain('Barometer');
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('breaks no rule of its Content-Security-Policy while a surveyor starts, keys and checks (zod made jitless first)', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      // Every violation of the policy, in the window and its Workers, as the page reports it.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`));
      });
      const s = await Surveyor.open(context);
      const consoleViolations: string[] = [];
      s.page.on('console', (m) => {
        if (/Content Security Policy|unsafe-eval/i.test(m.text())) consoleViolations.push(m.text());
      });
      await s.startAsSurveyor('Mette Hansen', 'MH');
      await s.createResponse();
      await s.page.keyboard.type('Plejecenter Solsikken');
      await s.page.keyboard.press('Tab');
      await s.waitUntilAllSaved();
      await s.backToList();
      await s.page.getByRole('heading', { level: 1 }).first().waitFor(PATIENCE);
      expect(await s.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(consoleViolations).toEqual([]);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 120_000);

  it('draws the response list from its own chunks only, none over 500 kB; the export dialog comes when opened', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      // Every script the page asks for (cached or not), by file name and address.
      const scripts = new Map<string, string>();
      context.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.endsWith('.js')) scripts.set(path.slice(path.lastIndexOf('/') + 1), r.url());
      });
      const s = await Surveyor.open(context);
      await s.startWithRole('Carl Koordinator', 'CK', 'Koordinator');
      const exportButton = s.page.getByRole('button', { name: 'Eksportér til Excel' });
      await exportButton.waitFor(PATIENCE);
      scripts.clear();
      await s.page.reload();
      await exportButton.waitFor(PATIENCE);
      const names = () => [...scripts.keys()];
      expect(names().length).toBeGreaterThan(0);
      // Vite's warning limit (500 kB, kB of 1,000 bytes) holds for every script the list loads.
      for (const [name, url] of scripts) expect((await (await fetch(url)).arrayBuffer()).byteLength, name).toBeLessThan(500_000);
      // None of the lazy screens' code: the entry form, the charts, the conflict view, the dialog.
      expect(names().filter((n) => /^(EntryScreen|DashboardCharts|ConflictsScreen|ExportDialog|QuestionnairesScreen)-/.test(n))).toEqual([]);
      await exportButton.click();
      await s.page.getByRole('dialog', { name: 'Eksportér til Excel' }).waitFor(PATIENCE);
      expect(names().some((n) => n.startsWith('ExportDialog-'))).toBe(true);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 120_000);
});
