/**
 * The audit entries a package carries: the audit log's `AuditEntry` without its local storage
 * order (`seq`, which differs between devices). The compile-time check below keeps this schema in
 * step with `core/audit/audit-entry.ts`.
 */
import { z } from 'zod';
import type { AuditEntry } from '../audit/audit-entry';
import { isoInstant } from '../revisions/revision-content';

/** An audit entry as exchanged. */
export type PackageAuditEntry = Omit<AuditEntry, 'seq'>;

const AUDIT_ACTIONS = [
  'create',
  'answer',
  'status',
  'comment',
  'delete',
  'restore',
  'import',
  'export',
  'conflict-resolution',
  'verification',
  'profile-create',
  'profile-switch',
  'profile-pin',
  'fieldwork',
  'questionnaire',
  'device-trust',
] as const;

/** 64 lower-case hex digits. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 (64 hex digits)');
const text = z.string().min(1);
const answerValue = z.union([z.string(), z.number(), z.array(z.string())]);

/** An audit entry read from a package. Strict: unknown keys are refused. */
export const packageAuditEntrySchema = z.strictObject({
  id: text,
  deviceId: text,
  deviceSeq: z.number().int().min(1),
  at: isoInstant,
  actorId: text,
  actorName: text,
  actorInitials: z.string(),
  actorRole: z.enum(['surveyor', 'coordinator', 'auditor']).nullable(),
  action: z.enum(AUDIT_ACTIONS),
  responseId: text.nullable(),
  responseKey: text.nullable(),
  field: text.nullable(),
  oldValue: answerValue.nullable(),
  newValue: answerValue.nullable(),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.json()).nullable(),
  prevHash: sha256Hex,
  hash: sha256Hex,
});

/** A chain head as recorded in a manifest. */
export const chainHeadSchema = z.strictObject({ deviceId: text, deviceSeq: z.number().int().min(1), hash: sha256Hex });

type Assert<T extends true> = T;
type Parsed = z.output<typeof packageAuditEntrySchema>;
/** Fails to compile when the audit log's entry and this schema drift apart (either way). */
export type AuditEntrySchemaMatches = Assert<
  [Parsed, PackageAuditEntry] extends [PackageAuditEntry, Parsed] ? true : false
>;
