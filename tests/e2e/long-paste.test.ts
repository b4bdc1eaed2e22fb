/**
 * A 150,000-character paste (issue 10, defect 1): refused at the field with the limit in words, the
 * stored answer unchanged; shortened, it is saved; the laptop's package and its backup then leave it
 * and a coordinator's browser (another profile) imports both — the backup recognised as holding
 * nothing new, from the same trusted computer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerInnovationQuestions, answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile, type BrowserSession } from './support/chromium';
import { goTo } from './support/navigation';
import { PATIENCE, Surveyor } from './support/surveyor';
import { importPackageFiles } from './support/exchange';
import { da } from './support/wording';

const number = (n: number) => new Intl.NumberFormat('da-DK').format(n);

describe.skipIf(!chromiumPath)('a very long paste', () => {
  it('is refused at the field; shortened it is saved, and the package and the backup both reach the coordinator', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'barometer-paste-'));
    const sessions: BrowserSession[] = [];
    try {
      const laptop = await launchBrowser();
      sessions.push(laptop);
      const s = await Surveyor.open(laptop.context);
      await s.startAsSurveyor('Mette Hansen', 'MH');
      const key = await s.createResponse();
      await answerSectionA(s, { name: 'Sundhedshuset Vest', id: '12345678', level: 'Kommune', area: 'Sundhed', employees: '25', role: 'Medarbejder', from: '2015', to: '2016' });
      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Ja', 'Nej', 'Nej', 'Nej']);
      await s.nextSection(da.section_C);
      const desc = s.textbox(da.recent_desc);
      await desc.fill('Digital booking');
      await desc.press('Control+Enter');
      await s.waitUntilAllSaved();

      // The paste: refused with the limit in words, the stored text kept.
      await desc.fill('x'.repeat(150_000));
      await s.page.getByText(`${number(150_000)} tegn: højst ${number(10_000)} kan gemmes. Gør teksten kortere.`).first().waitFor(PATIENCE);
      // Shortened to the limit: saved.
      await desc.fill('y'.repeat(10_000));
      await desc.press('Control+Enter');
      await s.waitUntilAllSaved();
      await s.backToList();

      await goTo(s.page, 'Send og indlæs');
      const send = s.page.getByRole('region', { name: 'Send til koordinator' });
      await send.getByRole('radio', { name: 'Alle besvarelser' }).check();
      const sending = s.page.waitForEvent('download');
      await send.getByRole('button', { name: 'Gem pakke …' }).click();
      const pkg = join(folder, 'mette.barometer');
      await (await sending).saveAs(pkg);
      await send.getByRole('status').filter({ hasText: /^Pakken er gemt som .+: 1 besvarelse\.$/ }).waitFor(PATIENCE);

      await goTo(s.page, 'Om / datasikkerhed');
      const backingUp = s.page.waitForEvent('download');
      const backups = s.page.getByRole('region', { name: 'Sikkerhedskopier' });
      await backups.getByRole('button', { name: 'Tag en sikkerhedskopi nu' }).click();
      const backup = join(folder, 'mette-backup.barometer');
      await (await backingUp).saveAs(backup);
      await backups.getByText('Sikkerhedskopien er gemt.').waitFor(PATIENCE);

      const office = await launchBrowser();
      sessions.push(office);
      const karin = await Surveyor.open(office.context);
      await karin.startWithRole('Karin Koordinator', 'KK', 'Koordinator');
      await goTo(karin.page, 'Send og indlæs');
      const { reports, dialogs } = await importPackageFiles(karin.page, [pkg, backup]);
      // One computer, asked about once: the backup is signed with the same key as the package.
      expect(dialogs).toHaveLength(1);
      const [fromPackage, fromBackup] = reports;
      expect(fromPackage).toMatch(/^mette\.barometer: indlæst\. Nye 1, /);
      expect(fromBackup).toMatch(/^mette-backup\.barometer: indlæst\. Nye 0, opdaterede 0, uændrede 1, /);
      await goTo(karin.page, 'Besvarelser');
      await karin.rowOf(key).waitFor(PATIENCE);
      expect(await karin.rowOf(key).textContent()).toContain('Sundhedshuset Vest');
    } finally {
      for (const session of sessions) {
        await session.context.close().catch(() => undefined);
        removeProfile(session.profileDir);
      }
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);
});
