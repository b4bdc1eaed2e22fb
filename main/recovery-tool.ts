/**
 * The coordinator's recovery tool (`npm run recovery -- …`), run on the coordinator's own computer,
 * never on a surveyor's. Plain Node: no Electron.
 *
 *   keygen <folder>                          makes recovery-public-key.pem (for the installers) and
 *                                            recovery-private-key.pem (encrypted with the passphrase;
 *                                            keep it offline, with the passphrase apart from it)
 *   open <backup> <private-key.pem> <out>    decrypts a backup into a package (.barometer) that
 *                                            "Send og indlæs" imports on any computer
 *
 * The passphrase comes from BAROMETER_RECOVERY_PASSPHRASE, so it never appears in the shell history.
 */
import path from 'node:path';
import { generateRecoveryKeyPair, isEncryptedBackup, openWithRecoveryKey } from './backup-crypto';

export interface RecoveryToolDeps {
  env: Readonly<Record<string, string | undefined>>;
  readFile(filePath: string): Promise<Uint8Array>;
  /** Creates the file; fails if it exists (flag 'wx'). */
  writeNewFile(filePath: string, data: Uint8Array | string, mode: number): Promise<void>;
  log(line: string): void;
}

export const PASSPHRASE_ENV = 'BAROMETER_RECOVERY_PASSPHRASE';
const USAGE = 'usage: npm run recovery -- keygen <folder> | open <backup-file> <recovery-private-key.pem> <out.barometer>';

/** Runs one command; returns the process exit code. */
export async function runRecoveryTool(args: readonly string[], deps: RecoveryToolDeps): Promise<number> {
  const passphrase = deps.env[PASSPHRASE_ENV];
  const [command, ...rest] = args;
  try {
    if (command === 'keygen' && rest.length === 1 && rest[0]) {
      if (!passphrase) return fail(deps, `Set ${PASSPHRASE_ENV} to the passphrase that protects the private key (at least 12 characters).`);
      const pair = generateRecoveryKeyPair(passphrase);
      await deps.writeNewFile(path.join(rest[0], 'recovery-public-key.pem'), pair.publicKeyPem, 0o644);
      await deps.writeNewFile(path.join(rest[0], 'recovery-private-key.pem'), pair.privateKeyPem, 0o600);
      deps.log(`Recovery key ${pair.keyId} made in ${rest[0]}.`);
      deps.log('Build the installers with BAROMETER_RECOVERY_PUBLIC_KEY set to recovery-public-key.pem; keep recovery-private-key.pem offline.');
      return 0;
    }
    if (command === 'open' && rest.length === 3) {
      const [backupFile, privateKeyFile, out] = rest as [string, string, string];
      const bytes = await deps.readFile(backupFile);
      if (!isEncryptedBackup(bytes)) {
        return fail(deps, `${backupFile} is not encrypted: it is a package already; import it as it is.`);
      }
      if (!passphrase) return fail(deps, `Set ${PASSPHRASE_ENV} to the recovery key's passphrase.`);
      const pem = Buffer.from(await deps.readFile(privateKeyFile)).toString('utf8');
      const opened = openWithRecoveryKey(bytes, pem, passphrase);
      if (!opened.ok) return fail(deps, opened.error);
      await deps.writeNewFile(out, opened.value, 0o600);
      deps.log(`Opened ${path.basename(backupFile)} into ${out}: import it with "Send og indlæs".`);
      return 0;
    }
    return fail(deps, USAGE);
  } catch (error) {
    return fail(deps, error instanceof Error ? error.message : String(error));
  }
}

function fail(deps: RecoveryToolDeps, message: string): number {
  deps.log(message);
  return 1;
}
