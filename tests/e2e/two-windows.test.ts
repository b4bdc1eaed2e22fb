/**
 * Two tabs of the browser build on one response (issue 10, item 7): the second tab opens it
 * read-only and says why; when the first closes it, the second reads it again — with what the first
 * saved — and may edit. Nothing is ever shown as "Gemt" beside a value the store does not hold.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

describe.skipIf(!chromiumPath)('one response in two windows', () => {
  it('is edited in one at a time; the other follows when the first lets go', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const first = await Surveyor.open(context);
      await first.startAsSurveyor('Mette Hansen', 'MH');
      const key = await first.createResponse();
      await first.page.keyboard.type('Plejecenter Solsikken');
      await first.page.keyboard.press('Tab');
      await first.waitUntilAllSaved();

      const second = await Surveyor.openAnotherTab(context);
      await second.openResponse(key);
      const banner = second.page.getByText('Skrivebeskyttet: besvarelsen er åben i et andet vindue eller en anden fane; luk den der, så kan den rettes her');
      await banner.waitFor(PATIENCE);
      const name = second.textbox(da.workplace_name);
      expect(await name.inputValue()).toBe('Plejecenter Solsikken');
      expect(await name.isEditable()).toBe(false);

      // The first window changes the name and leaves the response: the second takes over.
      await first.textbox(da.workplace_name).fill('Plejecenter Solsikken Nord');
      await first.page.keyboard.press('Tab');
      await first.waitUntilAllSaved();
      await first.backToList();
      await banner.waitFor({ state: 'hidden', ...PATIENCE });
      await expect.poll(() => name.inputValue(), PATIENCE).toBe('Plejecenter Solsikken Nord');
      expect(await name.isEditable()).toBe(true);
      await name.fill('Plejecenter Nord');
      await second.page.keyboard.press('Tab');
      await second.waitUntilAllSaved();

      // And now the first window is the one that waits.
      await first.openResponse(key);
      await first.page.getByText(/^Skrivebeskyttet: besvarelsen er åben i et andet vindue/).waitFor(PATIENCE);
      expect(await first.textbox(da.workplace_name).inputValue()).toBe('Plejecenter Nord');
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  }, 120_000);
});
