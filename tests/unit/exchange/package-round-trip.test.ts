import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../renderer/src/core/audit/canonical-json';
import { sha256Hex } from '../../../renderer/src/core/exchange/audit-entry-schema';
import { contentSha256 } from '../../../renderer/src/core/exchange/content-digest';
import { PACKAGE_FORMAT } from '../../../renderer/src/core/exchange/package-format';
import { packageWarnings } from '../../../renderer/src/core/exchange/package-warnings';
import { readPackage } from '../../../renderer/src/core/exchange/read-package';
import { buildPackage, writePackage } from '../../../renderer/src/core/exchange/write-package';
import { createHash } from 'node:crypto';
import { SAMPLE_QUESTIONNAIRE, sampleInput } from '../../fixtures/packages/sample-package';
import { testSigner } from '../../fixtures/test-signer';
import { unwrap } from '../revisions/revision-support';

/** A deep copy with every object's keys in reverse order: the checksum must not change. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, member]) => [key, reversedKeys(member)]));
}

describe('a surveyor sends a package and the coordinator reads it', () => {
  it('reads back exactly what was written', async () => {
    const input = sampleInput({ signer: await testSigner('laptop-a'), packageId: 'c0ffee00-0000-4000-8000-0000000000a1' });
    const bytes = unwrap(await writePackage(input));
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const pkg = unwrap(await readPackage(bytes));
    const written = await buildPackage(input);
    expect(pkg).toEqual({ ...written, signature: pkg.signature });
    expect(pkg.format).toBe(PACKAGE_FORMAT);
    expect(pkg.formatVersion).toBe(3);
    expect(pkg.manifest.counts).toEqual({ responses: 3, revisions: 3 + 2 + 3, auditEntries: 5, cases: 0, attempts: 0, caseLinks: 0, verifications: 0, keyingSessions: 0 });
    expect([pkg.manifest.recipient, pkg.manifest.reviewers]).toEqual([null, []]);
  });

  it('reads an unsigned format 1 document as format 3 reads it: no recipient, no reviewers, no fieldwork', async () => {
    const pkg = unwrap(await readPackage(unwrap(await writePackage(sampleInput()))));
    expect(pkg.formatVersion).toBe(1);
    expect(pkg.manifest.counts).toEqual({ responses: 3, revisions: 8, auditEntries: 5, cases: 0, attempts: 0, caseLinks: 0, verifications: 0, keyingSessions: 0 });
    expect([pkg.manifest.recipient, pkg.manifest.reviewers]).toEqual([null, []]);
    expect([pkg.content.cases, pkg.content.attempts, pkg.content.caseLinks, pkg.content.verifications, pkg.content.keyingSessions]).toEqual([[], [], [], [], []]);
    expect(pkg.content.responses).toHaveLength(3);
    expect(pkg.manifest.questionnaires).toEqual([SAMPLE_QUESTIONNAIRE]);
  });

  it('is plain gzip-compressed JSON that other tools can open', async () => {
    const bytes = unwrap(await writePackage(sampleInput()));
    const document = JSON.parse(gunzipSync(bytes).toString('utf8'));
    expect(Object.keys(document)).toEqual(['format', 'formatVersion', 'manifest', 'content']);
    expect(document.manifest.surveyor.name).toBe('Søren Ærø');
  });

  it('checksums the canonical JSON of the content, as the format document says', async () => {
    const pkg = await buildPackage(sampleInput());
    const expected = createHash('sha256').update(canonicalJson(pkg.content)).digest('hex');
    expect(await contentSha256(pkg.content)).toBe(expected);
    expect(await contentSha256(reversedKeys(pkg.content))).toBe(expected);
    expect(pkg.manifest.contentSha256).toBe(expected);
    expect(sha256Hex.safeParse(expected).success).toBe(true);
  });

  it('writes the same document for the same data, whatever order the store lists it in', async () => {
    const input = sampleInput();
    const shuffled = { ...input, responses: [...input.responses].reverse(), auditEntries: [...input.auditEntries].reverse() };
    expect(JSON.stringify(await buildPackage(shuffled))).toBe(JSON.stringify(await buildPackage(input)));
  });

  it('reports progress while inflating, ending at the file size', async () => {
    const bytes = unwrap(await writePackage(sampleInput()));
    const seen: number[] = [];
    unwrap(await readPackage(bytes, { onProgress: (done, total) => seen.push(done / total) }));
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('accepts questionnaires this computer already holds without embedding them', async () => {
    const bytes = unwrap(await writePackage(sampleInput()));
    const pkg = unwrap(await readPackage(bytes, { isKnownQuestionnaire: () => true }));
    expect(pkg.content.responses).toHaveLength(3);
  });

  it('refuses to write a package it could not read back, and says why', async () => {
    const result = await writePackage(sampleInput({ questionnaires: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unknown-questionnaire');
    const big = await writePackage(sampleInput(), { maxInflatedBytes: 1000 });
    expect(big.ok ? 'ok' : big.error.code).toBe('inflated-too-large');
  });

  it('drops the local storage order of audit entries from the package', async () => {
    const input = sampleInput();
    const withSeq = { ...input, auditEntries: input.auditEntries.map((entry, index) => ({ ...entry, seq: 100 + index })) };
    const pkg = unwrap(await readPackage(unwrap(await writePackage(withSeq))));
    expect(pkg.content.auditEntries.every((entry) => !('seq' in entry))).toBe(true);
  });

  it('imports a package from a laptop whose clock is ahead, and points it out', async () => {
    const pkg = await buildPackage(sampleInput({ createdAt: '2031-01-01T00:00:00.000Z' }));
    const warnings = packageWarnings(pkg, new Date('2025-03-04T00:00:00.000Z'));
    expect(warnings.map((w) => w.code)).toEqual(['clock-ahead']);
    expect(warnings[0]?.message.da).toContain('2031-01-01');
    expect(packageWarnings(await buildPackage(sampleInput()), new Date('2025-03-04T00:00:00.000Z'))).toEqual([]);
  });
});
