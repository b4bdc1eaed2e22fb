/**
 * A keying session survives a crash: its counts reach the store while the surveyor keys, not only
 * when she leaves the screen. The browser is killed with SIGKILL mid-session (no screen is left, no
 * page event runs), started again on the same profile directory, and the keyer statistics show the
 * session with its keystrokes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath, killBrowser, launchBrowser, removeProfile } from './support/chromium';
import { goTo } from './support/navigation';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

/** The keystrokes of every keying session in the store, read straight from IndexedDB. */
function storedSessions(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('barometer-entry');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('keyingSessions', 'readonly').objectStore('keyingSessions').getAll();
          req.onsuccess = () => {
            db.close();
            resolve((req.result as { keystrokes: number }[]).map((s) => s.keystrokes));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

describe.skipIf(!chromiumPath)('a keying session', () => {
  it('keeps its keystrokes when the browser is killed mid-session and started again', async () => {
    const first = await launchBrowser();
    const { profileDir } = first;
    try {
      const s = await Surveyor.open(first.context);
      await s.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      await s.createResponse();
      const before = s.keyCount;
      await s.answer(da.workplace_name, 'Plejecenter Solsikken');
      await s.answer(da.workplace_id, '12345678');
      const typed = s.keyCount - before;
      expect(typed).toBe(21 + 1 + 8 + 1);

      // Still on the form, mid-session: the session is in the store with every keystroke so far.
      await expect.poll(() => storedSessions(s.page), PATIENCE).toEqual([typed]);

      expect(killBrowser(profileDir)).toBeGreaterThan(0);
      await first.context.close().catch(() => undefined);

      const second = await launchBrowser(profileDir);
      try {
        const again = await Surveyor.open(second.context);
        await again.newResponseButton.waitFor(PATIENCE);
        await goTo(again.page, 'Indtastningsstatistik');
        const sessions = again.page.getByRole('table', { name: 'Pr. session' });
        const row = sessions.getByRole('row').filter({ has: again.page.getByRole('rowheader', { name: 'Karin Koordinator' }) });
        await row.waitFor(PATIENCE);
        expect(await row.count()).toBe(1);
        // Mode, start, elapsed, pause, responses, keystrokes: the operator is the row's header.
        const cells = row.getByRole('cell');
        expect(await cells.nth(0).innerText()).toBe('Ny');
        expect(await cells.nth(4).innerText()).toBe('1');
        expect(await cells.nth(5).innerText()).toBe(String(typed));
      } finally {
        await second.context.close();
      }
    } finally {
      await first.context.close().catch(() => undefined);
      removeProfile(profileDir);
    }
  });
});
