import { TITLE_MAX_LENGTH } from '../preload/contract';

// Control characters, and bidirectional overrides that could make a title read differently
// from what it says.
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The window title as shown: the renderer's text with control and bidi-override characters
 * removed, whitespace collapsed and the length capped. Nothing is prefixed; an empty title
 * falls back to the product name.
 */
export function sanitizeTitle(title: string, fallback: string): string {
  const clean = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX_LENGTH);
  return clean === '' ? fallback : clean;
}
