/**
 * The hash chain: hash = SHA-256(prevHash + canonicalJson(entry without seq and hash)), hex.
 *
 * @noble/hashes is synchronous, so the store computes the hash inside the Dexie transaction right
 * after reading the device's last entry (awaiting WebCrypto there would commit the transaction).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AuditEntry } from './audit-entry';
import { canonicalJsonWithout } from './canonical-json';

const NOT_HASHED: ReadonlySet<string> = new Set(['seq', 'hash']);
const encoder = new TextEncoder();
/** Reused between calls (verification hashes 100,000 entries); grown when a text needs more. */
let buffer = new Uint8Array(4096);

/** The text the hash covers. */
export function hashInput(entry: Omit<AuditEntry, 'hash'> | AuditEntry): string {
  return entry.prevHash + canonicalJsonWithout(entry, NOT_HASHED);
}

/** SHA-256 of a text's UTF-8 bytes, hex. */
export function sha256Hex(text: string): string {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, buffer);
  return bytesToHex(sha256(buffer.subarray(0, written)));
}

/** The hash `entry` must carry, given its own prevHash. */
export function entryHash(entry: Omit<AuditEntry, 'hash'> | AuditEntry): string {
  return sha256Hex(hashInput(entry));
}

/** Completes an entry: links it to `prevHash` and seals it with its hash. */
export function sealEntry(unsealed: Omit<AuditEntry, 'prevHash' | 'hash'>, prevHash: string): AuditEntry {
  const linked = { ...unsealed, prevHash };
  return { ...linked, hash: entryHash(linked) };
}
