/**
 * How the fieldwork of a package merges with what a computer holds (`docs/exchange-format.md`,
 * "Merging the fieldwork"). Each rule picks one record of two by their content alone, never by
 * which arrived first, so packages imported in any order, or twice, give one state:
 *
 * - attempts: immutable, a set union by id (the same id twice keeps the smaller by canonical text);
 * - links from a response to its case: the earliest link wins (then the smaller case id);
 * - verifications: the latest `updatedAt` wins (then the larger canonical text);
 * - keying sessions: the one that went on longest (`end`, then keystrokes, then canonical text);
 * - cases: a coordinator's package holds the recipient's whole list; the list from the latest
 *   package of that coordinator's computer (by its chain position) is the one in force.
 */
import { canonicalJson } from '../audit/canonical-json';
import type { ChainHead } from '../audit/audit-entry';
import type { PackageAttempt, PackageCaseLink, PackageKeyingSession, PackageVerification } from './fieldwork-content';

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byText = (a: unknown, b: unknown): number => compareText(canonicalJson(a), canonicalJson(b));

/** The attempt kept when one id arrives with two contents (only a forged or damaged file does that). */
export function keptAttempt(a: PackageAttempt, b: PackageAttempt): PackageAttempt {
  return byText(a, b) <= 0 ? a : b;
}

export function keptLink(a: PackageCaseLink, b: PackageCaseLink): PackageCaseLink {
  const order = compareText(a.linkedAt, b.linkedAt) || compareText(a.caseId, b.caseId) || byText(a, b);
  return order <= 0 ? a : b;
}

export function keptVerification(a: PackageVerification, b: PackageVerification): PackageVerification {
  const order = compareText(a.updatedAt, b.updatedAt) || byText(a, b);
  return order >= 0 ? a : b;
}

export function keptSession(a: PackageKeyingSession, b: PackageKeyingSession): PackageKeyingSession {
  const order = a.end - b.end || a.keystrokes - b.keystrokes || byText(a, b);
  return order >= 0 ? a : b;
}

/** Where a coordinator's list of cases stands: its computer, and that computer's chain position then. */
export interface CaseListVersion {
  deviceId: string;
  deviceSeq: number;
  createdAt: string;
}

/** The version of the case list in a package from `deviceId` whose chain heads are `heads`. */
export function caseListVersion(deviceId: string, heads: readonly ChainHead[], createdAt: string): CaseListVersion {
  return { deviceId, deviceSeq: heads.find((h) => h.deviceId === deviceId)?.deviceSeq ?? 0, createdAt };
}

/**
 * Whether `incoming` replaces the list in force (`current`, undefined when none came yet): from the
 * same computer, the later chain position (then the later time); from another coordinator's
 * computer (one took over from another), the later time, then the larger device id.
 */
export function isNewerCaseList(incoming: CaseListVersion, current: CaseListVersion | undefined): boolean {
  if (!current) return true;
  if (incoming.deviceId !== current.deviceId) {
    return (compareText(incoming.createdAt, current.createdAt) || compareText(incoming.deviceId, current.deviceId)) > 0;
  }
  return incoming.deviceSeq - current.deviceSeq > 0 || (incoming.deviceSeq === current.deviceSeq && compareText(incoming.createdAt, current.createdAt) > 0);
}
