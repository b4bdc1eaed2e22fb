/** Writing a package: build the document, prove it reads back, compress it. */
import type { AuditEntry, ChainHead } from '../audit/audit-entry';
import type { QuestionnaireDef } from '../questionnaire/model';
import { err, ok, type Result } from '../result';
import { withSortedKeys } from '../revisions/canonical-text';
import { normaliseTree } from '../revisions/revision-tree';
import type { PackageAuditEntry } from './audit-entry-schema';
import { checkDocument } from './check-document';
import { contentSha256 } from './content-digest';
import { signPart, type DeviceSigner } from './package-signature';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  UNSIGNED_FORMAT_VERSION,
  type Package,
  type PackageResponse,
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
  /**
   * The writing device's signer: the package is format 2, signed. Without one it is an unsigned
   * format 1 document, which only a restore reads (kept for tests of older files).
   */
  signer?: DeviceSigner;
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
  const content: Package['content'] = withSortedKeys({ auditEntries, responses });
  const formatVersion = input.signer ? PACKAGE_FORMAT_VERSION : UNSIGNED_FORMAT_VERSION;
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
    },
    questionnaires: [...input.questionnaires],
    auditChainHeads: [...input.auditChainHeads].sort((a, b) => compareText(a.deviceId, b.deviceId)),
    contentSha256: await contentSha256(content),
  };
  // Signed as the reader will see it: the manifest as JSON (no undefined fields).
  const signed = { format: PACKAGE_FORMAT, formatVersion, manifest: JSON.parse(JSON.stringify(manifest)) as unknown };
  const signature = input.signer ? await signPart(input.signer, signed) : undefined;
  return { format: PACKAGE_FORMAT, formatVersion, manifest, content, ...(signature ? { signature } : {}) };
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
