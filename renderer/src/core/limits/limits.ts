/**
 * One table of limits, the same everywhere (issue 10, item 1): what an answer, a comment and a reason
 * may hold, and how large a package and a backup may be. The entry screen shows a counter near a
 * limit and refuses a text beyond it (with the message); the store refuses it too; the package
 * reader and writer, the backups and the exports read their bounds from here.
 *
 * How they fit together: every text the app accepts is far below the package reader's longest
 * string, so whatever is entered can always travel (the audit log carries old and new values in
 * full). The reader's longest string is 10,000,000 characters — not a limit on answers, a guard
 * against a hostile file — so a device whose log already holds a value from before these limits
 * (e.g. a 150,000-character paste) still sends and backs up with that value in full. Exports cut a
 * text to Excel's 32,767 characters per cell (after neutralising it) and say so in About.
 */
import type { QuestionType } from '../questionnaire/model';

/** Longest answer, in characters (UTF-16 code units, as `String.length` counts), per question type. */
export const ANSWER_MAX_CHARS: Readonly<Partial<Record<QuestionType, number>>> = Object.freeze({
  text: 1_000,
  longtext: 10_000,
});

/** Longest comment on a response or a question (review). */
export const COMMENT_MAX_CHARS = 2_000;
/** Longest reason for a correction, a rejection or any reasoned change. */
export const REASON_MAX_CHARS = 2_000;
/** Longest note on a fieldwork attempt. */
export const NOTE_MAX_CHARS = 1_000;

/** The entry screen shows "n / max" from this share of a limit on. */
export const COUNTER_FROM_SHARE = 0.8;

/** Excel's limit on the characters of one cell (exports cut there, after neutralising). */
export const EXCEL_CELL_MAX_CHARS = 32_767;

/** Packages ("Send og indlæs"): bounds of the reader, which the writer checks its own output against. */
export const PACKAGE_SIZE = Object.freeze({
  /** Largest file, compressed. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Largest inflated document (inflation stops there). */
  maxInflatedBytes: 128 * 1024 * 1024,
  /** Longest string anywhere in a package: a guard against a hostile file, not a limit on answers. */
  maxStringLength: 10_000_000,
});

/**
 * Backups (the package format of everything) may be larger: a coordinator's full log. The file is
 * capped by the host at 200 MB (preload/contract.ts `FILE_SIZE_LIMIT_BYTES`); inflated, under V8's
 * longest string (about 512 M characters), since the document is parsed as one string.
 */
export const BACKUP_SIZE = Object.freeze({
  maxFileBytes: 200 * 1024 * 1024,
  maxInflatedBytes: 450 * 1024 * 1024,
});

/** The longest answer a question of `type` takes, or undefined (numbers and choices hold no free text). */
export function answerMaxChars(type: string): number | undefined {
  return (ANSWER_MAX_CHARS as Record<string, number | undefined>)[type];
}

/** Whether to show the counter for a text of `length` under `max`. */
export function showCounter(length: number, max: number): boolean {
  return length >= Math.floor(max * COUNTER_FROM_SHARE);
}
