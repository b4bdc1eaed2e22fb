/**
 * Restoring a backup from About / data safety names who signed it: a restore checks that the
 * signature is valid but not whose key made it (a new computer trusts no key yet), so the message
 * after «Ja, gendan» says whether this computer signed it or another one, with that computer's id,
 * its fingerprint and the profile that made the backup. Over real stores (fake IndexedDB).
 */
import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRepositories } from '../../../renderer/src/app/repositories';
import { ServicesProvider } from '../../../renderer/src/app/services-context';
import { ok } from '../../../renderer/src/core/result';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { ensureDeviceId } from '../../../renderer/src/db/device-id';
import { BackupPanel } from '../../../renderer/src/features/settings/BackupPanel';
import type { BackupKeeper } from '../../../renderer/src/features/settings/use-backup-keeper';
import { useBackupFiles } from '../../../renderer/src/features/settings/use-backup-files';
import type { Host } from '../../../renderer/src/host/host';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { anna, carl, openTestDb, storeProfiles } from '../../unit/db/db-test-support';
import { questionnaire } from '../audit/services-harness';

// The package reader inflates through Blob.stream(), which jsdom's Blob lacks; the platform's (Node's) has it.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

const opened: BarometerDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

async function computerWithOneResponse(label: string) {
  const db = await openTestDb(label);
  opened.push(db);
  await storeProfiles(db);
  const repos = makeRepositories(db, () => questionnaire);
  await repos.questionnaires.ensure(questionnaire.def);
  const r = await repos.responses.create(anna, questionnaire);
  await repos.responses.commitAnswer(anna, r.id, 'workplace_name', `Skolen (${label})`);
  return { db, repos };
}

const keeper: BackupKeeper = {
  state: { markerAtBackup: '1', lastBackupAt: '2026-12-01T09:30:00.000Z' },
  changed: false,
  reminder: false,
  busy: false,
  problem: null,
  backupNow: vi.fn(async () => true),
  look: () => undefined,
};

/** The About screen's backups section as it is wired there, over `here`'s store and a folder holding `bytes`. */
function Backups() {
  const files = useBackupFiles(null);
  return <BackupPanel keeper={keeper} lang="da" folder={files.folder} backups={files.backups} {...(files.restore ? { onRestore: files.restore } : {})} />;
}

async function restoreIn(here: Awaited<ReturnType<typeof computerWithOneResponse>>, bytes: Uint8Array): Promise<string> {
  await initI18n('da');
  const name = 'barometer-backup-20261201T093000000Z.barometer-backup';
  const host: Host = {
    kind: 'electron',
    saveFile: async (file) => ok({ saved: true, fileName: file }),
    openFile: async () => ok(null),
    appInfo: async () => ({ version: '0.1.0', dataLocation: 'test', kind: 'electron' }),
    setTitle: () => undefined,
    onMenuCommand: () => () => undefined,
    backups: {
      write: async () => ok({ name, writtenAt: '2026-12-01T09:30:00.000Z', bytes: bytes.byteLength }),
      list: async () => ok({ folder: '/home/carl/.config/Barometer Entry/backups', backups: [{ name, writtenAt: '2026-12-01T09:30:00.000Z', bytes: bytes.byteLength }] }),
      read: async (asked) => ok({ name: asked, data: bytes }),
      onQuitRequest: () => () => undefined,
      readyToQuit: () => undefined,
    },
  };
  const user = userEvent.setup();
  const view = render(
    <ServicesProvider value={{ questionnaire, ...here.repos, host, profile: carl, lang: 'da', setLang: async () => undefined, readOnlyReason: null }}>
      <Backups />
    </ServicesProvider>,
  );
  await user.click(await screen.findByRole('button', { name: /^Gendan fra/ }));
  await user.click(screen.getByRole('button', { name: 'Ja, gendan' }));
  const status = screen.getByRole('status');
  await screen.findByText(/^Sikkerhedskopien er indlæst/);
  const text = status.textContent ?? '';
  view.unmount();
  return text;
}

describe('restoring a backup names its signer', { timeout: 20_000 }, () => {
  it('a backup from another computer: its id, its fingerprint and who made it, and that a restore does not check whose key it is', async () => {
    const laptop = await computerWithOneResponse('restore-signer-laptop');
    const backup = await laptop.repos.exchange.buildBackup(anna);
    const fingerprint = await laptop.repos.exchange.fingerprint();
    const device = (await ensureDeviceId(laptop.db)).slice(0, 8);
    const office = await computerWithOneResponse('restore-signer-office');
    expect(await restoreIn(office, backup.bytes)).toBe(
      'Sikkerhedskopien er indlæst: 1 nye, 0 opdaterede, 0 uændrede, 0 konflikter. ' +
        `Den er signeret af en anden computer, ${device}, med fingeraftryk ${fingerprint} og lavet af Anna Jensen. ` +
        'Signaturen er gyldig, men en gendannelse kontrollerer ikke, hvilken computer der har signeret: gendan kun sikkerhedskopier, du ved, hvor kommer fra.',
    );
    expect(fingerprint).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  });

  it('this computer’s own backup, restored twice: signed here, with this computer’s fingerprint', async () => {
    const office = await computerWithOneResponse('restore-signer-own');
    const backup = await office.repos.exchange.buildBackup(carl);
    const fingerprint = await office.repos.exchange.fingerprint();
    expect(await restoreIn(office, backup.bytes)).toBe(
      `Sikkerhedskopien er indlæst: 0 nye, 0 opdaterede, 1 uændrede, 0 konflikter. Den er signeret af denne computer (fingeraftryk ${fingerprint}).`,
    );
    expect(await restoreIn(office, backup.bytes)).toBe(
      `Sikkerhedskopien er indlæst: den var allerede indlæst, intet er ændret. Den er signeret af denne computer (fingeraftryk ${fingerprint}).`,
    );
  });
});
