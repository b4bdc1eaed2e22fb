/**
 * The signature step of reading a package: formats 2 and 3 must carry a signature that verifies over its
 * marker, version and manifest with the key it names; format 1 (unsigned, older backups) must carry
 * none. Whether the key is the one trusted for the device is the importing computer's question.
 */
import { packageError, type PackageError } from './package-error';
import { UNSIGNED_FORMAT_VERSION } from './package-format';
import { verifyPart, type PackageSignature } from './package-signature';

const invalid = (why: { en: string; da: string }): PackageError =>
  packageError(
    'signature-invalid',
    {
      en: `The package's signature ${why.en}: it was changed after it was written, or it was not made by Barometer Entry. Nothing was imported; ask the surveyor to send it again.`,
      da: `Pakkens signatur ${why.da}: den er ændret, efter den blev skrevet, eller den er ikke lavet af Barometer Entry. Intet er importeret; bed intervieweren sende den igen.`,
    },
    { path: 'signature' },
  );

/** The raw parsed document's signature checked; undefined when it holds. */
export async function checkSignature(raw: {
  format: string;
  formatVersion: number;
  manifest: unknown;
  signature?: PackageSignature | undefined;
}): Promise<PackageError | undefined> {
  if (raw.formatVersion === UNSIGNED_FORMAT_VERSION) {
    return raw.signature === undefined ? undefined : invalid({ en: 'is in a format 1 package, which has none', da: 'står i en pakke af format 1, som ikke har nogen' });
  }
  if (raw.signature === undefined) return invalid({ en: 'is missing', da: 'mangler' });
  const { format, formatVersion, manifest } = raw;
  const holds = await verifyPart(raw.signature, { format, formatVersion, manifest });
  return holds ? undefined : invalid({ en: 'does not match its content', da: 'passer ikke med indholdet' });
}
