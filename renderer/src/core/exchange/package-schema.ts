/**
 * The zod schema of a package document. Every object is strict: an unknown key is refused, not
 * ignored, so a package from a newer or tampered writer is never half-read. Embedded questionnaires
 * are checked afterwards by the questionnaire loader, which names their problems precisely.
 */
import { z } from 'zod';
import { isoInstant } from '../revisions/revision-content';
import { revisionTreeSchema } from '../revisions/tree-schema';
import { chainHeadSchema, packageAuditEntrySchema, sha256Hex } from './audit-entry-schema';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, UNSIGNED_FORMAT_VERSION } from './package-format';
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

const manifestSchema = z.strictObject({
  packageId: uuid,
  deviceId: text,
  appVersion: text,
  surveyor: z.strictObject({ id: text, name: text, initials: z.string() }),
  createdAt: isoInstant,
  since: isoInstant.nullable(),
  counts: z.strictObject({ responses: count, revisions: count, auditEntries: count }),
  questionnaires: z.array(z.unknown()),
  auditChainHeads: z.array(chainHeadSchema),
  contentSha256: sha256Hex,
});

/** The whole document; `questionnaires` stay unchecked JSON here (see `check-questionnaires.ts`). */
export const packageDocumentSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.union([z.literal(PACKAGE_FORMAT_VERSION), z.literal(UNSIGNED_FORMAT_VERSION)]),
  manifest: manifestSchema,
  content: z.strictObject({
    responses: z.array(responseSchema),
    auditEntries: z.array(packageAuditEntrySchema),
  }),
  // Checked in `check-signature.ts`: required in format 2, absent in format 1.
  signature: z
    .strictObject({
      publicKey: z.string().regex(/^[0-9a-f]{64}$/, 'is not an Ed25519 public key (64 hex digits)'),
      value: z.string().regex(/^[0-9a-f]{128}$/, 'is not an Ed25519 signature (128 hex digits)'),
    })
    .optional(),
});

/** A document that passed the schema, before its questionnaires are loaded. */
export type PackageDocument = z.output<typeof packageDocumentSchema>;

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
