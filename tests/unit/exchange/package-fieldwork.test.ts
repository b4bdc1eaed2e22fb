/**
 * Package format 3: cases, attempts, links to cases, verifications and keying sessions travel in
 * the signed document, a coordinator's package names its one recipient and its reviewers, and each
 * fieldwork record is checked as strictly as a response.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../renderer/src/core/audit/canonical-json';
import type { PackageFieldwork } from '../../../renderer/src/core/exchange/fieldwork-content';
import { readPackage } from '../../../renderer/src/core/exchange/read-package';
import { buildPackage, writePackage } from '../../../renderer/src/core/exchange/write-package';
import { gzJson, type Doc } from '../../fixtures/packages/make-bad-packages';
import { sampleInput } from '../../fixtures/packages/sample-package';
import { testSigner } from '../../fixtures/test-signer';
import { unwrap } from '../revisions/revision-support';

const frame = {
  workplaceId: '11111111',
  name: 'Skolen på Åsen',
  address: 'Åsen 1',
  postcode: '8000',
  city: 'Aarhus',
  contact: 'Mette Skov',
  email: 'ms@example.dk',
  phone: '12345678',
  sector_level: 'municipality',
  policy_area: 'education',
  size_class: '10_49',
  employees: 25,
};

const fieldwork = (): PackageFieldwork => ({
  cases: [{ id: '11111111', frame, assigneeId: 'profile-anna', assigneeName: 'Anna Jensen', assignedAt: '2026-03-01T08:00:00.000Z' }],
  attempts: [
    { id: 'att-2', caseId: '11111111', at: '2026-03-02T10:00:00.000Z', mode: 'email', outcome: 'refusal', note: '', byId: 'profile-anna', byName: 'Anna Jensen' },
    { id: 'att-1', caseId: '11111111', at: '2026-03-02T09:00:00.000Z', mode: 'phone', outcome: 'non-contact', note: 'Ingen svar', byId: 'profile-anna', byName: 'Anna Jensen' },
  ],
  caseLinks: [{ responseId: 'r-1', caseId: '11111111', locked: ['workplace_name'], linkedAt: '2026-03-02T11:00:00.000Z', linkedById: 'profile-anna' }],
  verifications: [],
  keyingSessions: [
    { id: 's-1', mode: 'add', operatorId: 'profile-anna', operatorName: 'Anna Jensen', start: 1_000, end: 61_000, pauseMs: 0, keystrokes: 120, responseIds: ['r-1'] },
  ],
});

const signed = async (extra: Partial<Parameters<typeof buildPackage>[0]> = {}) =>
  buildPackage({ ...sampleInput({ signer: await testSigner('office-1') }), fieldwork: fieldwork(), ...extra });

/** A copy of a written document with `edit` applied, counts, checksum and signature made right again. */
async function edited(edit: (doc: Doc) => void): Promise<Doc> {
  const doc = JSON.parse(JSON.stringify(await signed())) as Doc;
  edit(doc);
  for (const list of ['cases', 'attempts', 'caseLinks', 'verifications', 'keyingSessions']) doc.manifest.counts[list] = doc.content[list].length;
  doc.manifest.contentSha256 = createHash('sha256').update(canonicalJson(doc.content)).digest('hex');
  const { signPart } = await import('../../../renderer/src/core/exchange/package-signature');
  doc.signature = await signPart(await testSigner('office-1'), { format: doc.format, formatVersion: doc.formatVersion, manifest: doc.manifest });
  return doc;
}

const codeOf = async (doc: unknown): Promise<string> => {
  const read = await readPackage(gzJson(doc));
  return read.ok ? 'ok' : read.error.code;
};

describe('package format 3: the fieldwork travels, signed', () => {
  it('reads back the fieldwork, the recipient and the reviewers, each list in its key order', async () => {
    const input = {
      ...sampleInput({ signer: await testSigner('office-1') }),
      fieldwork: fieldwork(),
      recipient: { profileId: 'profile-anna', name: 'Anna Jensen' },
      reviewers: [
        { id: 'profile-dora', name: 'Dora Revisor', role: 'auditor' as const },
        { id: 'profile-carl', name: 'Carl Koordinator', role: 'coordinator' as const },
      ],
    };
    const pkg = unwrap(await readPackage(unwrap(await writePackage(input))));
    expect(pkg.formatVersion).toBe(3);
    expect(pkg.manifest.recipient).toEqual({ profileId: 'profile-anna', name: 'Anna Jensen' });
    expect(pkg.manifest.reviewers.map((r) => r.id)).toEqual(['profile-carl', 'profile-dora']);
    expect(pkg.content.attempts.map((a) => a.id)).toEqual(['att-1', 'att-2']);
    expect(pkg.content.cases[0]?.frame).toEqual(frame);
    expect(pkg.content.caseLinks).toEqual(fieldwork().caseLinks);
    expect(pkg.content.keyingSessions).toEqual(fieldwork().keyingSessions);
    expect(pkg.manifest.counts).toMatchObject({ cases: 1, attempts: 2, caseLinks: 1, verifications: 0, keyingSessions: 1 });
  });

  it('the checksum covers the fieldwork: an attempt changed after writing is refused', async () => {
    const doc = JSON.parse(JSON.stringify(await signed())) as Doc;
    doc.content.attempts[0].outcome = 'complete';
    expect(await codeOf(doc)).toBe('checksum-mismatch');
  });

  it('the signature covers the recipient: a package re-addressed to another surveyor is refused', async () => {
    const doc = JSON.parse(JSON.stringify(await signed({ recipient: { profileId: 'profile-anna', name: 'Anna Jensen' } }))) as Doc;
    doc.manifest.recipient = { profileId: 'profile-bo', name: 'Bo Berg' };
    expect(await codeOf(doc)).toBe('signature-invalid');
  });

  it('refuses each malformed record with its own reason, even when re-signed', async () => {
    expect(await codeOf(await edited((d) => d.content.attempts.push({ ...d.content.attempts[0] })))).toBe('duplicate-record');
    expect(await codeOf(await edited((d) => d.content.cases.push({ ...d.content.cases[0] })))).toBe('duplicate-record');
    expect(await codeOf(await edited((d) => (d.content.attempts[0].outcome = 'not-attempted')))).toBe('schema');
    expect(await codeOf(await edited((d) => (d.content.attempts[0].mode = 'pigeon')))).toBe('schema');
    expect(await codeOf(await edited((d) => (d.content.cases[0].id = '22222222')))).toBe('schema');
    expect(await codeOf(await edited((d) => (d.content.cases[0].frame.size_class = 'huge')))).toBe('schema');
    expect(await codeOf(await edited((d) => (d.content.keyingSessions[0].end = 10)))).toBe('schema');
    expect(await codeOf(await edited((d) => (d.content.caseLinks[0].locked = ['not a name'])))).toBe('schema');
    expect(await codeOf(await edited((d) => (d.content.attempts[0].note = 'x'.repeat(1_001))))).toBe('schema');
    expect(await codeOf(await edited((d) => (d.content.cases[0].frame.extra = 1)))).toBe('unknown-key');
    expect(await codeOf(await edited((d) => (d.manifest.reviewers = [{ id: 'p', name: 'Eve', role: 'surveyor' }])))).toBe('schema');
    expect(await codeOf(await edited(() => undefined))).toBe('ok');
  });

  it('says how many it holds: a count that does not match is refused', async () => {
    const doc = JSON.parse(JSON.stringify(await signed())) as Doc;
    doc.manifest.counts.attempts = 3;
    expect(await codeOf(doc)).toBe('count-mismatch');
  });

  it('writes no fieldwork into the older formats', async () => {
    await expect(buildPackage({ ...sampleInput(), fieldwork: fieldwork() })).rejects.toThrow(/format 1 carries no fieldwork/);
  });
});
