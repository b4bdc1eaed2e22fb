/**
 * What one revision of a response holds. Only the leaves of a revision tree keep their content (see
 * `revision-tree.ts`); the field-by-field history of earlier states is the audit log's job.
 */
import { z } from 'zod';
import { VARIABLE_NAME } from '../questionnaire/definition-schema';
import type { ResponseStatus } from '../permissions/roles';
import type { Answers } from '../questionnaire/model';

/** The review states a revision can carry: the review workflow's `ResponseStatus`. */
export const REVISION_STATUSES = ['draft', 'completed', 'approved', 'rejected'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

/** The state of a response as of one revision. */
export interface RevisionContent {
  answers: Answers;
  status: RevisionStatus;
  /** Set when soft-deleted; a later revision with `null` restores the response. */
  deletedAt: string | null;
  /** The device clock when the revision was made: shown to people, never used for ordering. */
  updatedAt: string;
  updatedById: string;
  updatedByName: string;
}

/** The part of a content a person chooses when resolving a conflict. */
export type ChosenContent = Pick<RevisionContent, 'answers' | 'status' | 'deletedAt'>;

/** Who makes a revision. */
export interface RevisionActor {
  id: string;
  name: string;
}

/** An ISO 8601 instant in UTC, as `Date.prototype.toISOString` writes it. */
export const isoInstant = z.iso.datetime({ message: 'must be a UTC time like 2025-03-01T09:30:00.000Z' });

const answerValue = z.union([
  z.string(),
  z.number().refine(Number.isFinite, 'must be a finite number'),
  z.array(z.string()),
]);

/**
 * A revision's content as read from a package. Strict: unknown keys are refused. The keys are
 * listed in canonical (sorted) order because zod outputs them in this order, and content in
 * canonical order is hashed on the fast path (`canonical-text.ts`).
 */
export const revisionContentSchema = z.strictObject({
  answers: z.record(z.string().regex(VARIABLE_NAME, 'is not a variable name'), answerValue),
  deletedAt: isoInstant.nullable(),
  status: z.enum(REVISION_STATUSES),
  updatedAt: isoInstant,
  updatedById: z.string().min(1),
  updatedByName: z.string().min(1),
});

type Assert<T extends true> = T;
/** Fails to compile when the review workflow's statuses change and these do not follow. */
export type RevisionStatusesMatch = Assert<
  [RevisionStatus, ResponseStatus] extends [ResponseStatus, RevisionStatus] ? true : false
>;
type Parsed = z.output<typeof revisionContentSchema>;
/** Fails to compile when the schema and `RevisionContent` drift apart. */
export type RevisionContentSchemaMatches = Assert<
  [Parsed, RevisionContent] extends [RevisionContent, Parsed] ? true : false
>;

/** True when the revision marks the response as deleted. */
export const isDeleted = (content: RevisionContent): boolean => content.deletedAt !== null;
