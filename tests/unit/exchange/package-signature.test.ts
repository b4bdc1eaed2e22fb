/**
 * The Ed25519 building block of authenticated packages (issue 10, item 3; not yet wired into the
 * format): a signature verifies with its device's key only, and any change — of a fact, of one hex
 * digit of the signature, of the key — is refused (property tests).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyFingerprint, newDeviceKeys, publicKeyHex, signFacts, verifyFacts, type SignedFacts } from '../../../renderer/src/core/exchange/package-signature';

const facts: SignedFacts = {
  packageId: 'c0ffee00-0000-4000-8000-000000000009',
  deviceId: 'aaaaaaaa-0000-4000-8000-000000000001',
  surveyorId: '5a5a5a5a-0000-4000-8000-000000000003',
  createdAt: '2025-03-03T09:59:00.000Z',
  contentSha256: 'ab'.repeat(32),
};

const flip = (text: string, at: number): string => {
  const i = at % text.length;
  const c = text[i] === '0' ? '1' : '0';
  return text.slice(0, i) + c + text.slice(i + 1);
};

describe('package signatures (Ed25519 through WebCrypto)', async () => {
  const device = await newDeviceKeys();
  const other = await newDeviceKeys();
  const key = await publicKeyHex(device.publicKey);
  const signature = await signFacts(device.privateKey, facts);

  it('verify with the signing device’s key, and not with another’s', async () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(signature).toMatch(/^[0-9a-f]{128}$/);
    expect(await verifyFacts(key, signature, facts)).toBe(true);
    expect(await verifyFacts(await publicKeyHex(other.publicKey), signature, facts)).toBe(false);
    expect(keyFingerprint(key)).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  });

  it('any hex digit of the signature changed → refused', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(), async (at) => !(await verifyFacts(key, flip(signature, at), facts))), { numRuns: 60 });
  });

  it('any hex digit of the content digest, or of the key, changed → refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (at) => {
        const digestChanged = await verifyFacts(key, signature, { ...facts, contentSha256: flip(facts.contentSha256, at) });
        const keyChanged = await verifyFacts(flip(key, at), signature, facts);
        return !digestChanged && !keyChanged;
      }),
      { numRuns: 60 },
    );
  });

  it('any other fact changed, or malformed input → refused, never a throw', async () => {
    for (const field of ['packageId', 'deviceId', 'surveyorId', 'createdAt'] as const) {
      expect(await verifyFacts(key, signature, { ...facts, [field]: `${facts[field]}x` }), field).toBe(false);
    }
    for (const [k, s] of [['', signature], [key, ''], ['zz', signature], [key, signature.slice(2)], [key.toUpperCase(), signature]]) {
      expect(await verifyFacts(k!, s!, facts)).toBe(false);
    }
  });
});
