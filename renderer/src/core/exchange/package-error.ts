/** Why a package is refused: a code for programs and tests, a message for the coordinator. */
import type { LocalText } from '../questionnaire/model';
import type { TreeProblemCode } from '../revisions/check-tree';

/** Every reason a package can be refused, in the order `readPackage` checks them. */
export type PackageErrorCode =
  | 'empty-file'
  | 'file-too-large'
  | 'zip-file'
  | 'not-gzip'
  | 'truncated'
  | 'corrupt'
  | 'inflated-too-large'
  | 'empty-content'
  | 'not-utf8'
  | 'not-json'
  | 'dangerous-key'
  | 'too-deep'
  | 'string-too-long'
  | 'not-an-object'
  | 'wrong-format'
  | 'bad-format-version'
  | 'newer-format'
  | 'too-many'
  | 'unknown-key'
  | 'schema'
  | 'count-mismatch'
  | 'checksum-mismatch'
  /** Format version 2: the signature is missing, malformed or does not verify over the manifest. */
  | 'signature-invalid'
  | 'duplicate-response'
  /** Format 3: a case, attempt, link, verification or keying session twice. */
  | 'duplicate-record'
  | 'duplicate-questionnaire'
  | 'invalid-questionnaire'
  | 'unknown-questionnaire'
  | `revision-${TreeProblemCode}`
  /** An answer that does not fit its questionnaire version (type, option code, unknown variable). */
  | 'invalid-answer'
  | 'audit-tampered'
  | 'audit-broken-chain'
  | 'audit-head-mismatch'
  /** From `planImport`: an incoming audit entry contradicts one already stored. */
  | 'audit-conflict'
  /** From `planImport`: an incoming entry claims the importing computer's device id but is not stored here. */
  | 'audit-own-device'
  /** From `planImport`: new entries of a device other than the sender's (a device sends only its own log). */
  | 'audit-foreign-device'
  /** From the import: an unsigned (format 1) package, which only an own backup's restore accepts. */
  | 'unsigned'
  /** From the import: the package is signed with another key than the one trusted for its device. */
  | 'device-key-changed'
  /** From the import: the coordinator did not confirm the new device's fingerprint. */
  | 'device-not-trusted'
  /** A check failed unexpectedly (a bug, or memory exhausted): refused rather than half-read. */
  | 'unreadable';

export interface PackageError {
  code: PackageErrorCode;
  /** What is wrong and what to do, in Danish and English. */
  message: LocalText;
  /** Where in the document, when it is one place, e.g. `content.responses[3].revisions`. */
  path?: string;
  /** Further facts for the details pane (e.g. every schema problem), in English. */
  details?: string[];
}

/** Builds an error; `message` is given in both languages. */
export function packageError(code: PackageErrorCode, message: LocalText, extra: Pick<PackageError, 'path' | 'details'> = {}): PackageError {
  return { code, message, ...extra };
}

/** Bytes as a person reads them: `12.3 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A path into the document as text: `content.responses[3].key`. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}
