/**
 * Short readable response keys like `K7M-4QX`, for phone calls and paper trails. The alphabet leaves
 * out 0/O, 1/I/L, which are misheard and misread. 31^6 ≈ 887 million keys; the store retries the rare
 * collision.
 */
export const KEY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const RESPONSE_KEY_PATTERN = /^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/;

// The largest multiple of the alphabet's length below 256: bytes above it are redrawn, so every
// character is equally likely.
const LIMIT = 256 - (256 % KEY_ALPHABET.length);

function randomChars(count: number): string {
  let out = '';
  while (out.length < count) {
    for (const byte of crypto.getRandomValues(new Uint8Array(count * 2))) {
      if (byte < LIMIT && out.length < count) out += KEY_ALPHABET[byte % KEY_ALPHABET.length];
    }
  }
  return out;
}

export function newResponseKey(): string {
  const chars = randomChars(6);
  return `${chars.slice(0, 3)}-${chars.slice(3)}`;
}
