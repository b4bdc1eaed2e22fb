/** Transfer packages: write, read and check, plan an import. Format: `docs/exchange-format.md`. */
export { packageAuditEntrySchema, type PackageAuditEntry } from './audit-entry-schema';
export type { KnownQuestionnaire } from './check-questionnaires';
export { contentSha256 } from './content-digest';
export {
  emptyFieldwork,
  FIELDWORK_KEY,
  FIELDWORK_LISTS,
  type PackageAttempt,
  type PackageCase,
  type PackageCaseLink,
  type PackageFieldwork,
  type PackageKeyingSession,
  type PackageVerification,
} from './fieldwork-content';
export {
  PACKAGE_EXTENSION,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  SIGNED_FORMAT_VERSION_2,
  UNSIGNED_FORMAT_VERSION,
  type Package,
  type PackageContent,
  type PackageCounts,
  type PackageManifest,
  type PackageRecipient,
  type PackageResponse,
  type PackageReviewer,
  type PackageSurveyor,
  type ResponseHeader,
} from './package-format';
export type { PackageError, PackageErrorCode } from './package-error';
export { BACKUP_PACKAGE_LIMITS, DEFAULT_PACKAGE_LIMITS, type PackageLimits } from './package-limits';
export { packageWarnings, type PackageWarning } from './package-warnings';
export {
  importFingerprint,
  planImport,
  planImportInChunks,
  type ImportPlan,
  type ImportReport,
  type PlanItem,
  type PlanOptions,
  type RefusedResponse,
  type ResponseTreeState,
} from './plan-import';
export { readPackage, type ReadPackageOptions } from './read-package';
export { buildPackage, gzip, packageBytes, writePackage, type PackageInput } from './write-package';
export {
  keyFingerprint,
  newDeviceKeys,
  publicKeyHex,
  signerFor,
  signerWith,
  type DeviceSigner,
  type PackageSignature,
} from './package-signature';
