import { describe, expect, it, vi } from 'vitest';
import { FILE_SIZE_LIMIT_BYTES, InvokeChannel } from '../../preload/contract';
import { registerIpcHandlers } from '../../main/ipc-handlers';
import { fakeActions, fakeIpc, MAIN_WINDOW_ID, senderEvent } from './ipc-fakes';

function setup() {
  const ipc = fakeIpc();
  const actions = fakeActions();
  registerIpcHandlers(ipc.registrar, actions);
  const call = (channel: string, ...args: unknown[]) => ipc.invoke(channel, senderEvent(), ...args);
  return { ipc, actions, call };
}

const bytes = new Uint8Array([80, 75, 3, 4]);

describe('the IPC handlers', () => {
  it('register exactly the contract channels', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(InvokeChannel).sort());
  });

  it('refuse every channel to a foreign sender before looking at the arguments', async () => {
    const { ipc, actions } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const foreign = [senderEvent({ url: 'http://localhost:5173/' }), senderEvent({ frame: 'none' }), senderEvent({ id: MAIN_WINDOW_ID + 1 })];
    for (const event of foreign) {
      for (const channel of Object.values(InvokeChannel)) {
        const result = await ipc.invoke(channel, event, { title: 'x' });
        expect(result, channel).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
      }
    }
    expect(actions.saveFile).not.toHaveBeenCalled();
    expect(actions.setTitle).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(foreign.length * Object.values(InvokeChannel).length);
    warn.mockRestore();
  });

  describe('file:save', () => {
    it('passes a well-formed request on', async () => {
      const { actions, call } = setup();
      const request = { suggestedName: 'barometer-2025.xlsx', kind: 'xlsx', data: bytes };
      expect(await call('file:save', request)).toEqual({ ok: true, value: { saved: true, fileName: 'x.xlsx' } });
      expect(actions.saveFile).toHaveBeenCalledWith(request);
    });

    it('accepts a name with a time of day (made portable later, in the dialog)', async () => {
      const { call } = setup();
      const request = { suggestedName: 'Eksport 2025-03-01 12:30.xlsx', kind: 'xlsx', data: bytes };
      expect(await call('file:save', request)).toMatchObject({ ok: true });
    });

    it('accepts a Node Buffer (a Uint8Array) too', async () => {
      const { call } = setup();
      expect(await call('file:save', { suggestedName: 'b.barometer', kind: 'package', data: Buffer.from('x') })).toMatchObject({ ok: true });
    });

    it.each([
      ['a path instead of a name', { suggestedName: '../../.bashrc', kind: 'xlsx', data: bytes }],
      ['a Windows path', { suggestedName: 'C:\\Users\\x\\a.xlsx', kind: 'xlsx', data: bytes }],
      ['an empty name', { suggestedName: '', kind: 'xlsx', data: bytes }],
      ['a dot name', { suggestedName: '..', kind: 'xlsx', data: bytes }],
      ['a name with NUL', { suggestedName: 'a\0.xlsx', kind: 'xlsx', data: bytes }],
      ['an overlong name', { suggestedName: `${'a'.repeat(300)}.xlsx`, kind: 'xlsx', data: bytes }],
      ['an unknown kind', { suggestedName: 'a.exe', kind: 'exe', data: bytes }],
      ['data as a plain array', { suggestedName: 'a.xlsx', kind: 'xlsx', data: [1, 2, 3] }],
      ['data as a string', { suggestedName: 'a.xlsx', kind: 'xlsx', data: 'PK' }],
      ['data as an ArrayBuffer', { suggestedName: 'a.xlsx', kind: 'xlsx', data: new ArrayBuffer(4) }],
      ['an unknown key (a path!)', { suggestedName: 'a.xlsx', kind: 'xlsx', data: bytes, path: '/etc/passwd' }],
      ['a missing key', { suggestedName: 'a.xlsx', kind: 'xlsx' }],
    ])('refuses %s', async (_what, request) => {
      const { actions, call } = setup();
      expect(await call('file:save', request)).toMatchObject({ ok: false, error: expect.stringContaining('file:save') });
      expect(actions.saveFile).not.toHaveBeenCalled();
    });

    it('refuses data over the size limit without copying it', async () => {
      const { call } = setup();
      const huge = new Uint8Array(new ArrayBuffer(FILE_SIZE_LIMIT_BYTES + 1));
      expect(await call('file:save', { suggestedName: 'a.xlsx', kind: 'xlsx', data: huge })).toMatchObject({ ok: false });
    });

    it('refuses a missing argument and extra arguments', async () => {
      const { call } = setup();
      expect(await call('file:save')).toMatchObject({ ok: false });
      expect(await call('file:save', { suggestedName: 'a.xlsx', kind: 'xlsx', data: bytes }, '/tmp/x')).toMatchObject({ ok: false });
    });
  });

  describe('file:open', () => {
    it('passes a well-formed request on', async () => {
      const { actions, call } = setup();
      expect(await call('file:open', { kind: 'spreadsheet', maxBytes: 5_000_000 })).toEqual({ ok: true, value: null });
      expect(actions.openFile).toHaveBeenCalledWith({ kind: 'spreadsheet', maxBytes: 5_000_000 });
    });

    it.each([
      ['an unknown kind', { kind: 'xlsx', maxBytes: 10 }],
      ['zero bytes', { kind: 'package', maxBytes: 0 }],
      ['a negative limit', { kind: 'package', maxBytes: -1 }],
      ['a fractional limit', { kind: 'package', maxBytes: 1.5 }],
      ['an infinite limit', { kind: 'package', maxBytes: Infinity }],
      ['a limit as a string', { kind: 'package', maxBytes: '10' }],
      ['a path', { kind: 'package', maxBytes: 10, path: '/etc/shadow' }],
    ])('refuses %s', async (_what, request) => {
      const { actions, call } = setup();
      expect(await call('file:open', request)).toMatchObject({ ok: false });
      expect(actions.openFile).not.toHaveBeenCalled();
    });
  });

  describe('app:info', () => {
    it('answers with the version, data folder, platform and Electron version', async () => {
      const { call } = setup();
      expect(await call('app:info')).toEqual({
        ok: true,
        value: { version: '0.1.0', userDataPath: '/home/u/.config/Barometer Entry', platform: 'linux', electron: '45.5.0' },
      });
    });

    it('refuses arguments', async () => {
      const { call } = setup();
      expect(await call('app:info', 'anything')).toMatchObject({ ok: false });
    });
  });

  describe('window:set-title', () => {
    it('sets a title of up to 200 characters', async () => {
      const { actions, call } = setup();
      expect(await call('window:set-title', { title: 'Barometer Entry – Mette Hansen' })).toEqual({ ok: true, value: null });
      expect(await call('window:set-title', { title: 'x'.repeat(200) })).toMatchObject({ ok: true });
      expect(actions.setTitle).toHaveBeenCalledWith('Barometer Entry – Mette Hansen');
    });

    it.each([
      ['a title over 200 characters', { title: 'x'.repeat(201) }],
      ['a number', { title: 42 }],
      ['a bare string', 'Title'],
      ['an extra key', { title: 'x', prefix: 'y' }],
    ])('refuses %s', async (_what, request) => {
      const { actions, call } = setup();
      expect(await call('window:set-title', request)).toMatchObject({ ok: false });
      expect(actions.setTitle).not.toHaveBeenCalled();
    });
  });

  describe('menu:set-language', () => {
    it('accepts da and en only', async () => {
      const { actions, call } = setup();
      expect(await call('menu:set-language', { lang: 'en' })).toEqual({ ok: true, value: null });
      expect(actions.setMenuLanguage).toHaveBeenCalledWith('en');
      expect(await call('menu:set-language', { lang: 'de' })).toMatchObject({ ok: false });
    });
  });

  describe('key:seal and key:open', () => {
    it('pass bounded bytes on and refuse anything else', async () => {
      const { actions, call } = setup();
      const key = new Uint8Array(48).fill(7);
      const sealed = await call('key:seal', { data: key });
      expect(sealed).toMatchObject({ ok: true, value: { sealed: true } });
      expect(actions.sealKey).toHaveBeenCalledWith(key);
      expect(await call('key:open', { data: (sealed as { value: { data: Uint8Array } }).value.data })).toEqual({ ok: true, value: { data: key } });
      for (const bad of [{ data: 'secret' }, { data: new Uint8Array(2048) }, { data: key, path: '/etc' }]) {
        expect(await call('key:seal', bad)).toMatchObject({ ok: false, error: expect.stringContaining('Invalid arguments for key:seal') });
      }
      expect(actions.sealKey).toHaveBeenCalledTimes(1);
    });
  });

  it('turns a throwing action into an error result instead of a rejected invoke', async () => {
    const { actions, call } = setup();
    actions.openFile.mockRejectedValueOnce(new Error('dialog crashed'));
    expect(await call('file:open', { kind: 'package', maxBytes: 10 })).toEqual({
      ok: false,
      error: 'file:open failed: dialog crashed',
    });
  });
});
