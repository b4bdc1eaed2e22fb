import { describe, expect, it, vi } from 'vitest';
import { FILE_SIZE_LIMIT_BYTES, InvokeChannel } from '../../preload/contract';
import { registerIpcHandlers } from '../../main/ipc-handlers';
import { fakeActions, fakeIpc, senderEvent } from './ipc-fakes';

function setup() {
  const ipc = fakeIpc();
  const actions = fakeActions();
  registerIpcHandlers(ipc.registrar, actions);
  const call = (channel: string, ...args: unknown[]) => ipc.invoke(channel, senderEvent(), ...args);
  return { ipc, actions, call };
}

const gz = new Uint8Array([31, 139, 8, 0]);
const NAME = 'barometer-backup-20250301T093000000Z.barometer-backup';

describe('the backup IPC handlers', () => {
  it('refuse a page that is not ours before anything is written or read', async () => {
    const { ipc, actions } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const foreign = senderEvent({ url: 'https://example.org/' });
    expect(await ipc.invoke(InvokeChannel.writeBackup, foreign, { data: gz, trigger: 'auto' })).toMatchObject({ ok: false });
    expect(await ipc.invoke(InvokeChannel.readBackup, foreign, { name: NAME })).toMatchObject({ ok: false });
    expect(await ipc.invoke(InvokeChannel.readyToQuit, senderEvent({ frame: 'sub' }))).toMatchObject({ ok: false });
    expect(actions.writeBackup).not.toHaveBeenCalled();
    expect(actions.readBackup).not.toHaveBeenCalled();
    expect(actions.readyToQuit).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  describe('backup:write', () => {
    it('passes the bytes and the trigger on, and answers with what was written', async () => {
      const { actions, call } = setup();
      expect(await call('backup:write', { data: gz, trigger: 'quit' })).toMatchObject({ ok: true, value: { name: NAME, bytes: 4 } });
      expect(actions.writeBackup).toHaveBeenCalledWith(gz, 'quit');
    });

    it.each([
      ['a folder to write into', { data: gz, trigger: 'auto', folder: '/tmp' }],
      ['a file name', { data: gz, trigger: 'auto', name: 'evil.sh' }],
      ['a path', { data: gz, trigger: 'auto', path: '/home/u/.bashrc' }],
      ['empty data', { data: new Uint8Array(0), trigger: 'auto' }],
      ['data as a string', { data: 'H4sI', trigger: 'auto' }],
      ['data as a plain array', { data: [31, 139], trigger: 'auto' }],
      ['an unknown trigger', { data: gz, trigger: 'cron' }],
      ['no trigger', { data: gz }],
      ['bare bytes', gz],
    ])('refuses %s', async (_what, request) => {
      const { actions, call } = setup();
      expect(await call('backup:write', request)).toMatchObject({ ok: false, error: expect.stringContaining('backup:write') });
      expect(actions.writeBackup).not.toHaveBeenCalled();
    });

    it('refuses a backup over the size limit', async () => {
      const { actions, call } = setup();
      const huge = new Uint8Array(new ArrayBuffer(FILE_SIZE_LIMIT_BYTES + 1));
      expect(await call('backup:write', { data: huge, trigger: 'auto' })).toMatchObject({ ok: false });
      expect(actions.writeBackup).not.toHaveBeenCalled();
    });

    it('refuses extra arguments', async () => {
      const { call } = setup();
      expect(await call('backup:write', { data: gz, trigger: 'auto' }, '/tmp/x')).toMatchObject({ ok: false });
    });
  });

  describe('backup:list', () => {
    it('answers with the folder and the backups', async () => {
      const { call } = setup();
      expect(await call('backup:list')).toEqual({ ok: true, value: { folder: '/home/u/.config/Barometer Entry/backups', backups: [] } });
    });

    it('takes no arguments, in particular no folder', async () => {
      const { actions, call } = setup();
      expect(await call('backup:list', { folder: '/etc' })).toMatchObject({ ok: false });
      expect(actions.listBackups).not.toHaveBeenCalled();
    });
  });

  describe('backup:read', () => {
    it('reads a backup by the name main gave it', async () => {
      const { actions, call } = setup();
      expect(await call('backup:read', { name: NAME })).toMatchObject({ ok: true, value: { name: NAME } });
      expect(actions.readBackup).toHaveBeenCalledWith(NAME);
    });

    it.each([
      ['a relative path', { name: `../${NAME}` }],
      ['an absolute path', { name: `/home/u/.config/Barometer Entry/backups/${NAME}` }],
      ['a Windows path', { name: `C:\\Users\\u\\${NAME}` }],
      ['another file', { name: 'Local State' }],
      ['a name with NUL', { name: `${NAME}\0.txt` }],
      ['a temp file', { name: `.${NAME}.abc123.tmp` }],
      ['an overlong name', { name: `${'a'.repeat(500)}.barometer-backup` }],
      ['an extra key', { name: NAME, folder: '/tmp' }],
      ['a bare string', NAME],
    ])('refuses %s', async (_what, request) => {
      const { actions, call } = setup();
      expect(await call('backup:read', request)).toMatchObject({ ok: false, error: expect.stringContaining('backup:read') });
      expect(actions.readBackup).not.toHaveBeenCalled();
    });
  });

  describe('app:ready-to-quit', () => {
    it('tells main the last backup is done', async () => {
      const { actions, call } = setup();
      expect(await call('app:ready-to-quit')).toEqual({ ok: true, value: null });
      expect(actions.readyToQuit).toHaveBeenCalledTimes(1);
    });

    it('refuses arguments', async () => {
      const { actions, call } = setup();
      expect(await call('app:ready-to-quit', true)).toMatchObject({ ok: false });
      expect(actions.readyToQuit).not.toHaveBeenCalled();
    });
  });
});
