/** An error as a user reads it: a store refusal in the chosen language, else its message. */
import type { Lang, LocalText } from '../core/questionnaire/model';
import { StoreError } from '../db/store-error';

/** The disk (or the browser's share of it) is full: said in words, never as `QuotaExceededError`. */
export const STORAGE_FULL: LocalText = {
  da: 'Disken er fuld, så intet er gemt. Frigør plads på computeren (slet filer, du ikke bruger), og prøv igen.',
  en: 'The disk is full, so nothing was saved. Free some space on the computer (delete files you do not need) and try again.',
};

/** True for IndexedDB's (and Dexie's) "quota exceeded", however it is wrapped. */
export function isStorageFull(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof StoreError && error.text) return error.text[lang];
  if (isStorageFull(error)) return STORAGE_FULL[lang];
  return error instanceof Error ? error.message : String(error);
}
