/** An error as a user reads it: a store refusal in the chosen language, else its message. */
import type { Lang } from '../core/questionnaire/model';
import { StoreError } from '../db/store-error';

export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof StoreError && error.text) return error.text[lang];
  return error instanceof Error ? error.message : String(error);
}
