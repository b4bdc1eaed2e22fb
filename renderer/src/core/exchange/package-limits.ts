/**
 * Bounds on what a package may be, so a damaged or hostile file is refused before it can exhaust
 * memory or time. Defaults leave ample room for a surveyor's work: 10,000 responses to the built-in
 * questionnaire with three revisions each make about 21 MB of JSON (2.2 MB compressed). A full
 * backup that also carries a large audit log can be bigger: restore it with a higher
 * `maxInflatedBytes` (up to about 480 MB, V8's limit on one string).
 */
import { BACKUP_SIZE, PACKAGE_SIZE } from '../limits/limits';

export interface PackageLimits {
  /** Largest file accepted, in bytes as stored (compressed). */
  maxFileBytes: number;
  /**
   * Inflation stops here and the file is refused: a decompression bomb (a few hundred KB that
   * inflate to gigabytes) is never fully inflated. Inflating costs about 1 s per 200 MB, so this
   * also bounds the time a bomb takes to refuse. Keep under V8's string limit (≈ 512 M characters):
   * the document is parsed as one string.
   */
  maxInflatedBytes: number;
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /**
   * Longest string anywhere, in characters: a guard against a hostile file, far above any answer,
   * comment or reason the app accepts (`core/limits`), so a value already in a device's log travels.
   */
  maxStringLength: number;
  maxResponses: number;
  maxRevisionsPerResponse: number;
  maxAuditEntries: number;
  maxQuestionnaires: number;
  /** Format 3: records in each fieldwork list (cases, attempts, links, verifications, keying sessions). */
  maxFieldworkRecords: number;
}

export const DEFAULT_PACKAGE_LIMITS: Readonly<PackageLimits> = Object.freeze({
  ...PACKAGE_SIZE,
  maxDepth: 32,
  maxResponses: 100_000,
  maxRevisionsPerResponse: 10_000,
  maxAuditEntries: 1_000_000,
  maxQuestionnaires: 50,
  maxFieldworkRecords: 200_000,
});

/** The bounds for a full backup: written with these and restored with these (`core/limits`). */
export const BACKUP_PACKAGE_LIMITS: Readonly<PackageLimits> = Object.freeze({ ...DEFAULT_PACKAGE_LIMITS, ...BACKUP_SIZE });
