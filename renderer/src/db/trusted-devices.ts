/**
 * The devices this computer trusts (package format 2): each with the public key its packages must
 * be signed with. A device is trusted once, when a coordinator confirms its fingerprint at its first
 * import; the record is written with a `device-trust` audit entry inside the import's transaction.
 * Kept in `settings` under `trusted-device:<device id>`.
 */
import { keyFingerprint, type Package } from '../core/exchange';
import type { BarometerDb } from './database';

const PREFIX = 'trusted-device:';

export interface TrustedDevice {
  deviceId: string;
  /** 64 hex digits: the Ed25519 public key its packages are signed with. */
  publicKey: string;
  fingerprint: string;
  /** The surveyor named in the package that introduced the device. */
  surveyorName: string;
  trustedAt: string;
  trustedById: string;
  trustedByName: string;
}

/** A device a package comes from, as the coordinator is asked to confirm it. */
export interface DeviceToConfirm {
  fileName: string;
  deviceId: string;
  fingerprint: string;
  surveyorName: string;
  surveyorInitials: string;
}

export const trustKey = (deviceId: string): string => `${PREFIX}${deviceId}`;

const isTrusted = (value: unknown): value is TrustedDevice =>
  typeof value === 'object' && value !== null && typeof (value as TrustedDevice).publicKey === 'string';

/** The trust record of one device, if any (inside or outside a transaction over `settings`). */
export async function trustedDevice(db: BarometerDb, deviceId: string): Promise<TrustedDevice | undefined> {
  const value = (await db.settings.get(trustKey(deviceId)))?.value;
  return isTrusted(value) ? value : undefined;
}

/** Every trusted device, by surveyor name. */
export async function trustedDevices(db: BarometerDb): Promise<TrustedDevice[]> {
  const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
  return rows
    .map((row) => row.value)
    .filter(isTrusted)
    .sort((a, b) => a.surveyorName.localeCompare(b.surveyorName, 'da-DK') || (a.deviceId < b.deviceId ? -1 : 1));
}

/** What the coordinator is shown for a signed package from a device not yet trusted. */
export function deviceToConfirm(fileName: string, pkg: Package): DeviceToConfirm | undefined {
  if (!pkg.signature) return undefined;
  const { deviceId, surveyor } = pkg.manifest;
  return { fileName, deviceId, fingerprint: keyFingerprint(pkg.signature.publicKey), surveyorName: surveyor.name, surveyorInitials: surveyor.initials };
}
