import { z } from 'zod';
import { BACKUP_NAME_MAX_LENGTH, BACKUP_NAME_PATTERN } from './backup-names';
import {
  BACKUP_TRIGGERS,
  FILE_NAME_MAX_LENGTH,
  FILE_SIZE_LIMIT_BYTES,
  KEY_SEAL_MAX_BYTES,
  TITLE_MAX_LENGTH,
  type InvokeContract,
  type InvokeChannelName,
} from '../preload/contract';

/**
 * Argument schemas of the invoke channels. Strict: unknown keys, extra arguments and wrong types
 * are refused, not ignored. Each schema validates the whole argument list as a tuple.
 */

// A bare file name: the renderer may suggest a name, never a folder. (Characters that are merely
// unportable, such as ':' in a time of day, are replaced in the dialog's suggestion instead.)
const fileName = z
  .string()
  .min(1)
  .max(FILE_NAME_MAX_LENGTH)
  .refine((name) => !/[/\\]/.test(name), 'must not contain / or \\')
  .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), 'must not contain control characters')
  .refine((name) => name.trim() !== '' && !/^\.+$/.test(name.trim()), 'must be a file name');

const fileData = z
  .instanceof(Uint8Array)
  .refine((data) => data.byteLength <= FILE_SIZE_LIMIT_BYTES, `must be at most ${FILE_SIZE_LIMIT_BYTES} bytes`);

export const saveFileArgs = z.tuple([
  z.strictObject({ suggestedName: fileName, kind: z.enum(['xlsx', 'package', 'backup', 'statistics']), data: fileData }),
]);

export const openFileArgs = z.tuple([
  // maxBytes above the hard limit is accepted and capped by the main process.
  z.strictObject({ kind: z.enum(['package', 'spreadsheet']), maxBytes: z.number().int().positive() }),
]);

export const appInfoArgs = z.tuple([]);

export const setTitleArgs = z.tuple([z.strictObject({ title: z.string().max(TITLE_MAX_LENGTH) })]);

export const setMenuLanguageArgs = z.tuple([z.strictObject({ lang: z.enum(['da', 'en']) })]);

// Bytes only: the main process picks the folder and the name. Empty data is refused here too.
export const writeBackupArgs = z.tuple([
  z.strictObject({
    data: fileData.refine((data) => data.byteLength > 0, 'must not be empty'),
    trigger: z.enum(BACKUP_TRIGGERS),
  }),
]);

export const listBackupsArgs = z.tuple([]);

// A name the main process made (see backup-names.ts), never a path: the pattern admits no separator.
export const readBackupArgs = z.tuple([
  z.strictObject({ name: z.string().max(BACKUP_NAME_MAX_LENGTH).regex(BACKUP_NAME_PATTERN, 'must be the name of a backup') }),
]);

export const readyToQuitArgs = z.tuple([]);

const keyBytes = z
  .instanceof(Uint8Array)
  .refine((data) => data.byteLength > 0 && data.byteLength <= KEY_SEAL_MAX_BYTES, `must be 1 to ${KEY_SEAL_MAX_BYTES} bytes`);

export const sealKeyArgs = z.tuple([z.strictObject({ data: keyBytes })]);
export const openKeyArgs = z.tuple([z.strictObject({ data: keyBytes })]);

export type ArgsOf<C extends InvokeChannelName> = InvokeContract[C]['request'] extends void ? [] : [InvokeContract[C]['request']];

/** Every channel's schema, checked against the contract's request types at compile time. */
export const INVOKE_ARG_SCHEMAS: { [C in InvokeChannelName]: z.ZodType<ArgsOf<C>> } = {
  'file:save': saveFileArgs,
  'file:open': openFileArgs,
  'app:info': appInfoArgs,
  'window:set-title': setTitleArgs,
  'menu:set-language': setMenuLanguageArgs,
  'backup:write': writeBackupArgs,
  'backup:list': listBackupsArgs,
  'backup:read': readBackupArgs,
  'app:ready-to-quit': readyToQuitArgs,
  'key:seal': sealKeyArgs,
  'key:open': openKeyArgs,
};

/** Validates an argument list; the error names the channel and what was wrong. */
export function parseInvokeArgs<C extends InvokeChannelName>(
  channel: C,
  args: unknown[],
): { ok: true; value: ArgsOf<C> } | { ok: false; error: string } {
  const parsed = INVOKE_ARG_SCHEMAS[channel].safeParse(args);
  // The map above ties each schema to its channel, so the indexed result has that channel's type.
  if (parsed.success) return { ok: true, value: parsed.data as ArgsOf<C> };
  return { ok: false, error: `Invalid arguments for ${channel}: ${z.prettifyError(parsed.error)}` };
}
