/**
 * The signing key sealed by the OS key store (issue 10, item 3, Electron): sealed bytes open again
 * on the same computer only; without a real key store the renderer is told why and keeps its key as
 * before; the IPC arguments are bounded bytes.
 */
import { describe, expect, it } from 'vitest';
import { parseInvokeArgs } from '../../main/ipc-schemas';
import { openKey, sealKey } from '../../main/key-seal';
import { FakeOsKeyStore } from './fake-os-key-store';

const KEY = new Uint8Array(48).map((_, i) => (i * 37 + 11) % 256);

describe('sealing the signing key with the OS key store', () => {
  it('seals bytes that do not contain the key and open to it on the same computer only', async () => {
    const os = new FakeOsKeyStore();
    const sealed = await sealKey({ safeStorage: os, platform: 'linux' }, KEY);
    if (!sealed.ok || !sealed.value.sealed) throw new Error('expected sealed bytes');
    expect(Buffer.from(sealed.value.data).includes(Buffer.from(KEY))).toBe(false);
    expect(Buffer.from(sealed.value.data).includes(Buffer.from(Buffer.from(KEY).toString('base64')))).toBe(false);
    expect(await openKey({ safeStorage: os, platform: 'linux' }, sealed.value.data)).toEqual({ ok: true, value: { data: KEY } });
    const other = await openKey({ safeStorage: new FakeOsKeyStore(), platform: 'linux' }, sealed.value.data);
    expect(other.ok ? 'opened' : other.error).toMatch(/^The sealed signing key could not be opened on this computer/);
  });

  it('says why when there is no real key store, and seals nothing', async () => {
    const none = new FakeOsKeyStore();
    none.available = false;
    expect(await sealKey({ safeStorage: none, platform: 'win32' }, KEY)).toEqual({
      ok: true,
      value: { sealed: false, reason: 'the operating system offers no key store to this app' },
    });
    const basic = new FakeOsKeyStore();
    basic.backend = 'basic_text';
    const weak = await sealKey({ safeStorage: basic, platform: 'linux' }, KEY);
    expect(weak.ok && !weak.value.sealed && weak.value.reason).toMatch(/no keyring/);
  });

  it('refuses arguments that are not 1 to 1,024 bytes', () => {
    expect(parseInvokeArgs('key:seal', [{ data: KEY }]).ok).toBe(true);
    for (const bad of [[], [{ data: new Uint8Array(0) }], [{ data: new Uint8Array(1025) }], [{ data: 'abc' }], [{ data: KEY, extra: 1 }], [{ data: KEY }, 2]]) {
      expect(parseInvokeArgs('key:open', bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});
