/**
 * The app opens on the response list at once, with what the last session left: the start-up reads
 * the list's first rows, and the notice of recovered drafts follows once the list is up, said once.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

describe.skipIf(!chromiumPath)('opening the app again', () => {
  it('shows the drafts left last time in the list and says once that they were recovered', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const first = await s.createResponse();
      await s.answer(da.workplace_name, 'Plejecenter Solsikken');
      await s.waitUntilAllSaved();
      await s.backToList();
      const second = await s.createResponse();
      await s.answer(da.workplace_name, 'Skolen ved Åen');
      await s.waitUntilAllSaved();
      await s.backToList();

      await s.page.reload();
      const notice = s.page.getByText('2 kladder blev genskabt fra sidste session. De ligger i listen nedenfor.');
      await notice.waitFor(PATIENCE);
      // Newest first, with what was typed.
      const rows = s.page.getByRole('row');
      expect(await rows.nth(1).textContent()).toContain(second);
      expect(await rows.nth(1).textContent()).toContain('Skolen ved Åen');
      expect(await s.rowOf(first).textContent()).toContain('Plejecenter Solsikken');
      await s.page.getByText('Viser 2 af 2').waitFor(PATIENCE);

      // Said once: after a response has been opened, the list no longer says it, and reads its rows
      // itself (with the change just made; the list kept its search for that key).
      await s.openResponse(first);
      await s.textbox(da.workplace_name).fill('Plejecenter Solsikken Nord');
      await s.waitUntilAllSaved();
      await s.backToList();
      expect(await notice.count()).toBe(0);
      await s.page.getByText('Viser 1 af 2').waitFor(PATIENCE);
      expect(await s.rowOf(first).textContent()).toContain('Plejecenter Solsikken Nord');
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });

  it('says nothing of recovered drafts when there are none', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      await s.startAsSurveyor('Jonas Berg', 'JB');
      await s.page.reload();
      await s.page.getByText('Ingen besvarelser endnu. Tryk N eller vælg «Ny besvarelse» for at begynde.').waitFor(PATIENCE);
      expect(await s.page.getByText(/genskabt fra sidste session/).count()).toBe(0);
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
