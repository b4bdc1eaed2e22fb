import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';

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
});
