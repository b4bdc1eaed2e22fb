/**
 * The zod schema of a package document. Every object is strict: an unknown key is refused, not
 * ignored, so a package from a newer or tampered writer is never half-read. Embedded questionnaires
 * are checked afterwards by the questionnaire loader, which names their problems precisely.
 */
import { z } from 'zod';
import { isoInstant } from '../revisions/revision-content';
import { revisionTreeSchema } from '../revisions/tree-schema';
import { chainHeadSchema, packageAuditEntrySchema, sha256Hex } from './audit-entry-schema';
import {
  packageAttemptSchema,
  packageCaseLinkSchema,
  packageCaseSchema,
  packageKeyingSessionSchema,
  packageVerificationSchema,
} from './fieldwork-content';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, SIGNED_FORMAT_VERSION_2, UNSIGNED_FORMAT_VERSION } from './package-format';
import { packageError, pathText, type PackageError } from './package-error';

/** A UUID in lower case, as `crypto.randomUUID` makes it: ids are compared as text. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const uuid = z.string().regex(UUID_PATTERN, 'is not a lower-case UUID');
const text = z.string().min(1);
const count = z.number().int().min(0);

const responseSchema = z.strictObject({
  id: uuid,
  key: z.string().min(1).max(64),
  questionnaireId: text,
  questionnaireVersion: text,
  createdAt: isoInstant,
  createdById: text,
  createdByName: text,
  revisions: revisionTreeSchema,
});

const legacyCounts = { responses: count, revisions: count, auditEntries: count };

const legacyManifest = {
  packageId: uuid,
  deviceId: text,
  appVersion: text,
  surveyor: z.strictObject({ id: text, name: text, initials: z.string() }),
  createdAt: isoInstant,
  since: isoInstant.nullable(),
  counts: z.strictObject(legacyCounts),
  questionnaires: z.array(z.unknown()),
  auditChainHeads: z.array(chainHeadSchema),
  contentSha256: sha256Hex,
};

const manifestSchema = z.strictObject({
  ...legacyManifest,
  counts: z.strictObject({ ...legacyCounts, cases: count, attempts: count, caseLinks: count, verifications: count, keyingSessions: count }),
  recipient: z.strictObject({ profileId: text, name: text }).nullable(),
  reviewers: z.array(z.strictObject({ id: text, name: text, role: z.enum(['coordinator', 'auditor']) })),
});

const signatureSchema = z
  .strictObject({
    publicKey: z.string().regex(/^[0-9a-f]{64}$/, 'is not an Ed25519 public key (64 hex digits)'),
    value: z.string().regex(/^[0-9a-f]{128}$/, 'is not an Ed25519 signature (128 hex digits)'),
  })
  .optional();

const legacyContent = { responses: z.array(responseSchema), auditEntries: z.array(packageAuditEntrySchema) };

/** The whole document of format 3; `questionnaires` stay unchecked JSON here (see `check-questionnaires.ts`). */
export const packageDocumentSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  manifest: manifestSchema,
  content: z.strictObject({
    ...legacyContent,
    cases: z.array(packageCaseSchema),
    attempts: z.array(packageAttemptSchema),
    caseLinks: z.array(packageCaseLinkSchema),
    verifications: z.array(packageVerificationSchema),
    keyingSessions: z.array(packageKeyingSessionSchema),
  }),
  // Checked in `check-signature.ts`: required from format 2 on, absent in format 1.
  signature: signatureSchema,
});

/** Formats 1 and 2: responses and audit entries only, for everyone. */
const legacyDocumentSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.union([z.literal(SIGNED_FORMAT_VERSION_2), z.literal(UNSIGNED_FORMAT_VERSION)]),
  manifest: z.strictObject(legacyManifest),
  content: z.strictObject(legacyContent),
  signature: signatureSchema,
});

/** A document that passed the schema, before its questionnaires are loaded (formats 1 and 2 as format 3 reads them). */
export type PackageDocument = Omit<z.output<typeof packageDocumentSchema>, 'formatVersion'> & {
  formatVersion: z.output<typeof packageDocumentSchema>['formatVersion'] | z.output<typeof legacyDocumentSchema>['formatVersion'];
};

/**
 * The document by the schema of its format version; a format 1 or 2 document comes out as format 3
 * reads it: no recipient, no reviewers, an empty fieldwork (and counts of zero for it).
 */
export function parseDocument(parsed: unknown): z.ZodSafeParseResult<PackageDocument> {
  const version = (parsed as { formatVersion?: unknown }).formatVersion;
  if (version === PACKAGE_FORMAT_VERSION) return packageDocumentSchema.safeParse(parsed);
  const legacy = legacyDocumentSchema.safeParse(parsed);
  if (!legacy.success) return { success: false, error: legacy.error as unknown as z.ZodError<PackageDocument> };
  const { manifest, content } = legacy.data;
  const none = { cases: 0, attempts: 0, caseLinks: 0, verifications: 0, keyingSessions: 0 };
  return {
    success: true,
    data: {
      ...legacy.data,
      manifest: { ...manifest, counts: { ...manifest.counts, ...none }, recipient: null, reviewers: [] },
      content: { ...content, cases: [], attempts: [], caseLinks: [], verifications: [], keyingSessions: [] },
    },
  };
}

const MAX_DETAILS = 20;

/** The schema's verdict as a package error: an unknown key gets its own code. */
export function schemaError(issues: readonly z.core.$ZodIssue[]): PackageError {
  const details = issues.slice(0, MAX_DETAILS).map((issue) => `${pathText(issue.path)}: ${issue.message}`);
  const first = issues[0];
  const where = pathText(first?.path ?? []);
  if (first?.code === 'unrecognized_keys') {
    const keys = first.keys.map((key) => `"${key}"`).join(', ');
    return packageError(
      'unknown-key',
      {
        en: `The package has a field this version does not know: ${keys} (at ${where}). It may have been edited by hand or made by another program; it is refused rather than partly read.`,
        da: `Pakken har et felt, denne version ikke kender: ${keys} (ved ${where}). Den kan være redigeret i hånden eller lavet af et andet program; den afvises hellere end at blive læst delvist.`,
      },
      { path: where, details },
    );
  }
  const problem = first?.message ?? 'invalid';
  return packageError(
    'schema',
    {
      en: `The package does not have the expected structure: at ${where}, ${problem}. It is damaged or not made by Barometer Entry.`,
      da: `Pakken har ikke den forventede opbygning: ved ${where} (${problem}). Den er beskadiget eller ikke lavet af Barometer Entry.`,
    },
    { path: where, details },
  );
}
