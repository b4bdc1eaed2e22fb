/**
 * A coordinator's data across restarts of the real app: keyed, exported through the main process's
 * save dialog (the test-only stub chosen by BAROMETER_TEST_SAVE_DIR), backed up on quit, and there
 * again when the app starts on the same user-data folder, with the backup offered for restore and
 * About naming the version and build date; then
 * a store made newer (as by a later app version) opens read-only. Runs only where an Electron binary
 * exists (see global-setup.ts); skipped elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { answerInnovationQuestions, answerSectionA } from '../e2e/support/barometer';
import { PATIENCE, Surveyor } from '../e2e/support/surveyor';
import { da } from '../e2e/support/wording';
import { launchApp, quitApp, removeDir, tempDir } from './support/app';

const PACKAGE_VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;
const BACKUP_NAME = /^barometer-backup-\d{8}T\d{9}Z(-\d+)?\.barometer-backup$/;

const listDir = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir) : []);

describe.skipIf(!inject('electronPath'))('the data in the Electron app', () => {
  it('keeps a profile and a response across a restart, exports through the save dialog atomically, and backs up on quit', async () => {
    const userDataDir = tempDir('data');
    const saveDir = tempDir('saved');
    try {
      let key: string;
      const first = await launchApp({ userDataDir, saveDir });
      try {
        const s = new Surveyor(first.page);
        await s.startWithRole('Mette Hansen', 'MH', 'Koordinator');
        key = await s.createResponse();
        await answerSectionA(s, { name: 'Sundhedshuset Vest', id: '12345678', level: 'Kommune', area: 'Sundhed', employees: '25', role: 'Medarbejder', from: '2015', to: '2016' });
        await s.nextSection(da.section_B);
        await answerInnovationQuestions(s, ['Ja', 'Nej', 'Ved ikke', 'Nej']);
        await s.nextSection(da.section_C);
        await s.answerLong(da.recent_desc, 'Digital booking af hjemmehjælp');
        await s.tick(da.recent_types, ['Serviceydelse']);
        await s.markAsCompleted();
        await s.backToList();

        // Export: the main process's save dialog (stubbed: it accepts the suggested name in saveDir).
        await s.page.getByRole('button', { name: 'Eksportér til Excel' }).click();
        const dialog = s.page.getByRole('dialog');
        await dialog.waitFor(PATIENCE);
        await dialog.getByRole('button', { name: /^Eksportér/ }).last().click();
        await expect.poll(() => listDir(saveDir).filter((n) => n.endsWith('.xlsx')).length, PATIENCE).toBe(1);
        const [workbook] = listDir(saveDir).filter((n) => n.endsWith('.xlsx'));
        // Written atomically: the whole file under its final name, no temp file left beside it.
        const bytes = readFileSync(join(saveDir, workbook ?? ''));
        expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // a zip (xlsx) from its first byte
        expect(listDir(saveDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
        // The export dialog reports the result; closing it returns to the list.
        await dialog.getByRole('button', { name: 'Luk', exact: true }).click();
        await dialog.waitFor({ state: 'hidden', ...PATIENCE });
      } finally {
        await quitApp(first);
      }

      // Quitting wrote a last backup into <userData>/backups/.
      const backups = listDir(join(userDataDir, 'backups')).filter((n) => BACKUP_NAME.test(n));
      expect(backups.length).toBeGreaterThan(0);
      // Encrypted where the OS has a key store (Keychain, DPAPI, a Linux keyring), else the plain gzip package.
      const newest = readFileSync(join(userDataDir, 'backups', [...backups].sort().at(-1) ?? ''));
      if (newest.subarray(0, 8).toString('latin1') === 'BAROENC1') {
        expect(existsSync(join(userDataDir, 'backup-key.bin'))).toBe(true);
      } else {
        expect([newest[0], newest[1]]).toEqual([0x1f, 0x8b]);
      }

      const second = await launchApp({ userDataDir });
      try {
        const s = new Surveyor(second.page);
        // No first start: the profile is remembered, and the response is in the list.
        await s.rowOf(key).waitFor(PATIENCE);
        expect(await s.rowOf(key).textContent()).toContain('Sundhedshuset Vest');
        // The backup from the quit is offered for restore on the About screen.
        await s.page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Om / datasikkerhed' }).click();
        const list = s.page.getByRole('list', { name: 'Gemte sikkerhedskopier' });
        await list.waitFor(PATIENCE);
        expect(await list.getByRole('button', { name: /^Gendan fra / }).count()).toBe(backups.length);
        // Restoring it (read back, decrypted when it was encrypted, imported) changes nothing here: same data.
        await list.getByRole('button', { name: /^Gendan fra / }).first().click();
        await s.page.getByRole('button', { name: 'Ja, gendan' }).click();
        await s.page.getByText(/^Sikkerhedskopien er indlæst/).waitFor(PATIENCE);
        // About names the version (from the main process) and the day this build was made.
        const about = await s.page.getByRole('region', { name: 'Program' }).textContent();
        expect(about).toContain(`Version${PACKAGE_VERSION}`);
        expect(about).toMatch(/Bygget\d{2}\.\d{2}\.\d{4}/);
      } finally {
        await quitApp(second);
      }
    } finally {
      removeDir(userDataDir);
      removeDir(saveDir);
    }
  });

  it('opens a store written by a newer app version read-only, with the message saying so', async () => {
    const userDataDir = tempDir('newer');
    try {
      const first = await launchApp({ userDataDir });
      try {
        const s = new Surveyor(first.page);
        await s.startAsSurveyor('Mette Hansen', 'MH');
        await s.createResponse();
        // A later app version upgrades the store: IndexedDB version 990 (Dexie schema 99). The app's own
        // connection gives way (Dexie closes on versionchange), as it would to the newer app.
        await first.page.evaluate(
          () =>
            new Promise<void>((resolve, reject) => {
              const request = indexedDB.open('barometer-entry', 990);
              request.onsuccess = () => {
                request.result.close();
                resolve();
              };
              request.onerror = () => reject(request.error ?? new Error('open failed'));
            }),
        );
      } finally {
        await quitApp(first);
      }

      const second = await launchApp({ userDataDir });
      try {
        await second.page.getByText(/database version 99\b/).first().waitFor(PATIENCE);
        expect(await second.page.getByText(/newer version of Barometer Entry/).count()).toBeGreaterThan(0);
      } finally {
        await quitApp(second);
      }
    } finally {
      removeDir(userDataDir);
    }
  });
});
