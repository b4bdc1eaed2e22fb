/**
 * Whether a checked package may be imported on the strength of its signature (format 2): signed by
 * this computer's own key, by the key trusted for its device, or by a new device's key that the
 * coordinator confirms now by its fingerprint. The record of a newly trusted device is written with
 * the import, inside its transaction (`package-merge.ts`).
 */
import { keyFingerprint, type Package, type PackageError } from '../core/exchange';
import type { LocalText } from '../core/questionnaire/model';
import type { BarometerDb } from './database';
import { deviceToConfirm, trustedDevice, type DeviceToConfirm } from './trusted-devices';

/** What the merge re-checks inside its transaction. */
export type Trust =
  /** A restore of this computer's own backup: the reader checked the signature; no device is trusted. */
  | { kind: 'restore' }
  /** Signed with this computer's own key. */
  | { kind: 'own' }
  /** Signed with the key trusted for its device. */
  | { kind: 'known'; publicKey: string }
  /** A device the coordinator just confirmed: trusted with this import. */
  | { kind: 'new'; publicKey: string };

/** Asks the coordinator whether to trust a new device (its fingerprint shown); true to trust it. */
export type ConfirmDevice = (device: DeviceToConfirm) => Promise<boolean>;

const who = (pkg: Package): string => `${pkg.manifest.deviceId.slice(0, 8)} (${pkg.manifest.surveyor.name})`;

function refusal(code: PackageError['code'], message: LocalText): { ok: false; error: PackageError } {
  return { ok: false, error: { code, message } };
}

export function keyChanged(pkg: Package, trusted: string): { ok: false; error: PackageError } {
  const got = pkg.signature ? keyFingerprint(pkg.signature.publicKey) : '';
  const want = keyFingerprint(trusted);
  return refusal('device-key-changed', {
    en: `The package says it comes from computer ${who(pkg)}, but it is signed with another signing key (fingerprint ${got}) than the one trusted here for that computer (${want}). It may be forged, or the surveyor's computer was reinstalled. Nothing was imported; compare the fingerprint in the surveyor's About / data safety panel with the one here.`,
    da: `Pakken siger, den kommer fra computer ${who(pkg)}, men den er signeret med en anden signeringsnøgle (fingeraftryk ${got}) end den, der stoles på her for den computer (${want}). Den kan være forfalsket, eller interviewerens computer er geninstalleret. Intet er importeret; sammenlign fingeraftrykket under Om / datasikkerhed på interviewerens computer med det her.`,
  });
}

/** The trust a package carries, or why it is refused; asks `confirm` about a device seen for the first time. */
export async function trustOf(
  db: BarometerDb,
  pkg: Package,
  fileName: string,
  own: { deviceId: string; publicKey: string },
  confirm: ConfirmDevice | undefined,
): Promise<{ ok: true; value: Trust } | { ok: false; error: PackageError }> {
  const confirmable = deviceToConfirm(fileName, pkg);
  if (!pkg.signature || !confirmable) {
    return refusal('unsigned', {
      en: `The package is not signed: it was made by an older version of Barometer Entry, so this computer cannot tell who made it. Nothing was imported; update Barometer Entry on the surveyor's computer and send the package again.`,
      da: `Pakken er ikke signeret: den er lavet af en ældre version af Barometer Entry, så denne computer kan ikke se, hvem der har lavet den. Intet er importeret; opdatér Barometer Entry på interviewerens computer, og send pakken igen.`,
    });
  }
  const { publicKey } = pkg.signature;
  if (pkg.manifest.deviceId === own.deviceId) {
    return publicKey === own.publicKey ? { ok: true, value: { kind: 'own' } } : keyChanged(pkg, own.publicKey);
  }
  const trusted = await trustedDevice(db, pkg.manifest.deviceId);
  if (trusted) return trusted.publicKey === publicKey ? { ok: true, value: { kind: 'known', publicKey } } : keyChanged(pkg, trusted.publicKey);
  if (confirm && (await confirm(confirmable))) return { ok: true, value: { kind: 'new', publicKey } };
  return refusal('device-not-trusted', {
    en: `The package comes from computer ${who(pkg)}, which is not trusted here yet, and its fingerprint ${confirmable.fingerprint} was not confirmed. Nothing was imported; compare the fingerprint with the one under About / data safety on the surveyor's computer and import again.`,
    da: `Pakken kommer fra computer ${who(pkg)}, som der endnu ikke stoles på her, og dens fingeraftryk ${confirmable.fingerprint} blev ikke bekræftet. Intet er importeret; sammenlign fingeraftrykket med det under Om / datasikkerhed på interviewerens computer, og indlæs igen.`,
  });
}
