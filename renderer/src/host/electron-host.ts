import type { HostBridge, IpcResult } from '../../../preload/contract';
import { TITLE_MAX_LENGTH } from '../../../preload/contract';
import { err, ok, type Result } from '../core/result';
import { APP_VERSION } from './app-version';
import type { Host } from './host';

/** The Electron host: every call goes through the preload's named functions (window.barometerHost). */
export function createElectronHost(bridge: HostBridge): Host {
  // The main process waits (a bounded time) for an answer to every quit request. With no screen
  // listening (first start, a start-up error) nothing needs saving: answer at once.
  const quitListeners = new Set<() => void>();
  bridge.onQuitRequest(() => {
    if (quitListeners.size === 0) void settle(() => bridge.readyToQuit());
    for (const listener of quitListeners) listener();
  });
  return {
    kind: 'electron',
    async saveFile(suggestedName, kind, data) {
      const result = await settle(() => bridge.saveFile({ suggestedName, kind, data }));
      if (!result.ok) return result;
      return ok(result.value.saved ? { saved: true, fileName: result.value.fileName } : { saved: false });
    },
    openFile: (kind, maxBytes) => settle(() => bridge.openFile({ kind, maxBytes })),
    async appInfo() {
      const result = await settle(() => bridge.appInfo());
      if (result.ok) return { version: result.value.version, dataLocation: result.value.userDataPath, kind: 'electron' };
      // The About panel should still open; say what went wrong instead of the folder.
      return { version: APP_VERSION, dataLocation: `unknown (${result.error})`, kind: 'electron' };
    },
    setTitle(title) {
      void settle(() => bridge.setTitle({ title: title.slice(0, TITLE_MAX_LENGTH) }));
    },
    setMenuLanguage(lang) {
      void settle(() => bridge.setMenuLanguage({ lang }));
    },
    onMenuCommand: (callback) => bridge.onMenuCommand(callback),
    backups: {
      write: (data, trigger) => settle(() => bridge.writeBackup({ data, trigger })),
      list: () => settle(() => bridge.listBackups()),
      read: (name) => settle(() => bridge.readBackup({ name })),
      onQuitRequest(callback) {
        quitListeners.add(callback);
        return () => quitListeners.delete(callback);
      },
      readyToQuit() {
        void settle(() => bridge.readyToQuit());
      },
    },
    keys: {
      seal: (data) => settle(() => bridge.sealKey({ data })),
      async open(data) {
        const opened = await settle(() => bridge.openKey({ data }));
        return opened.ok ? ok(opened.value.data) : opened;
      },
    },
  };
}

/** Turns a rejected IPC call (e.g. no handler) into an error result, like any other failure. */
async function settle<T>(call: () => Promise<IpcResult<T>>): Promise<Result<T>> {
  try {
    const result = await call();
    return result.ok ? ok(result.value) : err(result.error);
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}
