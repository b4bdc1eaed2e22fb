/**
 * The one IPC contract between the renderer, the preload bridge and the main process.
 *
 * Imported by all three, so it imports nothing: no Node, no Electron, no renderer code. Besides
 * types it holds the channel names and the few limits and file extensions both sides must agree
 * on (the main process enforces them; the renderer uses them to explain a refusal before asking).
 */

/**
 * `{ ok, value } | { ok, error }`, structurally identical to `Result<T, string>` in
 * renderer/src/core/result.ts. Declared here rather than imported so main and preload do not pull
 * renderer files into their TypeScript project (a test asserts the two stay the same).
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Invoke channels: renderer → main, each answered with an `IpcResult`. */
export const InvokeChannel = {
  saveFile: 'file:save',
  openFile: 'file:open',
  appInfo: 'app:info',
  setTitle: 'window:set-title',
  setMenuLanguage: 'menu:set-language',
} as const;
export type InvokeChannelName = (typeof InvokeChannel)[keyof typeof InvokeChannel];

/** Event channel: main → renderer. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const MENU_COMMANDS = ['new-response', 'export', 'lang-da', 'lang-en', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** No file larger than this is read or written through the host, whatever the caller asks. */
export const FILE_SIZE_LIMIT_BYTES = 200 * 1024 * 1024;
/** Window titles longer than this are refused by the main process. */
export const TITLE_MAX_LENGTH = 200;
/** Suggested file names longer than this are refused by the main process. */
export const FILE_NAME_MAX_LENGTH = 200;

export type SaveKind = 'xlsx' | 'package' | 'backup';
export type OpenKind = 'package' | 'spreadsheet';
export type MenuLanguage = 'da' | 'en';

/**
 * File extensions (without the dot) offered by the dialogs, first one preferred. Both hosts use
 * them: the main process for dialog filters, the browser host for `<input accept>`.
 */
export const FILE_EXTENSIONS: Readonly<Record<SaveKind | OpenKind, readonly string[]>> = {
  xlsx: ['xlsx'],
  package: ['barometer'],
  backup: ['barometer-backup'],
  spreadsheet: ['xlsx', 'csv'],
};

export interface SaveFileRequest {
  /** A bare file name (no folders); the user picks the folder in the save dialog. */
  suggestedName: string;
  kind: SaveKind;
  data: Uint8Array;
}
export type SaveFileResponse = { saved: true; fileName: string } | { saved: false };

export interface OpenFileRequest {
  kind: OpenKind;
  /** Largest file the caller accepts; the main process also caps it at FILE_SIZE_LIMIT_BYTES. */
  maxBytes: number;
}
/** The chosen file, or null when the user cancelled the dialog. */
export type OpenFileResponse = { name: string; data: Uint8Array } | null;

export interface AppInfo {
  version: string;
  userDataPath: string;
  platform: string;
  electron: string;
}

export interface SetTitleRequest {
  title: string;
}

export interface SetMenuLanguageRequest {
  lang: MenuLanguage;
}

/** Request and response type of every invoke channel, for typed handlers on both sides. */
export interface InvokeContract {
  'file:save': { request: SaveFileRequest; response: SaveFileResponse };
  'file:open': { request: OpenFileRequest; response: OpenFileResponse };
  'app:info': { request: void; response: AppInfo };
  'window:set-title': { request: SetTitleRequest; response: null };
  'menu:set-language': { request: SetMenuLanguageRequest; response: null };
}

/**
 * What the preload exposes on `window.barometerHost`: named functions only. There is deliberately
 * no generic `invoke(channel, …)` and no access to `ipcRenderer`.
 */
export interface HostBridge {
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenFileResponse>>;
  appInfo(): Promise<IpcResult<AppInfo>>;
  setTitle(request: SetTitleRequest): Promise<IpcResult<null>>;
  /** Tells the main process which language the application menu should speak. */
  setMenuLanguage(request: SetMenuLanguageRequest): Promise<IpcResult<null>>;
  /** Calls `callback` for each menu command; returns a function that stops listening. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}
