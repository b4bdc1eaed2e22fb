/**
 * "No answer is ever lost": once the entry screen says "Gemt", the answer is on disk. The browser is
 * killed with SIGKILL (a power cut or a crash, not a clean close that would flush anything), then
 * started again on the same profile directory.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath, killBrowser, launchBrowser, removeProfile } from './support/chromium';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

describe.skipIf(!chromiumPath)('an answer the screen calls saved', () => {
  it('is there after the browser process is killed right after "Gemt" and started again on the same profile', async () => {
    const first = await launchBrowser();
    const { profileDir } = first;
    try {
      const s = await Surveyor.open(first.context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const key = await s.createResponse();

      // The surveyor types and pauses: the answer commits on its own, and only then says "Gemt".
      await s.expectFocusOn(s.textbox(da.workplace_name), `"${da.workplace_name}"`);
      await s.page.keyboard.type('Plejecenter Solsikken');
      // The only answer of a new response, so the only "Gemt" on screen is this field's.
      await s.page.getByText('Gemt', { exact: true }).waitFor(PATIENCE);

      expect(killBrowser(profileDir)).toBeGreaterThan(0);
      // The dead browser's context is gone; closing it only tidies up playwright's side.
      await first.context.close().catch(() => undefined);

      const second = await launchBrowser(profileDir);
      try {
        const again = await Surveyor.open(second.context);
        // No first start this time: the profile is remembered, and the draft is in the list.
        await again.rowOf(key).waitFor(PATIENCE);
        expect(await again.rowOf(key).textContent()).toContain('Plejecenter Solsikken');
        await again.openResponse(key);
        expect(await again.textAnswer(da.workplace_name)).toBe('Plejecenter Solsikken');
      } finally {
        await second.context.close();
      }
    } finally {
      await first.context.close().catch(() => undefined);
      removeProfile(profileDir);
    }
  });
});
