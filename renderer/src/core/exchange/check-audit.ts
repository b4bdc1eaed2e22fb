/**
 * The audit entries in a package must be each device's chain, unbroken: consecutive `deviceSeq`s,
 * each entry carrying the previous one's hash and a hash of its own content (the audit log's
 * `entryHash`), and the manifest's chain head for the device matching its last entry. A package
 * "since the last one" starts a device's run past entry 1; that first entry's link to the earlier
 * ones is checked when the coordinator verifies the merged log.
 */
import { GENESIS_HASH } from '../audit/audit-entry';
import { entryHash } from '../audit/entry-hash';
import { shortDevice } from '../audit/verify-messages';
import type { LocalText } from '../questionnaire/model';
import type { PackageAuditEntry } from './audit-entry-schema';
import type { PackageDocument } from './package-schema';
import { packageError, type PackageError } from './package-error';

function byDevice(entries: readonly PackageAuditEntry[]): Map<string, PackageAuditEntry[]> {
  const devices = new Map<string, PackageAuditEntry[]>();
  for (const entry of entries) {
    const list = devices.get(entry.deviceId);
    if (list) list.push(entry);
    else devices.set(entry.deviceId, [entry]);
  }
  for (const list of devices.values()) list.sort((a, b) => a.deviceSeq - b.deviceSeq);
  return devices;
}

function broken(deviceId: string, seq: number, why: LocalText): PackageError {
  const d = shortDevice(deviceId);
  return packageError('audit-broken-chain', {
    en: `The audit entries of computer ${d} do not form an unbroken chain at entry ${seq}: ${why.en}. The package was changed or damaged.`,
    da: `Posterne fra computer ${d} danner ikke en ubrudt kontrolkæde ved post ${seq}: ${why.da}. Pakken er ændret eller beskadiget.`,
  });
}

function checkDevice(deviceId: string, chain: readonly PackageAuditEntry[]): PackageError | undefined {
  let previous: PackageAuditEntry | undefined;
  for (const entry of chain) {
    if (entryHash(entry) !== entry.hash) {
      const d = shortDevice(deviceId);
      return packageError('audit-tampered', {
        en: `Audit entry ${entry.deviceSeq} of computer ${d} has been changed: its content no longer matches its hash. The package is refused.`,
        da: `Post ${entry.deviceSeq} fra computer ${d} er ændret: indholdet passer ikke længere til dens kontrolsum. Pakken afvises.`,
      });
    }
    if (previous === undefined) {
      if (entry.deviceSeq === 1 && entry.prevHash !== GENESIS_HASH) {
        return broken(deviceId, 1, { en: 'the first entry does not start the chain', da: 'den første post starter ikke kæden' });
      }
    } else if (entry.deviceSeq === previous.deviceSeq) {
      return broken(deviceId, entry.deviceSeq, { en: 'the entry appears twice', da: 'posten findes to gange' });
    } else if (entry.deviceSeq !== previous.deviceSeq + 1) {
      return broken(deviceId, previous.deviceSeq + 1, { en: 'the entry is missing', da: 'posten mangler' });
    } else if (entry.prevHash !== previous.hash) {
      return broken(deviceId, entry.deviceSeq, {
        en: 'it does not follow the entry before it',
        da: 'den følger ikke efter posten før den',
      });
    }
    previous = entry;
  }
  return undefined;
}

/** The first broken chain, tampered entry or mismatched chain head, or undefined. */
export function checkAudit(document: PackageDocument): PackageError | undefined {
  const devices = byDevice(document.content.auditEntries);
  for (const [deviceId, chain] of devices) {
    const problem = checkDevice(deviceId, chain);
    if (problem) return problem;
  }
  const heads = new Map(document.manifest.auditChainHeads.map((head) => [head.deviceId, head]));
  if (heads.size !== document.manifest.auditChainHeads.length) {
    return packageError('audit-head-mismatch', {
      en: 'The package records the audit chain head of one computer twice: it is damaged.',
      da: 'Pakken angiver kædens endepunkt for én computer to gange: den er beskadiget.',
    });
  }
  for (const [deviceId, chain] of devices) {
    const last = chain[chain.length - 1] as PackageAuditEntry;
    const head = heads.get(deviceId);
    if (head !== undefined && head.deviceSeq === last.deviceSeq && head.hash === last.hash) continue;
    const d = shortDevice(deviceId);
    return packageError('audit-head-mismatch', {
      en: `The chain head the package records for computer ${d} does not match its last audit entry (${last.deviceSeq}): entries were added, removed or changed after the package was written.`,
      da: `Kædens endepunkt, som pakken angiver for computer ${d}, passer ikke med dens sidste post (${last.deviceSeq}): poster er tilføjet, fjernet eller ændret, efter pakken blev skrevet.`,
    });
  }
  return undefined;
}
