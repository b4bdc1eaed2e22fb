/**
 * Importing packages as a coordinator, and the answer to «Ny computer – stoler du på den?» at a
 * computer's first package: each dialog is read (its text names the fingerprint) and confirmed.
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

/**
 * The coordinator's import on «Send og indlæs» (already open; a surveyor's: `panelName` «Indlæs
 * pakke fra koordinatoren»): adds each file with «Tilføj
 * pakkefil …», imports them, trusts each new computer that asks (its fingerprint checked against
 * `fingerprints`, in order), and returns each file's report line and the trust dialogs' texts.
 */
export async function importPackageFiles(
  page: Page,
  files: readonly string[],
  fingerprints: readonly string[] = [],
  panelName = 'Indlæs pakker',
): Promise<{ reports: string[]; dialogs: string[] }> {
  const panel = page.getByRole('region', { name: panelName });
  for (const file of files) {
    const choosing = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Tilføj pakkefil …' }).click();
    await (await choosing).setFiles(file);
  }
  await panel.getByRole('button', { name: files.length === 1 ? 'Indlæs 1 pakke' : `Indlæs ${files.length} pakker` }).click();
  const reports = panel.getByRole('region', { name: 'Resultat' }).getByRole('listitem');
  const dialogs = await trustNewDevices(page, async () => (await reports.count()) === files.length, fingerprints);
  return { reports: await reports.allTextContents(), dialogs };
}
