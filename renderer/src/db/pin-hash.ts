/**
 * PINs: PBKDF2-HMAC-SHA256 through WebCrypto, 600,000 iterations (OWASP's 2023 figure for this
 * hash), a random 16-byte salt per PIN, 32 derived bytes; the PIN itself is never stored. WebCrypto
 * is asynchronous, so a PIN is always hashed before a transaction opens (awaiting it inside one
 * would commit the transaction early).
 *
 * A PIN guards switching profile on a shared computer. It is not encryption: anyone who can read
 * the database can try every 4-digit PIN against the stored hash, which the iteration count slows
 * down but cannot prevent.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { StoredPin } from './records';
import { StoreError } from './store-error';

export const PIN_ITERATIONS = 600_000;
export const PIN_PATTERN = /^\d{4,12}$/;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export function assertPinFormat(pin: string): void {
  if (!PIN_PATTERN.test(pin)) {
    const text = { en: 'A PIN is 4 to 12 digits.', da: 'En pinkode er 4 til 12 cifre.' };
    throw new StoreError('invalid-pin', text.en, [], text);
  }
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** A new stored form of `pin` (format checked first). */
export async function hashPin(pin: string, iterations: number = PIN_ITERATIONS): Promise<StoredPin> {
  assertPinFormat(pin);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: bytesToHex(salt), hash: bytesToHex(hash) };
}

/** Whether `pin` is the one `stored` was made from; compares every byte (no early exit). */
export async function pinMatches(pin: string, stored: StoredPin): Promise<boolean> {
  if (!PIN_PATTERN.test(pin)) return false;
  const salt = new Uint8Array(hexToBytes(stored.salt));
  const expected = hexToBytes(stored.hash);
  const actual = await derive(pin, salt, stored.iterations);
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
