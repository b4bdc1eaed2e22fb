/**
 * Keeps backups: in Electron an automatic full backup at most every few minutes while changes
 * happen and a last one when the window closes; in a browser a reminder and a one-click download.
 * The change marker is the audit log's size (every stored change writes an entry).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditRepository } from '../../db/audit-repository';
import type { Host } from '../../host/host';
import { autoBackupDue, changedSinceBackup, manualBackupName, reminderDue, type BackupState } from './backup-policy';
import { loadBackupState, saveBackupState } from './backup-record';

/** How often the marker is read: cheap (an index count). */
const CHECK_EVERY_MS = 30_000;

export interface BackupKeeperDeps {
  host: Host;
  audit: Pick<AuditRepository, 'count'>;
  /** The whole store as a backup file (package format, gzip). */
  buildBackup(): Promise<Uint8Array>;
  /** Whether the store holds anything worth a backup (an answer); before that no reminder shows. */
  hasData(): Promise<boolean>;
  /** A read-only store writes nothing new, so needs no new backup. */
  readOnly: boolean;
}

export interface BackupKeeper {
  state: BackupState;
  /** Changes exist that no backup holds. */
  changed: boolean;
  /** The browser's reminder is due. */
  reminder: boolean;
  busy: boolean;
  /** The last backup's failure, in English from the host or the builder; null when fine. */
  problem: string | null;
  /** Backs up now: into the backups folder (Electron) or as a download (browser). */
  backupNow(): Promise<boolean>;
  /** Looks for changes now (the shell calls it when the screen changes). */
  look(): void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useBackupKeeper({ host, audit, buildBackup, hasData, readOnly }: BackupKeeperDeps): BackupKeeper {
  const [state, setState] = useState<BackupState>(loadBackupState);
  const [marker, setMarker] = useState<string | null>(null);
  const [worthKeeping, setWorthKeeping] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());
  const running = useRef<Promise<boolean> | null>(null);
  // The effects below read the latest state without re-subscribing; it changes only in `backup`.
  const stateRef = useRef(state);

  const readMarker = useCallback(async () => String(await audit.count()), [audit]);

  /** One backup at a time; a second request while one runs waits for it. */
  const backup = useCallback(
    (trigger: 'auto' | 'quit' | 'manual'): Promise<boolean> => {
      if (running.current) return running.current;
      const run = (async () => {
        setBusy(true);
        try {
          const markerNow = await readMarker();
          const data = await buildBackup();
          const backups = host.backups;
          const written = backups
            ? await backups.write(data, trigger)
            : await host.saveFile(manualBackupName(new Date()), 'backup', data);
          if (!written.ok) throw new Error(written.error);
          if ('saved' in written.value && !written.value.saved) return false; // the user cancelled the dialog
          const at = 'writtenAt' in written.value ? written.value.writtenAt : new Date().toISOString();
          const next = { markerAtBackup: markerNow, lastBackupAt: at };
          saveBackupState(next);
          stateRef.current = next;
          setState(next);
          setMarker(markerNow);
          setProblem(null);
          return true;
        } catch (e) {
          setProblem(messageOf(e));
          return false;
        } finally {
          setBusy(false);
          running.current = null;
        }
      })();
      running.current = run;
      return run;
    },
    [buildBackup, host, readMarker],
  );

  // Watch for changes (every CHECK_EVERY_MS, and whenever the screen changes); in Electron, back up when due.
  const [looks, setLooks] = useState(0);
  const look = useCallback(() => setLooks((n) => n + 1), []);
  useEffect(() => {
    void looks;
    let live = true;
    const check = async () => {
      const current = await readMarker().catch(() => null);
      if (!live || current === null) return;
      const at = new Date();
      const data = await hasData().catch(() => false);
      if (!live) return;
      setWorthKeeping(data);
      setMarker(current);
      setNow(at);
      if (host.backups && !readOnly && current !== '0' && autoBackupDue(stateRef.current, current, at)) await backup('auto');
    };
    void check();
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [host, readMarker, backup, readOnly, hasData, looks]);

  // Electron: a last backup when the window closes, then tell main it may close (it waits a bounded time).
  useEffect(() => {
    const backups = host.backups;
    if (!backups) return undefined;
    return backups.onQuitRequest(() => {
      void (async () => {
        try {
          const current = await readMarker();
          if (!readOnly && current !== '0' && changedSinceBackup(stateRef.current, current)) await backup('quit');
        } finally {
          backups.readyToQuit();
        }
      })();
    });
  }, [host, readMarker, backup, readOnly]);

  const changed = marker !== null && marker !== '0' && changedSinceBackup(state, marker);
  return {
    state,
    changed,
    reminder: marker !== null && !host.backups && reminderDue(state, marker, now, worthKeeping && marker !== '0'),
    busy,
    problem,
    backupNow: () => backup('manual'),
    look,
  };
}
