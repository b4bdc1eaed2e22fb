/**
 * The preload bridge loaded for Node tests, and a fake of Electron's ipcRenderer (Electron's API, not
 * ours) that records calls and can emit events. preload/bridge.ts is outside tsconfig.test.json's
 * file list (only preload/contract.ts is in it), so it is loaded by path and typed through the contract.
 */
import { vi } from 'vitest';
import type { HostBridge } from '../../preload/contract';

type BridgeModule = {
  createHostBridge(ipc: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  }): HostBridge;
};
const bridgePath = '../../preload/bridge';
export const { createHostBridge } = (await import(/* @vite-ignore */ bridgePath)) as BridgeModule;

export function fakeIpcRenderer() {
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
