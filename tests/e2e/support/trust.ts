/**
 * The coordinator's answer to «Ny computer – stoler du på den?» at a device's first package: each
 * dialog is read (its text names the fingerprint) and confirmed, until the import is done.
 */
import type { Page } from 'playwright-core';

export const trustDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Ny computer – stoler du på den?' });

/**
 * Confirms every new-device dialog that opens until `done()` holds; returns the dialogs' texts.
 * `fingerprints`, when given, must each appear in the dialog it confirms, in order.
 */
export async function trustNewDevices(page: Page, done: () => Promise<boolean>, fingerprints: readonly string[] = [], timeout = 60_000): Promise<string[]> {
  const texts: string[] = [];
  const until = Date.now() + timeout;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`The import did not finish within ${timeout} ms (dialogs seen: ${texts.length}).`);
    const dialog = trustDialog(page);
    if (await dialog.isVisible()) {
      const text = (await dialog.textContent()) ?? '';
      const expected = fingerprints[texts.length];
      if (expected !== undefined && !text.includes(expected)) throw new Error(`The dialog shows another fingerprint than ${expected}: ${text}`);
      texts.push(text);
      await dialog.getByRole('button', { name: 'Stol på computeren og indlæs' }).click();
      await dialog.waitFor({ state: 'hidden' });
    } else {
      await page.waitForTimeout(50);
    }
  }
  return texts;
}
