/**
 * Ed25519 signatures for packages (issue 10, item 3) — the building block, not yet wired into the
 * package format: a device signs what identifies a package (its id, device, surveyor, time and
 * content digest), and a reader verifies it with the device's public key. WebCrypto's `Ed25519`
 * (Chromium ≥ 137, Electron 45, Node ≥ 20 — checked), so no dependency is needed.
 *
 * Still to do (see the report of issue 10): a key pair per device created at first start (private
 * key non-extractable in IndexedDB; Electron: wrapped with safeStorage), `manifest.signature` and
 * `manifest.publicKey` in format version 2, the coordinator's record of trusted devices (first
 * import confirms the fingerprint, shown also in the surveyor's About panel), and refusing
 * approvals from profiles the coordinator's computer does not know as auditors or coordinators.
 */
import { canonicalJson } from '../audit/canonical-json';
import { sha256Hex } from '../audit/entry-hash';

const ALGORITHM = { name: 'Ed25519' } as const;

/** What a signature covers: the manifest facts that identify a package, and its content digest. */
export interface SignedFacts {
  packageId: string;
  deviceId: string;
  surveyorId: string;
  createdAt: string;
  contentSha256: string;
}

const hex = (bytes: ArrayBuffer | Uint8Array): string =>
  Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

function unhex(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^(?:[0-9a-f]{2})*$/.test(text)) return undefined;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** The exact bytes signed: a domain label and the canonical JSON of the facts. */
export function signedMessage(facts: SignedFacts): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`barometer-entry-package-signature-v1\n${canonicalJson(facts)}`);
}

/** A new device key pair; the private key cannot be exported. */
export async function newDeviceKeys(): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify'])) as CryptoKeyPair;
}

/** The public key as 64 hex digits (its 32 raw bytes), as a package would carry it. */
export async function publicKeyHex(key: CryptoKey): Promise<string> {
  return hex(await crypto.subtle.exportKey('raw', key));
}

/** "ab12 cd34 ef56 7890": the first 64 bits of the key's SHA-256, for people to compare by eye. */
export function keyFingerprint(publicKey: string): string {
  return sha256Hex(publicKey).slice(0, 16).replace(/(.{4})(?!$)/g, '$1 ');
}

/** The signature (128 hex digits) of `facts` with a device's private key. */
export async function signFacts(privateKey: CryptoKey, facts: SignedFacts): Promise<string> {
  return hex(await crypto.subtle.sign(ALGORITHM, privateKey, signedMessage(facts)));
}

/** Whether `signature` over `facts` verifies with `publicKey` (hex); false for any malformed input. */
export async function verifyFacts(publicKey: string, signature: string, facts: SignedFacts): Promise<boolean> {
  const [raw, sig] = [unhex(publicKey), unhex(signature)];
  if (raw?.length !== 32 || sig?.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('raw', raw, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(ALGORITHM, key, sig, signedMessage(facts));
  } catch {
    return false;
  }
}
