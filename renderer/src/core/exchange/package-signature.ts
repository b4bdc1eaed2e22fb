/**
 * Ed25519 signatures of packages (format version 2; `docs/exchange-format.md`, "Signature"). Each
 * device holds a key pair made at its first package (the private key cannot be exported); it signs
 * the canonical JSON of the package's marker, format version and manifest — which holds the
 * content's SHA-256, the device id, the surveyor and the embedded questionnaires — so nothing of a
 * package can change without the signature failing. WebCrypto's `Ed25519` (Chromium ≥ 137,
 * Electron 45, Node ≥ 20) does the work: no dependency.
 */
import { canonicalJson } from '../audit/canonical-json';
import { sha256Hex } from '../audit/entry-hash';

const ALGORITHM = { name: 'Ed25519' } as const;
const DOMAIN = 'barometer-entry-package-signature-v2\n';

/** What a package carries beside its manifest: the device's public key and the signature. */
export interface PackageSignature {
  /** The device's Ed25519 public key: its 32 raw bytes as 64 lower-case hex digits. */
  publicKey: string;
  /** The signature: 64 bytes as 128 lower-case hex digits. */
  value: string;
}

/** What is signed: everything of the document but its content (covered by `manifest.contentSha256`). */
export interface SignedPart {
  format: string;
  formatVersion: number;
  manifest: unknown;
}

/** Signs for one device; the private key never leaves it. */
export interface DeviceSigner {
  publicKey: string;
  sign(message: Uint8Array<ArrayBuffer>): Promise<string>;
}

const hex = (bytes: ArrayBuffer | Uint8Array): string =>
  Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

function unhex(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^(?:[0-9a-f]{2})*$/.test(text)) return undefined;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** The exact bytes signed: a domain label, then the canonical JSON of the signed part. */
export function signedMessage(part: SignedPart): Uint8Array<ArrayBuffer> {
  const { format, formatVersion, manifest } = part;
  return new TextEncoder().encode(DOMAIN + canonicalJson({ format, formatVersion, manifest }));
}

/** A new device key pair; the private key cannot be exported. */
export async function newDeviceKeys(): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify'])) as CryptoKeyPair;
}

/** The public key as 64 hex digits (its 32 raw bytes), as a package carries it. */
export async function publicKeyHex(key: CryptoKey): Promise<string> {
  return hex(await crypto.subtle.exportKey('raw', key));
}

/** A signer over a private key whose public key (64 hex digits) is known. */
export function signerWith(privateKey: CryptoKey, publicKey: string): DeviceSigner {
  return { publicKey, sign: async (message) => hex(await crypto.subtle.sign(ALGORITHM, privateKey, message)) };
}

/** A signer over a device's key pair. */
export async function signerFor(keys: CryptoKeyPair): Promise<DeviceSigner> {
  return signerWith(keys.privateKey, await publicKeyHex(keys.publicKey));
}

/** "ab12 cd34 ef56 7890": the first 64 bits of the key's SHA-256, for people to compare by eye. */
export function keyFingerprint(publicKey: string): string {
  return sha256Hex(publicKey).slice(0, 16).replace(/(.{4})(?!$)/g, '$1 ');
}

/** The signature of a document's signed part. */
export async function signPart(signer: DeviceSigner, part: SignedPart): Promise<PackageSignature> {
  return { publicKey: signer.publicKey, value: await signer.sign(signedMessage(part)) };
}

/** Whether `signature` verifies over `part`; false for any malformed key or signature. */
export async function verifyPart(signature: PackageSignature, part: SignedPart): Promise<boolean> {
  const [raw, sig] = [unhex(signature.publicKey), unhex(signature.value)];
  if (raw?.length !== 32 || sig?.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('raw', raw, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(ALGORITHM, key, sig, signedMessage(part));
  } catch {
    return false;
  }
}
