import {
  InvokeChannel,
  MENU_COMMANDS,
  MENU_COMMAND_CHANNEL,
  QUIT_REQUEST_CHANNEL,
  type HostBridge,
  type IpcResult,
  type MenuCommand,
} from './contract';

/** The parts of Electron's ipcRenderer the bridge uses (a fake in tests). */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * The object the preload exposes as `window.barometerHost`: one named function per contract
 * channel, each invoking exactly that channel. The page never gets ipcRenderer, a generic invoke,
 * or the IPC event object (which would reveal the sender).
 */
export function createHostBridge(ipc: BridgeIpc): HostBridge {
  // The main process answers every channel with an IpcResult; the cast states that contract.
  const call = <T>(channel: string, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<IpcResult<T>>;
  return {
    saveFile: (request) => call(InvokeChannel.saveFile, request),
    openFile: (request) => call(InvokeChannel.openFile, request),
    appInfo: () => call(InvokeChannel.appInfo),
    setTitle: (request) => call(InvokeChannel.setTitle, request),
    setMenuLanguage: (request) => call(InvokeChannel.setMenuLanguage, request),
    onMenuCommand(callback) {
      const listener = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) callback(command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, listener);
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, listener);
      };
    },
    writeBackup: (request) => call(InvokeChannel.writeBackup, request),
    listBackups: () => call(InvokeChannel.listBackups),
    readBackup: (request) => call(InvokeChannel.readBackup, request),
    readyToQuit: () => call(InvokeChannel.readyToQuit),
    sealKey: (request) => call(InvokeChannel.sealKey, request),
    openKey: (request) => call(InvokeChannel.openKey, request),
    onQuitRequest(callback) {
      // The event carries nothing; arguments, if any, are not passed on.
      const listener = (): void => callback();
      ipc.on(QUIT_REQUEST_CHANNEL, listener);
      return () => {
        ipc.removeListener(QUIT_REQUEST_CHANNEL, listener);
      };
    },
  };
}
