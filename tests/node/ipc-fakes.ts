import { vi } from 'vitest';
import type { IpcActions, IpcRegistrar } from '../../main/ipc-handlers';
import type { SenderEvent } from '../../main/ipc-sender';

export const MAIN_WINDOW_ID = 7;

/** A call from the top frame of our main window showing our page, unless overridden. */
export function senderEvent(overrides: Partial<{ id: number; url: string; frame: 'top' | 'sub' | 'none' }> = {}): SenderEvent {
  const frame = overrides.frame ?? 'top';
  return {
    sender: { id: overrides.id ?? MAIN_WINDOW_ID },
    senderFrame:
      frame === 'none'
        ? null
        : { url: overrides.url ?? 'app://bundle/index.html', parent: frame === 'sub' ? { url: 'app://bundle/index.html' } : null },
  };
}

type Listener = (event: SenderEvent, ...args: unknown[]) => unknown;

/** Stands in for ipcMain: records handlers so a test can invoke them like the renderer would. */
export function fakeIpc() {
  const handlers = new Map<string, Listener>();
  const registrar: IpcRegistrar = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const invoke = async (channel: string, event: SenderEvent, ...args: unknown[]) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { registrar, handlers, invoke };
}

export function fakeActions() {
  return {
    mainWebContentsId: () => MAIN_WINDOW_ID,
    saveFile: vi.fn<IpcActions['saveFile']>(async () => ({ ok: true, value: { saved: true, fileName: 'x.xlsx' } })),
    openFile: vi.fn<IpcActions['openFile']>(async () => ({ ok: true, value: null })),
    appInfo: vi.fn<IpcActions['appInfo']>(() => ({
      version: '0.1.0',
      userDataPath: '/home/u/.config/Barometer Entry',
      platform: 'linux',
      electron: '45.5.0',
    })),
    setTitle: vi.fn<IpcActions['setTitle']>(),
    setMenuLanguage: vi.fn<IpcActions['setMenuLanguage']>(),
    writeBackup: vi.fn<IpcActions['writeBackup']>(async (data) => ({
      ok: true,
      value: { name: 'barometer-backup-20250301T093000000Z.barometer-backup', writtenAt: '2025-03-01T09:30:00.000Z', bytes: data.byteLength },
    })),
    listBackups: vi.fn<IpcActions['listBackups']>(async () => ({ ok: true, value: { folder: '/home/u/.config/Barometer Entry/backups', backups: [] } })),
    readBackup: vi.fn<IpcActions['readBackup']>(async (name) => ({ ok: true, value: { name, data: new Uint8Array([31, 139]) } })),
    readyToQuit: vi.fn<IpcActions['readyToQuit']>(),
    sealKey: vi.fn<IpcActions['sealKey']>(async (data) => ({ ok: true, value: { sealed: true, data: data.map((b) => b ^ 0x5a) } })),
    openKey: vi.fn<IpcActions['openKey']>(async (data) => ({ ok: true, value: { data: data.map((b) => b ^ 0x5a) } })),
  } satisfies IpcActions;
}
