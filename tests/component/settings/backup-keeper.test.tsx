import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../renderer/src/core/result';
import type { Host, HostBackups } from '../../../renderer/src/host/host';
import { useBackupKeeper } from '../../../renderer/src/features/settings/use-backup-keeper';

beforeEach(() => localStorage.clear());

const BYTES = new Uint8Array([31, 139, 8]);
const build = async () => BYTES;

/** The keeper as the app mounts it: dependencies made once, not on every render. */
function keep(host: Host, audit: { count(): Promise<number> }, buildBackup: () => Promise<Uint8Array> = build, answered = true) {
  const deps = { host, audit, buildBackup, hasData: async () => answered, readOnly: false };
  return renderHook(() => useBackupKeeper(deps));
}

/** A host as the Electron one behaves, recording what the keeper asks of it. */
function electronHost() {
  let quitListener: (() => void) | null = null;
  const backups = {
    write: vi.fn<HostBackups['write']>(async (data) => ok({ name: 'b.barometer-backup', writtenAt: new Date().toISOString(), bytes: data.byteLength })),
    list: vi.fn<HostBackups['list']>(async () => ok({ folder: '/u/backups', backups: [] })),
    read: vi.fn<HostBackups['read']>(),
    onQuitRequest: vi.fn<HostBackups['onQuitRequest']>((callback) => {
      quitListener = callback;
      return () => undefined;
    }),
    readyToQuit: vi.fn<HostBackups['readyToQuit']>(),
  };
  const host: Host = {
    kind: 'electron',
    saveFile: vi.fn<Host['saveFile']>(),
    openFile: vi.fn<Host['openFile']>(),
    appInfo: vi.fn<Host['appInfo']>(),
    setTitle: vi.fn(),
    onMenuCommand: () => () => undefined,
    backups,
  };
  return { host, backups, quit: () => quitListener?.() };
}

function browserHost() {
  const host: Host = {
    kind: 'browser',
    saveFile: vi.fn<Host['saveFile']>(async (name) => ok({ saved: true, fileName: name })),
    openFile: vi.fn<Host['openFile']>(),
    appInfo: vi.fn<Host['appInfo']>(),
    setTitle: vi.fn(),
    onMenuCommand: () => () => undefined,
  };
  return host;
}

describe('the backup keeper in Electron', () => {
  it('writes an automatic backup when there are changes and none was ever written', async () => {
    const { host, backups } = electronHost();
    const { result } = keep(host, { count: async () => 7 });
    await waitFor(() => expect(backups.write).toHaveBeenCalledWith(BYTES, 'auto'));
    await waitFor(() => expect(result.current.changed).toBe(false));
  });

  it('on quit writes nothing when every change is backed up, and lets the window close', async () => {
    const { host, backups, quit } = electronHost();
    localStorage.setItem('barometer-entry.last-backup', JSON.stringify({ markerAtBackup: '7', lastBackupAt: new Date().toISOString() }));
    keep(host, { count: async () => 7 });
    await waitFor(() => expect(backups.onQuitRequest).toHaveBeenCalled());
    act(() => quit());
    await waitFor(() => expect(backups.readyToQuit).toHaveBeenCalledTimes(1));
    expect(backups.write).not.toHaveBeenCalled();
  });

  it('on quit writes a last backup of new changes, then lets the window close', async () => {
    const { host, backups, quit } = electronHost();
    localStorage.setItem('barometer-entry.last-backup', JSON.stringify({ markerAtBackup: '7', lastBackupAt: new Date().toISOString() }));
    let count = 7;
    keep(host, { count: async () => count });
    await waitFor(() => expect(backups.onQuitRequest).toHaveBeenCalled());
    count = 9; // two changes since, too recent for an automatic backup
    act(() => quit());
    await waitFor(() => expect(backups.readyToQuit).toHaveBeenCalledTimes(1));
    expect(backups.write).toHaveBeenCalledWith(BYTES, 'quit');
  });

  it('lets the window close even when the last backup fails', async () => {
    const { host, backups, quit } = electronHost();
    localStorage.setItem('barometer-entry.last-backup', JSON.stringify({ markerAtBackup: '1', lastBackupAt: new Date().toISOString() }));
    const { result } = keep(host, { count: async () => 3 }, async () => Promise.reject(new Error('disk gone')));
    await waitFor(() => expect(backups.onQuitRequest).toHaveBeenCalled());
    act(() => quit());
    await waitFor(() => expect(backups.readyToQuit).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(result.current.problem).toBe('disk gone'));
  });
});

describe('the backup keeper in a browser', () => {
  it('reminds when there is data no backup holds; one click downloads a backup and the reminder goes', async () => {
    const host = browserHost();
    const { result } = keep(host, { count: async () => 4 });
    await waitFor(() => expect(result.current.reminder).toBe(true));
    await act(async () => {
      expect(await result.current.backupNow()).toBe(true);
    });
    expect(host.saveFile).toHaveBeenCalledWith(expect.stringMatching(/^barometer-backup-\d{4}-\d{2}-\d{2}-\d{4}\.barometer-backup$/), 'backup', BYTES);
    expect(result.current.reminder).toBe(false);
    expect(result.current.changed).toBe(false);
  });

  it('does not remind before anything is answered (a profile made, an empty draft opened)', async () => {
    const host = browserHost();
    const audit = { count: vi.fn(async () => 3) };
    const { result } = keep(host, audit, build, false);
    await waitFor(() => expect(audit.count).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(result.current.reminder).toBe(false);
  });

  it('does not remind for an empty store', async () => {
    const host = browserHost();
    const audit = { count: vi.fn(async () => 0) };
    const { result } = keep(host, audit);
    await waitFor(() => expect(audit.count).toHaveBeenCalled());
    expect(result.current.reminder).toBe(false);
  });
});
