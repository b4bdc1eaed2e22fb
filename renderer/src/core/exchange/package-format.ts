/**
 * The transfer package: what a surveyor's "Send to coordinator" writes and a backup holds. One
 * gzip-compressed JSON document; every field is described in `docs/exchange-format.md`.
 */
import type { ChainHead } from '../audit/audit-entry';
import type { QuestionnaireDef } from '../questionnaire/model';
import type { RevisionTree } from '../revisions/revision-tree';
import type { PackageAuditEntry } from './audit-entry-schema';
import type { PackageFieldwork } from './fieldwork-content';
import type { PackageSignature } from './package-signature';

/** The marker that says "this JSON is a Barometer Entry package". */
export const PACKAGE_FORMAT = 'barometer-entry-package';
/**
 * The format version this code writes and the newest it reads: 3, signed, with the fieldwork and
 * the double entry, and packages addressed to one surveyor. Version 2 (signed, responses and audit
 * entries only) is read and imported as before; version 1 (unsigned) is still read, for the restore
 * of an older backup; an import refuses it.
 */
export const PACKAGE_FORMAT_VERSION = 3;
/** Signed, without the fieldwork (read as holding none). */
export const SIGNED_FORMAT_VERSION_2 = 2;
/** The unsigned format of earlier versions. */
export const UNSIGNED_FORMAT_VERSION = 1;
/** The file extension packages are saved with. */
export const PACKAGE_EXTENSION = '.barometer';

/** The profile that made the package. */
export interface PackageSurveyor {
  id: string;
  name: string;
  initials: string;
}

/** How many of each the content holds; checked on reading (the fieldwork's from format 3 on). */
export interface PackageCounts {
  responses: number;
  /** Revision nodes over all responses. */
  revisions: number;
  auditEntries: number;
  cases: number;
  attempts: number;
  caseLinks: number;
  verifications: number;
  keyingSessions: number;
}

/** The surveyor a coordinator's package is for (their profile on their own computer). */
export interface PackageRecipient {
  profileId: string;
  name: string;
}

/** A profile of the sending computer that may approve and reject (format 3). */
export interface PackageReviewer {
  id: string;
  name: string;
  role: 'coordinator' | 'auditor';
}

export interface PackageManifest {
  /** A UUID made when the package is written: with `contentSha256`, it identifies an import. */
  packageId: string;
  /** The installation that wrote it. */
  deviceId: string;
  /** The version of Barometer Entry that wrote it, e.g. `0.1.0`. */
  appVersion: string;
  surveyor: PackageSurveyor;
  createdAt: string;
  /** null: every response; a time: only responses changed since the previous package at that time. */
  since: string | null;
  counts: PackageCounts;
  /** The full definitions of every questionnaire version the responses use. */
  questionnaires: QuestionnaireDef[];
  /** Where each device's audit chain stood when the package was written. */
  auditChainHeads: ChainHead[];
  /** null: for whoever imports it (a surveyor's work for the coordinator, a backup); else the one surveyor it is for. */
  recipient: PackageRecipient | null;
  /** The sending computer's coordinators and auditors: whose decisions a surveyor's computer takes from it. */
  reviewers: PackageReviewer[];
  /** SHA-256 (hex) of the canonical JSON of `content`. */
  contentSha256: string;
}

/** What never changes about a response: its identity and origin. */
export interface ResponseHeader {
  id: string;
  key: string;
  questionnaireId: string;
  questionnaireVersion: string;
  createdAt: string;
  createdById: string;
  createdByName: string;
}

/** A response with its whole revision history (ancestry, and the content of its leaves). */
export interface PackageResponse extends ResponseHeader {
  revisions: RevisionTree;
}

export interface PackageContent extends PackageFieldwork {
  responses: PackageResponse[];
  /** Audit entries, each device's in chain order. */
  auditEntries: PackageAuditEntry[];
}

/** A whole package document, as written and as returned by `readPackage` once every check passed. */
export interface Package {
  format: typeof PACKAGE_FORMAT;
  /** As in the file; a document of format 1 or 2 is read with an empty fieldwork, no recipient and no reviewers. */
  formatVersion: typeof PACKAGE_FORMAT_VERSION | typeof SIGNED_FORMAT_VERSION_2 | typeof UNSIGNED_FORMAT_VERSION;
  manifest: PackageManifest;
  content: PackageContent;
  /** Formats 2 and 3: the writing device's public key and its signature over format, version and manifest. */
  signature?: PackageSignature;
}
