import { describe, expect, it, vi } from 'vitest';
import { InvokeChannel, QUIT_REQUEST_CHANNEL, type HostBridge } from '../../preload/contract';

// Loaded by path, as in preload-bridge.test.ts (preload/bridge.ts is outside tsconfig.test.json).
type BridgeModule = {
  createHostBridge(ipc: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  }): HostBridge;
};
const bridgePath = '../../preload/bridge';
const { createHostBridge } = (await import(/* @vite-ignore */ bridgePath)) as BridgeModule;

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    invoke: vi.fn(async () => ({ ok: true, value: null })),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    }),
    emit: (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, ...args)),
  };
}

describe('the backup functions of the preload bridge', () => {
  it('invoke exactly their channels, passing bytes and a name only', async () => {
    const ipc = fakeIpcRenderer();
    const bridge = createHostBridge(ipc);
    const data = new Uint8Array([31, 139]);
    await bridge.writeBackup({ data, trigger: 'auto' });
    await bridge.listBackups();
    await bridge.readBackup({ name: 'barometer-backup-20250301T093000000Z.barometer-backup' });
    await bridge.readyToQuit();
    // Extra arguments from the page (a path, say) are not forwarded.
    await (bridge.listBackups as (...a: unknown[]) => Promise<unknown>)('/etc');
    expect(ipc.invoke.mock.calls).toEqual([
      [InvokeChannel.writeBackup, { data, trigger: 'auto' }],
      [InvokeChannel.listBackups],
      [InvokeChannel.readBackup, { name: 'barometer-backup-20250301T093000000Z.barometer-backup' }],
      [InvokeChannel.readyToQuit],
      [InvokeChannel.listBackups],
    ]);
  });

  it('pass the quit request on without the IPC event or any payload, and unsubscribe', () => {
    const ipc = fakeIpcRenderer();
    const received: unknown[][] = [];
    const stop = createHostBridge(ipc).onQuitRequest((...args: unknown[]) => received.push(args));
    ipc.emit(QUIT_REQUEST_CHANNEL, 'anything');
    stop();
    ipc.emit(QUIT_REQUEST_CHANNEL);
    expect(received).toEqual([[]]);
  });
});
