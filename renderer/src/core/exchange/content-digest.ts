/**
 * The package checksum: SHA-256 (hex) of the canonical JSON of `content` (sorted keys, no
 * whitespace: see `core/audit/canonical-json.ts`). Hashed with WebCrypto in one call: native, and
 * many times quicker than a JavaScript SHA-256 over tens of megabytes.
 */
import { canonicalText } from '../revisions/canonical-text';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** SHA-256 (64 hex digits) of the canonical JSON of a package's content (any plain data). */
export async function contentSha256(content: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalText(content)));
  return hex(new Uint8Array(digest));
}
