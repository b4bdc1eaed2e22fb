/** Writing a package: build the document, prove it reads back, compress it. */
import type { AuditEntry, ChainHead } from '../audit/audit-entry';
import type { QuestionnaireDef } from '../questionnaire/model';
import { err, ok, type Result } from '../result';
import { withSortedKeys } from '../revisions/canonical-text';
import { normaliseTree } from '../revisions/revision-tree';
import type { PackageAuditEntry } from './audit-entry-schema';
import { checkDocument } from './check-document';
import { contentSha256 } from './content-digest';
import { emptyFieldwork, FIELDWORK_KEY, FIELDWORK_LISTS, type PackageFieldwork } from './fieldwork-content';
import { signPart, type DeviceSigner } from './package-signature';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  SIGNED_FORMAT_VERSION_2,
  UNSIGNED_FORMAT_VERSION,
  type Package,
  type PackageRecipient,
  type PackageResponse,
  type PackageReviewer,
  type PackageSurveyor,
} from './package-format';
import { formatBytes, packageError, type PackageError } from './package-error';
import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from './package-limits';

/** What the store hands over to make a package. */
export interface PackageInput {
  /** Defaults to a new random UUID. */
  packageId?: string;
  deviceId: string;
  appVersion: string;
  surveyor: PackageSurveyor;
  createdAt: string;
  /** null for "all responses"; else the time of the previous package the selection started from. */
  since: string | null;
  /** Every questionnaire version the responses use (more is allowed). */
  questionnaires: readonly QuestionnaireDef[];
  responses: readonly PackageResponse[];
  /** Entries as stored; the local `seq` is left out of the package. */
  auditEntries: readonly (AuditEntry | PackageAuditEntry)[];
  /** Each device's chain head as stored when the package is made (also for devices with no entry in it). */
  auditChainHeads: readonly ChainHead[];
  /** Cases, attempts, links to cases, verifications and keying sessions; none by default. */
  fieldwork?: Partial<PackageFieldwork>;
  /** The one surveyor a coordinator's package is for; null (default) for whoever imports it. */
  recipient?: PackageRecipient | null;
  /** The sending computer's coordinators and auditors; none by default. */
  reviewers?: readonly PackageReviewer[];
  /**
   * The writing device's signer: the package is format 2, signed. Without one it is an unsigned
   * format 1 document, which only a restore reads (kept for tests of older files).
   */
  signer?: DeviceSigner;
  /**
   * Write format 2 (signed, no fieldwork, no recipient) as earlier versions did: only for tests of
   * reading older files. The fieldwork, recipient and reviewers must then be empty.
   */
  legacyFormat2?: boolean;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function withoutSeq(entry: AuditEntry | PackageAuditEntry): PackageAuditEntry {
  if (!('seq' in entry)) return entry;
  const { seq: _seq, ...rest } = entry;
  return rest;
}

/**
 * The package document, in a canonical order (responses by id, audit entries by device and place
 * in its chain, revision trees sorted, content keys sorted, so the reader hashes on the fast
 * path), with its counts and checksum.
 */
export async function buildPackage(input: PackageInput): Promise<Package> {
  const responses = [...input.responses]
    .sort((a, b) => compareText(a.id, b.id))
    .map((response) => ({ ...response, revisions: normaliseTree(response.revisions) }));
  const auditEntries = input.auditEntries
    .map(withoutSeq)
    .sort((a, b) => compareText(a.deviceId, b.deviceId) || a.deviceSeq - b.deviceSeq);
  const fieldwork = emptyFieldwork();
  for (const list of FIELDWORK_LISTS) {
    const key = FIELDWORK_KEY[list] as (record: unknown) => string;
    const records = [...((input.fieldwork?.[list] ?? []) as readonly unknown[])].sort((a, b) => compareText(key(a), key(b)));
    (fieldwork as unknown as Record<string, unknown[]>)[list] = records;
  }
  const content: Package['content'] = withSortedKeys({ auditEntries, responses, ...fieldwork });
  const formatVersion = !input.signer ? UNSIGNED_FORMAT_VERSION : input.legacyFormat2 ? SIGNED_FORMAT_VERSION_2 : PACKAGE_FORMAT_VERSION;
  const manifest: Package['manifest'] = {
    packageId: input.packageId ?? crypto.randomUUID(),
    deviceId: input.deviceId,
    appVersion: input.appVersion,
    surveyor: { ...input.surveyor },
    createdAt: input.createdAt,
    since: input.since,
    counts: {
      responses: responses.length,
      revisions: content.responses.reduce((sum, response) => sum + response.revisions.nodes.length, 0),
      auditEntries: auditEntries.length,
      cases: fieldwork.cases.length,
      attempts: fieldwork.attempts.length,
      caseLinks: fieldwork.caseLinks.length,
      verifications: fieldwork.verifications.length,
      keyingSessions: fieldwork.keyingSessions.length,
    },
    questionnaires: [...input.questionnaires],
    auditChainHeads: [...input.auditChainHeads].sort((a, b) => compareText(a.deviceId, b.deviceId)),
    contentSha256: await contentSha256(content),
    recipient: input.recipient ? { ...input.recipient } : null,
    reviewers: [...(input.reviewers ?? [])].sort((a, b) => compareText(a.id, b.id)).map((r) => ({ ...r })),
  };
  // Signed as the reader will see it: the manifest as JSON (no undefined fields).
  if (formatVersion !== PACKAGE_FORMAT_VERSION) return legacyDocument(formatVersion, manifest, content, input.signer);
  const signed = { format: PACKAGE_FORMAT, formatVersion, manifest: JSON.parse(JSON.stringify(manifest)) as unknown };
  const signature = input.signer ? await signPart(input.signer, signed) : undefined;
  return { format: PACKAGE_FORMAT, formatVersion, manifest, content, ...(signature ? { signature } : {}) };
}

/**
 * A document of format 1 or 2: responses and audit entries only (for tests of older files). What the
 * file holds is the older shape; what is returned is the package as this version reads it.
 */
async function legacyDocument(
  formatVersion: typeof SIGNED_FORMAT_VERSION_2 | typeof UNSIGNED_FORMAT_VERSION,
  manifest: Package['manifest'],
  content: Package['content'],
  signer: DeviceSigner | undefined,
): Promise<Package> {
  if (FIELDWORK_LISTS.some((list) => content[list].length > 0) || manifest.recipient !== null || manifest.reviewers.length > 0) {
    throw new Error(`Package format ${formatVersion} carries no fieldwork, recipient or reviewers.`);
  }
  const legacyContent = withSortedKeys({ auditEntries: content.auditEntries, responses: content.responses });
  const { counts } = manifest;
  // The fields of formats 1 and 2, in the order those versions wrote them.
  const legacyManifest = {
    packageId: manifest.packageId,
    deviceId: manifest.deviceId,
    appVersion: manifest.appVersion,
    surveyor: manifest.surveyor,
    createdAt: manifest.createdAt,
    since: manifest.since,
    counts: { responses: counts.responses, revisions: counts.revisions, auditEntries: counts.auditEntries },
    questionnaires: manifest.questionnaires,
    auditChainHeads: manifest.auditChainHeads,
    contentSha256: await contentSha256(legacyContent),
  };
  const signed = { format: PACKAGE_FORMAT, formatVersion, manifest: JSON.parse(JSON.stringify(legacyManifest)) as unknown };
  const signature = signer ? await signPart(signer, signed) : undefined;
  const written = { format: PACKAGE_FORMAT, formatVersion, manifest: legacyManifest, content: legacyContent, ...(signature ? { signature } : {}) };
  return written as unknown as Package;
}

/** gzip-compresses bytes (a text is written as UTF-8) with the web-standard CompressionStream. */
export async function gzip(data: Blob | string): Promise<Uint8Array> {
  const blob = typeof data === 'string' ? new Blob([data]) : data;
  const stream = blob.stream().pipeThrough(new CompressionStream('gzip'));
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Builds a package and compresses it. Before compressing, the document is read back through every
 * check `readPackage` makes (with no questionnaire assumed known, so all must be embedded): a
 * package this version writes is always one it, and the coordinator, can read. A refusal here means
 * the local data is inconsistent; its error says why.
 */
export async function writePackage(
  input: PackageInput,
  limits: Partial<PackageLimits> = {},
): Promise<Result<Uint8Array, PackageError>> {
  return packageBytes(await buildPackage(input), limits);
}

/** Checks a built package as `writePackage` does, and compresses it. */
export async function packageBytes(pkg: Package, limits: Partial<PackageLimits> = {}): Promise<Result<Uint8Array, PackageError>> {
  const bounds: PackageLimits = { ...DEFAULT_PACKAGE_LIMITS, ...limits };
  const json = JSON.stringify(pkg);
  // Answers are not re-checked here: the local data must always be able to leave the laptop (the
  // coordinator's reader names any answer that does not fit, so it can be fixed).
  const checked = await checkDocument(JSON.parse(json), bounds, () => false, { enabled: false });
  if (!checked.ok) return err(checked.error);
  const blob = new Blob([json]);
  const bytes = blob.size <= bounds.maxInflatedBytes ? await gzip(blob) : undefined;
  if (bytes === undefined || bytes.byteLength > bounds.maxFileBytes) {
    const max = formatBytes(bytes === undefined ? bounds.maxInflatedBytes : bounds.maxFileBytes);
    return err(
      packageError(bytes === undefined ? 'inflated-too-large' : 'file-too-large', {
        en: `The package would be larger than the ${max} a package may be. Send only the responses changed since the last package, or send them in parts.`,
        da: `Pakken ville blive større end de ${max}, en pakke må fylde. Send kun de besvarelser, der er ændret siden sidste pakke, eller send dem i flere dele.`,
      }),
    );
  }
  return ok(bytes);
}
