import { describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '../../preload/contract';
import { createElectronHost } from '../../renderer/src/host/electron-host';

/** The preload bridge as the page sees it; `quit()` plays the main process asking before it closes. */
function fakeBridge() {
  let onQuit: (() => void) | null = null;
  const bridge: HostBridge = {
    saveFile: vi.fn(),
    openFile: vi.fn(),
    appInfo: vi.fn(),
    setTitle: vi.fn(),
    setMenuLanguage: vi.fn(),
    onMenuCommand: () => () => undefined,
    writeBackup: vi.fn(async ({ data }) => ({ ok: true as const, value: { name: 'n', writtenAt: '2025-03-01T09:30:00.000Z', bytes: data.byteLength } })),
    listBackups: vi.fn(async () => ({ ok: false as const, error: 'EACCES' })),
    readBackup: vi.fn(),
    readyToQuit: vi.fn(async () => ({ ok: true as const, value: null })),
    sealKey: vi.fn(),
    openKey: vi.fn(),
    onQuitRequest: (callback) => {
      onQuit = callback;
      return () => undefined;
    },
  };
  return { bridge, quit: () => onQuit?.() };
}

describe('the Electron host’s backups', () => {
  it('answers a quit request at once when no screen keeps backups (first start), so closing is not delayed', () => {
    const { bridge, quit } = fakeBridge();
    createElectronHost(bridge);
    quit();
    expect(bridge.readyToQuit).toHaveBeenCalledTimes(1);
  });

  it('leaves the answer to the screen that keeps backups, while one listens', () => {
    const { bridge, quit } = fakeBridge();
    const host = createElectronHost(bridge);
    const listener = vi.fn();
    const stop = host.backups?.onQuitRequest(listener);
    quit();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(bridge.readyToQuit).not.toHaveBeenCalled();
    stop?.();
    quit();
    expect(bridge.readyToQuit).toHaveBeenCalledTimes(1);
  });

  it('hands over bytes and a trigger only, and passes refusals on as results', async () => {
    const { bridge } = fakeBridge();
    const host = createElectronHost(bridge);
    expect(await host.backups?.write(new Uint8Array([1, 2]), 'auto')).toMatchObject({ ok: true, value: { bytes: 2 } });
    expect(bridge.writeBackup).toHaveBeenCalledWith({ data: new Uint8Array([1, 2]), trigger: 'auto' });
    expect(await host.backups?.list()).toEqual({ ok: false, error: 'EACCES' });
  });
});
