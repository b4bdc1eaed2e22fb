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
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  readyToQuit: 'app:ready-to-quit',
  sealKey: 'key:seal',
  openKey: 'key:open',
} as const;
export type InvokeChannelName = (typeof InvokeChannel)[keyof typeof InvokeChannel];

/** Event channel: main → renderer. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const MENU_COMMANDS = ['new-response', 'export', 'lang-da', 'lang-en', 'about', 'back', 'forward'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Event channel: main → renderer, "the window is closing: write a last backup if anything changed,
 * then call readyToQuit". No payload. Main closes anyway after QUIT_BACKUP_WAIT_MS.
 */
export const QUIT_REQUEST_CHANNEL = 'app:quit-requested';
/** How long the main process waits for the renderer's last backup before it closes regardless. */
export const QUIT_BACKUP_WAIT_MS = 15_000;

/** No file larger than this is read or written through the host, whatever the caller asks. */
export const FILE_SIZE_LIMIT_BYTES = 200 * 1024 * 1024;
/** Window titles longer than this are refused by the main process. */
export const TITLE_MAX_LENGTH = 200;
/** Suggested file names longer than this are refused by the main process. */
export const FILE_NAME_MAX_LENGTH = 200;

export type SaveKind = 'xlsx' | 'package' | 'backup' | 'statistics';
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
  /** The statistics-package export: CSV + SPSS syntax + Stata do-file in one zip. */
  statistics: ['zip'],
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

/** Why a backup is written: shown nowhere, but kept apart so main may treat them differently. */
export type BackupTrigger = 'auto' | 'quit' | 'manual';
export const BACKUP_TRIGGERS: readonly BackupTrigger[] = ['auto', 'quit', 'manual'];

/**
 * A full backup in the package format. The renderer hands over bytes only: the main process alone
 * chooses the folder (`<userData>/backups/`) and the file name.
 */
export interface WriteBackupRequest {
  data: Uint8Array;
  trigger: BackupTrigger;
}

/** One backup file as the main process lists it. */
export interface BackupFile {
  /** A bare file name made by the main process, e.g. `barometer-backup-20250301T093000123Z.barometer-backup`. */
  name: string;
  /** When it was written (ISO 8601, UTC), from its name. */
  writtenAt: string;
  bytes: number;
}

export interface BackupListing {
  /** The backups folder, for the settings screen (shown, never sent back). */
  folder: string;
  /** Newest first. */
  backups: BackupFile[];
}

/** Names one backup from the listing to read back for a restore. A name, never a path. */
export interface ReadBackupRequest {
  name: string;
}
export interface ReadBackupResponse {
  name: string;
  data: Uint8Array;
}

/** Request and response type of every invoke channel, for typed handlers on both sides. */
/** The most a sealed or opened key may be: a PKCS #8 Ed25519 key is 48 bytes; the OS store adds a little. */
export const KEY_SEAL_MAX_BYTES = 1024;

/** A private signing key (PKCS #8 bytes) to seal with the OS key store (Electron's safeStorage). */
export interface SealKeyRequest {
  data: Uint8Array;
}

/** Sealed bytes, or why the OS offers no key store (the key is then kept as before, unsealed). */
export type SealKeyResponse = { sealed: true; data: Uint8Array } | { sealed: false; reason: string };

/** Sealed bytes (from a `key:seal` answer) to open again. */
export interface OpenKeyRequest {
  data: Uint8Array;
}

export interface OpenKeyResponse {
  data: Uint8Array;
}

export interface InvokeContract {
  'file:save': { request: SaveFileRequest; response: SaveFileResponse };
  'file:open': { request: OpenFileRequest; response: OpenFileResponse };
  'app:info': { request: void; response: AppInfo };
  'window:set-title': { request: SetTitleRequest; response: null };
  'menu:set-language': { request: SetMenuLanguageRequest; response: null };
  'backup:write': { request: WriteBackupRequest; response: BackupFile };
  'backup:list': { request: void; response: BackupListing };
  'backup:read': { request: ReadBackupRequest; response: ReadBackupResponse };
  'app:ready-to-quit': { request: void; response: null };
  'key:seal': { request: SealKeyRequest; response: SealKeyResponse };
  'key:open': { request: OpenKeyRequest; response: OpenKeyResponse };
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
  /** Writes a full backup into the backups folder under the user-data directory; rotates old ones. */
  writeBackup(request: WriteBackupRequest): Promise<IpcResult<BackupFile>>;
  listBackups(): Promise<IpcResult<BackupListing>>;
  readBackup(request: ReadBackupRequest): Promise<IpcResult<ReadBackupResponse>>;
  /** Answers QUIT_REQUEST_CHANNEL: the last backup is written (or was not needed); close now. */
  readyToQuit(): Promise<IpcResult<null>>;
  /** Calls `callback` when the window is about to close; returns a function that stops listening. */
  onQuitRequest(callback: () => void): () => void;
  /** Seals this computer's private signing key with the OS key store (safeStorage). */
  sealKey(request: SealKeyRequest): Promise<IpcResult<SealKeyResponse>>;
  /** Opens a key sealed by `sealKey` on this computer, for this OS user. */
  openKey(request: OpenKeyRequest): Promise<IpcResult<OpenKeyResponse>>;
}
