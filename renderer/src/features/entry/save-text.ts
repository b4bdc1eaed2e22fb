import type { TFunction } from 'i18next';
import type { Lang } from '../../core/questionnaire/model';
import { isStoreError } from '../../db/store-error';
import { isStorageFull, STORAGE_FULL } from '../../ui/error-text';
import type { FieldSave } from './use-commit-tracker';

const STORE_CODES = ['read-only', 'not-found', 'not-editable', 'unknown-field', 'blocking-problems', 'deleted', 'invalid-profile'] as const;
type WordedCode = (typeof STORE_CODES)[number];
const isWorded = (code: string): code is WordedCode => (STORE_CODES as readonly string[]).includes(code);

/**
 * Why something could not be saved, in the UI language: a store refusal in its own words where it
 * carries both languages (a role's refusal, say), else by its code, else the error's message.
 */
export function errorText(t: TFunction<'entry'>, error: unknown, lang?: Lang): string {
  if (lang && isStoreError(error) && error.text) return error.text[lang];
  if (isStorageFull(error)) return STORAGE_FULL[lang ?? 'da'];
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && isWorded(code)) return t(`storeError.${code}`);
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return t('save.unknownError');
}

export function saveText(t: TFunction<'entry'>, save: FieldSave, lang?: Lang): string {
  switch (save.state) {
    case 'saving':
      return t('save.saving');
    case 'saved':
      return t('save.saved');
    case 'error':
      return t('save.failed', { message: errorText(t, save.error, lang) });
    default:
      return '';
  }
}
