/**
 * Signed packages (issue 10, defect 3): format 2 carries an Ed25519 signature over its marker,
 * version and manifest (which holds the content's SHA-256); any change to a signed package is
 * refused, a format 2 package without a signature is refused, a format 1 package (older, unsigned
 * backups) may carry none. Property tests change one character anywhere.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../renderer/src/core/audit/canonical-json';
import {
  keyFingerprint,
  newDeviceKeys,
  publicKeyHex,
  signedMessage,
  signerFor,
  signPart,
  verifyPart,
  type SignedPart,
} from '../../../renderer/src/core/exchange/package-signature';
import { PACKAGE_FORMAT_VERSION, UNSIGNED_FORMAT_VERSION } from '../../../renderer/src/core/exchange/package-format';
import { readPackage } from '../../../renderer/src/core/exchange/read-package';
import { buildPackage, packageBytes } from '../../../renderer/src/core/exchange/write-package';
import { gzJson, type Doc } from '../../fixtures/packages/make-bad-packages';
import { sampleInput } from '../../fixtures/packages/sample-package';
import { testSigner } from '../../fixtures/test-signer';

const flip = (text: string, at: number): string => {
  const i = at % text.length;
  const c = text[i] === '0' ? '1' : '0';
  return text.slice(0, i) + c + text.slice(i + 1);
};

async function signedDoc(legacyFormat2 = false): Promise<Doc> {
  const pkg = await buildPackage({ ...sampleInput({ signer: await testSigner('laptop-a') }), legacyFormat2 });
  return JSON.parse(JSON.stringify(pkg)) as Doc;
}

const codeOf = async (doc: unknown): Promise<string> => {
  const read = await readPackage(gzJson(doc));
  return read.ok ? 'ok' : read.error.code;
};

describe('package signatures (Ed25519 through WebCrypto)', async () => {
  const device = await signerFor(await newDeviceKeys());
  const other = await signerFor(await newDeviceKeys());
  const part: SignedPart = { format: 'barometer-entry-package', formatVersion: 2, manifest: { packageId: 'p', contentSha256: 'ab'.repeat(32), n: 3 } };
  const signature = await signPart(device, part);

  it('verify with the signing device’s key only; keys and signatures are lower-case hex', async () => {
    expect(signature.publicKey).toMatch(/^[0-9a-f]{64}$/);
    expect(signature.value).toMatch(/^[0-9a-f]{128}$/);
    expect(await verifyPart(signature, part)).toBe(true);
    expect(await verifyPart({ ...signature, publicKey: other.publicKey }, part)).toBe(false);
    expect(keyFingerprint(signature.publicKey)).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  });

  it('a new key cannot be exported: only its public half leaves the device', async () => {
    const keys = await newDeviceKeys();
    expect(keys.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', keys.privateKey)).rejects.toThrow();
    expect(await publicKeyHex(keys.publicKey)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the signed bytes are a domain label and canonical JSON: key order does not matter, values do', () => {
    const text = new TextDecoder().decode(signedMessage(part));
    expect(text).toBe(`barometer-entry-package-signature-v2\n${canonicalJson(part)}`);
    const reordered = { manifest: { n: 3, contentSha256: 'ab'.repeat(32), packageId: 'p' }, formatVersion: 2, format: 'barometer-entry-package' };
    expect(signedMessage(reordered)).toEqual(signedMessage(part));
  });

  it('any hex digit of the signature or of the key changed → refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (at) => {
        const badValue = await verifyPart({ ...signature, value: flip(signature.value, at) }, part);
        const badKey = await verifyPart({ ...signature, publicKey: flip(signature.publicKey, at) }, part);
        return !badValue && !badKey;
      }),
      { numRuns: 60 },
    );
  });

  it('any character of the manifest changed → refused, unless the change leaves the same value', async () => {
    const text = JSON.stringify(part.manifest);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom('0', '1', 'a', 'x', '"', '9'), async (at, c) => {
        const i = at % text.length;
        let manifest: unknown;
        try {
          manifest = JSON.parse(text.slice(0, i) + c + text.slice(i + 1));
        } catch {
          return true;
        }
        const same = canonicalJson(manifest) === canonicalJson(part.manifest);
        return (await verifyPart(signature, { ...part, manifest })) === same;
      }),
      { numRuns: 120 },
    );
    expect(await verifyPart(signature, { ...part, formatVersion: 3 })).toBe(false);
    expect(await verifyPart(signature, { ...part, format: 'other' })).toBe(false);
  });

  it('malformed keys and signatures are refused, never thrown', async () => {
    for (const [publicKey, value] of [
      ['', signature.value],
      [signature.publicKey, ''],
      ['zz', signature.value],
      [signature.publicKey, signature.value.slice(2)],
      [signature.publicKey.toUpperCase(), signature.value],
      ['00'.repeat(32), signature.value],
    ] as const) {
      expect(await verifyPart({ publicKey, value }, part)).toBe(false);
    }
  });
});

describe('reading signed and unsigned packages', () => {
  it('a package written with a signer is format 2, signed, and reads back', async () => {
    const doc = await signedDoc();
    expect(doc.formatVersion).toBe(PACKAGE_FORMAT_VERSION);
    expect(doc.signature.publicKey).toBe((await testSigner('laptop-a')).publicKey);
    const bytes = await packageBytes(await buildPackage(sampleInput({ signer: await testSigner('laptop-a') })));
    if (!bytes.ok) throw new Error(bytes.error.message.en);
    const read = await readPackage(bytes.value);
    expect(read.ok ? read.value.signature : read.error.code).toEqual(doc.signature);
  });

  it('without a signer the writer makes format 1 with no signature, which reads back', async () => {
    const pkg = await buildPackage(sampleInput());
    expect(pkg.formatVersion).toBe(UNSIGNED_FORMAT_VERSION);
    expect('signature' in pkg).toBe(false);
    expect(await codeOf(pkg)).toBe('ok');
  });

  it('format 2 without its signature, or with another package’s, is refused as signature-invalid', async () => {
    const doc = await signedDoc();
    const { signature, ...bare } = doc;
    expect(await codeOf(bare)).toBe('signature-invalid');
    const another = JSON.parse(JSON.stringify(await buildPackage(sampleInput({ packageId: 'c0ffee00-0000-4000-8000-00000000000a', signer: await testSigner('laptop-a') })))) as Doc;
    expect(await codeOf({ ...doc, signature: another.signature })).toBe('signature-invalid');
    expect(await codeOf({ ...doc, signature })).toBe('ok');
  });

  it('format 1 carrying a signature is refused; so is a format 2 package relabelled as format 1', async () => {
    const doc = await signedDoc(true);
    expect(doc.formatVersion).toBe(2);
    expect(await codeOf(doc)).toBe('ok');
    expect(await codeOf({ ...doc, formatVersion: UNSIGNED_FORMAT_VERSION })).toBe('signature-invalid');
    // A format 3 package relabelled as format 1 or 2 holds fields those formats do not have.
    const three = await signedDoc();
    expect(await codeOf({ ...three, formatVersion: UNSIGNED_FORMAT_VERSION })).toBe('unknown-key');
    expect(await codeOf({ ...three, formatVersion: 2 })).toBe('unknown-key');
  });

  it('a format 2 package relabelled as format 3 is refused: the signature covers the version', async () => {
    const doc = await signedDoc(true);
    const { manifest } = doc;
    manifest.counts = { ...manifest.counts, cases: 0, attempts: 0, caseLinks: 0, verifications: 0, keyingSessions: 0 };
    manifest.recipient = null;
    manifest.reviewers = [];
    manifest.activeEdition = null;
    doc.content = { ...doc.content, cases: [], attempts: [], caseLinks: [], verifications: [], keyingSessions: [] };
    manifest.contentSha256 = createHash('sha256').update(canonicalJson(doc.content)).digest('hex');
    expect(await codeOf({ ...doc, formatVersion: 3 })).toBe('signature-invalid');
  });

  it('a manifest field changed after signing (the surveyor’s name) is refused', async () => {
    const doc = await signedDoc();
    doc.manifest.surveyor.name = 'Somebody Else';
    expect(await codeOf(doc)).toBe('signature-invalid');
  });

  it('any one character of the signed document’s text changed → refused or the same value', async () => {
    const doc = await signedDoc();
    const text = JSON.stringify(doc);
    const original = canonicalJson(doc);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom('0', '7', 'b', 'é', ' '), async (at, c) => {
        const i = at % text.length;
        let changed: unknown;
        try {
          changed = JSON.parse(text.slice(0, i) + c + text.slice(i + 1));
        } catch {
          return true;
        }
        const code = await codeOf(changed);
        return canonicalJson(changed) === original ? code === 'ok' : code !== 'ok';
      }),
      { numRuns: 80 },
    );
  });

  it('any byte of the package file changed → refused, or read as the very same package (a byte gzip ignores)', async () => {
    const written = await packageBytes(await buildPackage(sampleInput({ signer: await testSigner('laptop-a') })));
    if (!written.ok) throw new Error(written.error.message.en);
    const file = written.value;
    const original = await readPackage(file);
    if (!original.ok) throw new Error(original.error.message.en);
    const same = canonicalJson(original.value);
    const accepted = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: file.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, delta) => {
        const changed = file.slice();
        changed[at] = ((changed[at] ?? 0) + delta) & 0xff;
        const read = await readPackage(changed);
        if (!read.ok) return true;
        accepted.add(at);
        return canonicalJson(read.value) === same;
      }),
      { numRuns: 300 },
    );
    // What reads the same can only be the 10-byte gzip header (time, flags, system) or the unused
    // padding bits of the compressed stream's last byte, just before the 8-byte trailer.
    expect([...accepted].filter((at) => at >= 10 && at !== file.length - 9)).toEqual([]);
  });
});
