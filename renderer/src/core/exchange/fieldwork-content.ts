/**
 * Package format 3: the fieldwork and the double entry that travel beside the responses
 * (`docs/exchange-format.md`, "content.cases" …). Cases with their preloaded frame data go from a
 * coordinator to the surveyor they are assigned to; attempts, links from responses to cases,
 * verifications and keying sessions travel both ways. Every record is checked by a strict schema;
 * how each merges is in `merge-fieldwork.ts`.
 */
import { z } from 'zod';
import { ATTEMPT_MODES, DISPOSITION_CODES, type Attempt } from '../fieldwork/dispositions';
import { frameCaseSchema, type FrameCase } from '../fieldwork/frame';
import { NOTE_MAX_CHARS } from '../limits/limits';
import { isoInstant } from '../revisions/revision-content';
import type { Answers, AnswerValue } from '../questionnaire/model';

const text = z.string().min(1);
const name = z.string().min(1).max(200);
const variable = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'is not a variable name');
const answerValue = z.union([z.string(), z.number().refine(Number.isFinite, 'must be a finite number'), z.array(z.string())]);
const count = z.number().int().min(0);
const epochMs = z.number().int().min(0);

/** A sampled workplace as a coordinator sends it to its surveyor. */
export interface PackageCase {
  /** The workplace id (CVR or P-number), as in the frame. */
  id: string;
  frame: FrameCase;
  /** The responsible surveyor's profile id (on their computer) and name; '' when none. */
  assigneeId: string;
  assigneeName: string;
  assignedAt: string | null;
}

export const packageCaseSchema = z
  .strictObject({
    assignedAt: isoInstant.nullable(),
    assigneeId: z.string().max(200),
    assigneeName: z.string().max(200),
    frame: frameCaseSchema,
    id: z.string().min(1).max(64),
  })
  .refine((c) => c.id === c.frame.workplaceId, { message: "is a case whose id is not its workplace's id" });

export type PackageAttempt = Attempt;

export const packageAttemptSchema = z.strictObject({
  at: isoInstant,
  byId: text,
  byName: name,
  caseId: z.string().min(1).max(64),
  id: text,
  mode: z.enum(ATTEMPT_MODES as [Attempt['mode'], ...Attempt['mode'][]]),
  note: z.string().max(NOTE_MAX_CHARS),
  outcome: z.enum(DISPOSITION_CODES).refine((o) => o !== 'not-attempted', { message: 'is not the outcome of an attempt' }),
});

/** A response's link to the case it was started from (or linked to later). */
export interface PackageCaseLink {
  responseId: string;
  caseId: string;
  locked: string[];
  linkedAt: string;
  linkedById: string;
}

export const packageCaseLinkSchema = z.strictObject({
  caseId: z.string().min(1).max(64),
  linkedAt: isoInstant,
  linkedById: text,
  locked: z.array(variable),
  responseId: text,
});

const verificationStates = ['marked', 'keying', 'disagreements', 'verified'] as const;
const errorSide = z.enum(['keyer', 'verifier']);

/** One response's double entry: its second keying, what differed and how it was resolved. */
export interface PackageVerification {
  responseId: string;
  responseKey: string;
  state: (typeof verificationStates)[number];
  selection: 'chosen' | 'every-nth' | 'random';
  markedAt: string;
  markedById: string;
  markedByName: string;
  keyerId: string;
  keyerName: string;
  mode: 'on-the-fly' | 'afterwards' | null;
  verifierId: string | null;
  verifierName: string | null;
  answers: Answers;
  flyErrors: Record<string, 'keyer' | 'verifier'>;
  startedAt: string | null;
  keyedAt: string | null;
  sessionId: string | null;
  fieldsCompared: number;
  disagreements: { variable: string; first: AnswerValue | null; second: AnswerValue | null }[];
  resolutions: {
    variable: string;
    choice: 'first' | 'second';
    value: AnswerValue | null;
    error: 'keyer' | 'verifier';
    at: string;
    byId: string;
    byName: string;
  }[];
  verifiedAt: string | null;
  updatedAt: string;
}

export const packageVerificationSchema = z.strictObject({
  answers: z.record(variable, answerValue),
  disagreements: z.array(z.strictObject({ first: answerValue.nullable(), second: answerValue.nullable(), variable })),
  fieldsCompared: count,
  flyErrors: z.record(variable, errorSide),
  keyedAt: isoInstant.nullable(),
  keyerId: text,
  keyerName: name,
  markedAt: isoInstant,
  markedById: text,
  markedByName: name,
  mode: z.enum(['on-the-fly', 'afterwards']).nullable(),
  resolutions: z.array(
    z.strictObject({
      at: isoInstant,
      byId: text,
      byName: name,
      choice: z.enum(['first', 'second']),
      error: errorSide,
      value: answerValue.nullable(),
      variable,
    }),
  ),
  responseId: text,
  responseKey: z.string().min(1).max(64),
  selection: z.enum(['chosen', 'every-nth', 'random']),
  sessionId: z.string().min(1).nullable(),
  startedAt: isoInstant.nullable(),
  state: z.enum(verificationStates),
  updatedAt: isoInstant,
  verifiedAt: isoInstant.nullable(),
  verifierId: z.string().min(1).nullable(),
  verifierName: z.string().min(1).max(200).nullable(),
});

/** One visit of the entry or verification screen: counts and times, never keys or text. */
export interface PackageKeyingSession {
  id: string;
  mode: 'add' | 'modify' | 'verify';
  operatorId: string;
  operatorName: string;
  start: number;
  end: number;
  pauseMs: number;
  keystrokes: number;
  responseIds: string[];
}

export const packageKeyingSessionSchema = z
  .strictObject({
    end: epochMs,
    id: text,
    keystrokes: count,
    mode: z.enum(['add', 'modify', 'verify']),
    operatorId: text,
    operatorName: name,
    pauseMs: count,
    responseIds: z.array(text),
    start: epochMs,
  })
  .refine((s) => s.end >= s.start, { message: 'is a session that ends before it starts' });

/** The fieldwork and double entry a package carries (format 3; empty in packages of formats 1 and 2). */
export interface PackageFieldwork {
  cases: PackageCase[];
  attempts: PackageAttempt[];
  caseLinks: PackageCaseLink[];
  verifications: PackageVerification[];
  keyingSessions: PackageKeyingSession[];
}

export const FIELDWORK_LISTS = ['cases', 'attempts', 'caseLinks', 'verifications', 'keyingSessions'] as const satisfies readonly (keyof PackageFieldwork)[];

/** Each list's key: what makes two records the same record. */
export const FIELDWORK_KEY: { [K in keyof PackageFieldwork]: (record: PackageFieldwork[K][number]) => string } = {
  cases: (r) => r.id,
  attempts: (r) => r.id,
  caseLinks: (r) => r.responseId,
  verifications: (r) => r.responseId,
  keyingSessions: (r) => r.id,
};

export const emptyFieldwork = (): PackageFieldwork => ({ cases: [], attempts: [], caseLinks: [], verifications: [], keyingSessions: [] });
