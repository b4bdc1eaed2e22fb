import { describe, expect, it } from 'vitest';
import { InvokeChannel, QUIT_REQUEST_CHANNEL } from '../../preload/contract';
import { createHostBridge, fakeIpcRenderer } from './bridge-support';

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
