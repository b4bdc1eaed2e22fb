import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  FILE_EXTENSIONS,
  FILE_SIZE_LIMIT_BYTES,
  type IpcResult,
  type OpenFileRequest,
  type OpenFileResponse,
  type OpenKind,
  type SaveFileRequest,
  type SaveFileResponse,
  type SaveKind,
} from '../preload/contract';
import type { AtomicWriter } from './atomic-write';

const FILTER_NAMES: Record<SaveKind | OpenKind, string> = {
  xlsx: 'Excel workbook',
  package: 'Barometer package',
  backup: 'Barometer backup',
  statistics: 'Statistics package files (CSV, SPSS, Stata)',
  spreadsheet: 'Spreadsheet',
};

export function dialogFilters(kind: SaveKind | OpenKind): { name: string; extensions: string[] }[] {
  return [{ name: FILTER_NAMES[kind], extensions: [...FILE_EXTENSIONS[kind]] }];
}

/** Replaces characters Windows or macOS do not allow in file names, e.g. "12:30" becomes "12-30". */
export function portableFileName(name: string): string {
  return name.replace(/[<>:"|?*]/g, '-');
}

export interface SaveFlowDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  writeAtomically: AtomicWriter;
  /** Folder the dialog opens in, e.g. the user's Documents. */
  defaultDirectory: string;
}

/**
 * file:save: the user chooses where in the main process's own dialog; the renderer only suggests
 * a bare name. The bytes are then written atomically.
 */
export async function saveFileFlow(deps: SaveFlowDeps, request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>> {
  const choice = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultDirectory, portableFileName(request.suggestedName)),
    filters: dialogFilters(request.kind),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
  const written = await deps.writeAtomically(choice.filePath, request.data);
  if (!written.ok) return written;
  return { ok: true, value: { saved: true, fileName: path.basename(choice.filePath) } };
}

export interface OpenFlowDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  readLimited(filePath: string, displayName: string, limit: number): Promise<IpcResult<Uint8Array>>;
}

/** file:open: the main process shows the dialog and reads the chosen file, within the size limit. */
export async function openFileFlow(deps: OpenFlowDeps, request: OpenFileRequest): Promise<IpcResult<OpenFileResponse>> {
  const choice = await deps.showOpenDialog({ properties: ['openFile'], filters: dialogFilters(request.kind) });
  const filePath = choice.filePaths[0];
  if (choice.canceled || !filePath) return { ok: true, value: null };
  const name = path.basename(filePath);
  const limit = Math.min(request.maxBytes, FILE_SIZE_LIMIT_BYTES);
  const read = await deps.readLimited(filePath, name, limit);
  if (!read.ok) return read;
  return { ok: true, value: { name, data: read.value } };
}
