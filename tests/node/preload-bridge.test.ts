import { describe, expect, expectTypeOf, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InvokeChannel, MENU_COMMAND_CHANNEL, type IpcResult } from '../../preload/contract';
import type { Result } from '../../renderer/src/core/result';
import { APP_VERSION } from '../../renderer/src/host/app-version';
import { createHostBridge, fakeIpcRenderer } from './bridge-support';

describe('the preload bridge (window.barometerHost)', () => {
  it('exposes named functions only: no ipcRenderer, no generic invoke', () => {
    const bridge = createHostBridge(fakeIpcRenderer());
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo',
      'listBackups',
      'onMenuCommand',
      'onQuitRequest',
      'openFile',
      'openKey',
      'readBackup',
      'readyToQuit',
      'saveFile',
      'sealKey',
      'setMenuLanguage',
      'setTitle',
      'writeBackup',
    ]);
  });

  it('invokes exactly the matching channel with exactly one argument', async () => {
    const ipc = fakeIpcRenderer();
    const bridge = createHostBridge(ipc);
    const data = new Uint8Array([1]);
    await bridge.saveFile({ suggestedName: 'a.xlsx', kind: 'xlsx', data });
    await bridge.openFile({ kind: 'package', maxBytes: 10 });
    await bridge.appInfo();
    await bridge.setTitle({ title: 'T' });
    await bridge.setMenuLanguage({ lang: 'en' });
    // Extra arguments from the page are not forwarded.
    await (bridge.setTitle as (...a: unknown[]) => Promise<unknown>)({ title: 'T' }, '/etc/passwd');
    expect(ipc.invoke.mock.calls).toEqual([
      [InvokeChannel.saveFile, { suggestedName: 'a.xlsx', kind: 'xlsx', data }],
      [InvokeChannel.openFile, { kind: 'package', maxBytes: 10 }],
      [InvokeChannel.appInfo],
      [InvokeChannel.setTitle, { title: 'T' }],
      [InvokeChannel.setMenuLanguage, { lang: 'en' }],
      [InvokeChannel.setTitle, { title: 'T' }],
    ]);
  });

  it('passes only known menu commands on, without the IPC event, and unsubscribes', () => {
    const ipc = fakeIpcRenderer();
    const received: unknown[][] = [];
    const stop = createHostBridge(ipc).onMenuCommand((...args) => received.push(args));
    ipc.emit(MENU_COMMAND_CHANNEL, 'export');
    ipc.emit(MENU_COMMAND_CHANNEL, 'rm -rf');
    ipc.emit(MENU_COMMAND_CHANNEL, { command: 'export' });
    stop();
    ipc.emit(MENU_COMMAND_CHANNEL, 'about');
    expect(received).toEqual([['export']]);
  });
});

describe('the contract', () => {
  it("declares IpcResult exactly as the renderer's Result<T, string>", () => {
    expectTypeOf<IpcResult<{ a: number }>>().toEqualTypeOf<Result<{ a: number }, string>>();
  });

  it("the browser host's version matches package.json", () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
