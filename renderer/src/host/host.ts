/**
 * The host the renderer runs in: the Electron app (through the preload bridge) or a plain browser.
 * Screens use only this interface, so they work, and are tested, the same way in both.
 */
import type { Result } from '../core/result';
import type { BackupFile, BackupListing, BackupTrigger, MenuCommand, MenuLanguage, OpenKind, SaveKind } from '../../../preload/contract';

export type { BackupFile, BackupListing, BackupTrigger, MenuCommand, MenuLanguage, OpenKind, SaveKind };
export type HostKind = 'electron' | 'browser';

export interface SavedFile {
  /** False when the user cancelled the save dialog. */
  saved: boolean;
  /** The name the file was saved under (the user may have changed it). */
  fileName?: string;
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface HostInfo {
  version: string;
  /** Where the data is kept, for the About / data safety panel. */
  dataLocation: string;
  kind: HostKind;
}

export interface Host {
  kind: HostKind;
  /** Lets the user save `data`, suggesting a bare file name. Errors carry a message for the user. */
  saveFile(suggestedName: string, kind: SaveKind, data: Uint8Array): Promise<Result<SavedFile>>;
  /** Lets the user pick a file; `null` when they cancel. Files over `maxBytes` are refused. */
  openFile(kind: OpenKind, maxBytes: number): Promise<Result<OpenedFile | null>>;
  appInfo(): Promise<HostInfo>;
  /** Sets the window title, e.g. to name the working profile. */
  setTitle(title: string): void;
  /**
   * Tells the host which language its own menus should use. Optional so that hand-made test
   * fakes need not implement it; call it as `host.setMenuLanguage?.(lang)`.
   */
  setMenuLanguage?(lang: MenuLanguage): void;
  /** Subscribes to application-menu commands; returns an unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /**
   * Automatic backups into a folder the host owns (Electron: `<userData>/backups/`). Absent in a
   * plain browser, which has no such folder: there the user saves a backup as a download.
   */
  backups?: HostBackups;
  /**
   * The OS key store (Electron's safeStorage), to keep this computer's private signing key sealed at
   * rest. Absent in a plain browser: there the key stays a non-extractable key in IndexedDB.
   */
  keys?: HostKeys;
}

/** Seals and opens this computer's private signing key (bytes only; the OS user's key store holds the secret). */
export interface HostKeys {
  /** The sealed bytes, or why the OS offers no key store. */
  seal(data: Uint8Array): Promise<Result<{ sealed: true; data: Uint8Array } | { sealed: false; reason: string }>>;
  open(data: Uint8Array): Promise<Result<Uint8Array>>;
}

/** The host's backups folder. The renderer hands over bytes and names a listed backup, never a path. */
export interface HostBackups {
  write(data: Uint8Array, trigger: BackupTrigger): Promise<Result<BackupFile>>;
  list(): Promise<Result<BackupListing>>;
  read(name: string): Promise<Result<OpenedFile>>;
  /** Calls `callback` when the app is about to quit; it must end with `readyToQuit()`. */
  onQuitRequest(callback: () => void): () => void;
  readyToQuit(): void;
}

// Convenience for the bootstrap: `import { getHost } from '../host/host'`.
export { getHost } from './get-host';
