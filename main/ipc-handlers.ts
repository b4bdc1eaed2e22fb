import {
  InvokeChannel,
  type AppInfo,
  type BackupFile,
  type BackupListing,
  type BackupTrigger,
  type ReadBackupResponse,
  type InvokeChannelName,
  type InvokeContract,
  type IpcResult,
  type MenuLanguage,
  type OpenKeyResponse,
  type SealKeyResponse,
  type OpenFileRequest,
  type OpenFileResponse,
  type SaveFileRequest,
  type SaveFileResponse,
} from '../preload/contract';
import { isAllowedSender, type SenderEvent } from './ipc-sender';
import { parseInvokeArgs, type ArgsOf } from './ipc-schemas';

/** Structurally Electron's ipcMain (only `handle` is used), so tests can pass a fake. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void;
}

/** What the handlers do once a call is known to be ours and well-formed. */
export interface IpcActions {
  /** The id of our main window's webContents, or undefined while there is none. */
  mainWebContentsId(): number | undefined;
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenFileResponse>>;
  appInfo(): AppInfo;
  setTitle(title: string): void;
  setMenuLanguage(lang: MenuLanguage): void;
  /** Writes into `<userData>/backups/` under a name main chooses, then rotates. */
  writeBackup(data: Uint8Array, trigger: BackupTrigger): Promise<IpcResult<BackupFile>>;
  listBackups(): Promise<IpcResult<BackupListing>>;
  readBackup(name: string): Promise<IpcResult<ReadBackupResponse>>;
  /** The renderer's answer to a quit request. */
  readyToQuit(): void;
  /** The signing key sealed with the OS key store, or why there is none (`key-seal.ts`). */
  sealKey(data: Uint8Array): Promise<IpcResult<SealKeyResponse>>;
  openKey(data: Uint8Array): Promise<IpcResult<OpenKeyResponse>>;
}

type Response<C extends InvokeChannelName> = InvokeContract[C]['response'];

/**
 * Registers one handler per contract channel. Each checks the sender first, then validates the
 * arguments, then acts; it always answers with an IpcResult and never throws across IPC.
 */
export function registerIpcHandlers(ipc: IpcRegistrar, actions: IpcActions): void {
  const handle = <C extends InvokeChannelName>(
    channel: C,
    act: (...args: ArgsOf<C>) => Promise<IpcResult<Response<C>>> | IpcResult<Response<C>>,
  ): void => {
    ipc.handle(channel, async (event, ...rawArgs): Promise<IpcResult<Response<C>>> => {
      if (!isAllowedSender(event, actions.mainWebContentsId())) {
        console.warn(`Refused ${channel} from an unexpected sender`);
        return { ok: false, error: `Refused: ${channel} may only be called by the application window.` };
      }
      const args = parseInvokeArgs(channel, rawArgs);
      if (!args.ok) return args;
      try {
        return await act(...args.value);
      } catch (error) {
        return { ok: false, error: `${channel} failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    });
  };

  handle(InvokeChannel.saveFile, (request) => actions.saveFile(request));
  handle(InvokeChannel.openFile, (request) => actions.openFile(request));
  handle(InvokeChannel.appInfo, () => ({ ok: true, value: actions.appInfo() }));
  handle(InvokeChannel.setTitle, ({ title }) => {
    actions.setTitle(title);
    return { ok: true, value: null };
  });
  handle(InvokeChannel.setMenuLanguage, ({ lang }) => {
    actions.setMenuLanguage(lang);
    return { ok: true, value: null };
  });
  handle(InvokeChannel.writeBackup, ({ data, trigger }) => actions.writeBackup(data, trigger));
  handle(InvokeChannel.listBackups, () => actions.listBackups());
  handle(InvokeChannel.sealKey, ({ data }) => actions.sealKey(data));
  handle(InvokeChannel.openKey, ({ data }) => actions.openKey(data));
  handle(InvokeChannel.readBackup, ({ name }) => actions.readBackup(name));
  handle(InvokeChannel.readyToQuit, () => {
    actions.readyToQuit();
    return { ok: true, value: null };
  });
}
