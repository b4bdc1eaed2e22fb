/**
 * The backups the host keeps (Electron: the folder and its files, newest first) and restore: read a
 * listed backup back and import it like a package (any role), saying after it who signed the backup.
 */
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import { shortDevice } from '../../core/audit/verify-messages';
import type { BackupSigner, ImportOutcome } from '../../db/exchange-records';
import type { BackupFile } from '../../host/host';

export interface BackupFiles {
  folder: string | null;
  backups: BackupFile[];
  /** Absent when the profile may not import. Resolves to the message to show. */
  restore?: (name: string) => Promise<string>;
}

export function useBackupFiles(lastBackupAt: string | null): BackupFiles {
  const { host, profile, lang, exchange } = useServices();
  const { t } = useTranslation('settings');
  const [listing, setListing] = useState<{ folder: string | null; backups: BackupFile[] }>({ folder: null, backups: [] });

  // Read again after each backup the keeper writes.
  useEffect(() => {
    let live = true;
    void host.backups?.list().then((result) => {
      if (live && result.ok) setListing({ folder: result.value.folder, backups: result.value.backups });
    });
    return () => {
      live = false;
    };
  }, [host, lastBackupAt]);

  const restore = useCallback(
    async (name: string): Promise<string> => {
      const read = await host.backups?.read(name);
      if (!read) return t('backup.restoreFailed', { message: 'no backups folder' });
      if (!read.ok) return t('backup.restoreFailed', { message: read.error });
      const [outcome] = await exchange.restoreBackup(profile, read.value);
      return outcome ? describeOutcome(outcome, lang, t) : t('backup.restoreFailed', { message: '?' });
    },
    [host, exchange, profile, lang, t],
  );

  return can(profile.role, 'restore-backup').allowed ? { ...listing, restore } : listing;
}

function describeOutcome(outcome: ImportOutcome, lang: 'da' | 'en', t: TFunction<'settings'>): string {
  if (outcome.status === 'refused') return t('backup.restoreFailed', { message: outcome.message[lang] });
  const summary = outcome.status === 'already-imported' ? t('backup.alreadyImported') : t('backup.restoredCounts', { ...countsOf(outcome.report) });
  const signer = outcome.signer ? ` ${signedBy(outcome.signer, t)}` : '';
  return `${t('backup.restored', { summary })}${signer}`;
}

/** Who signed the backup: a restore checks the signature, not whose key made it (docs/exchange-format.md). */
function signedBy(signer: BackupSigner, t: TFunction<'settings'>): string {
  const device = shortDevice(signer.deviceId);
  if (signer.fingerprint === null) return t('backup.unsigned', { name: signer.profileName, device });
  if (signer.thisComputer) return t('backup.signedHere', { fingerprint: signer.fingerprint });
  return t('backup.signedElsewhere', { device, fingerprint: signer.fingerprint, name: signer.profileName });
}

function countsOf(report: Extract<ImportOutcome, { status: 'imported' }>['report']) {
  return { new: report.new, updated: report.updated, unchanged: report.unchanged, conflicts: report.conflicts };
}
