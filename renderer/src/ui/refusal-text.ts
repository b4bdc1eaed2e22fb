/** A store refusal in the UI language (StoreError carries both), else the error's own message. */
import { isStoreError } from '../db/store-error';

export function refusalText(error: unknown, lang: string): string {
  if (isStoreError(error) && error.text) return lang === 'en' ? error.text.en : error.text.da;
  if (error instanceof Error) return error.message;
  return String(error);
}
