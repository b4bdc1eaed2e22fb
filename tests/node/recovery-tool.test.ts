import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealBackup } from '../../main/backup-crypto';
import { runRecoveryTool } from '../../main/recovery-tool';

let dir: string;
let lines: string[];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'recovery-tool-'));
  lines = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PASSPHRASE = 'correct horse battery staple';
const run = (args: string[], env: Record<string, string> = { BAROMETER_RECOVERY_PASSPHRASE: PASSPHRASE }) =>
  runRecoveryTool(args, {
    env,
    readFile: (p) => readFile(p),
    writeNewFile: (p, data, mode) => writeFile(p, data, { flag: 'wx', mode }),
    log: (line) => lines.push(line),
  });
const PACKAGE = new TextEncoder().encode('{"responses":[{"workplace_name":"Vejcenter Nord"}]}');

describe('the coordinator\'s recovery tool', () => {
  it('makes a key pair, and opens a backup sealed for its public key into the package it holds', async () => {
    expect(await run(['keygen', dir])).toBe(0);
    expect(lines[0]).toMatch(/^Recovery key [0-9a-f]{16} made in /);
    const publicKeyPem = readFileSync(path.join(dir, 'recovery-public-key.pem'), 'utf8');
    expect(readFileSync(path.join(dir, 'recovery-private-key.pem'), 'utf8')).toContain('BEGIN ENCRYPTED PRIVATE KEY');

    const backup = path.join(dir, 'barometer-backup-20261202T140500000Z.barometer-backup');
    writeFileSync(backup, sealBackup(PACKAGE, { dataKey: randomBytes(32), recoveryPublicKeyPem: publicKeyPem }));
    const out = path.join(dir, 'restored.barometer');
    expect(await run(['open', backup, path.join(dir, 'recovery-private-key.pem'), out])).toBe(0);
    expect(new Uint8Array(readFileSync(out))).toEqual(PACKAGE);
    // Never over an existing file.
    expect(await run(['open', backup, path.join(dir, 'recovery-private-key.pem'), out])).toBe(1);
    expect(lines.at(-1)).toMatch(/EEXIST/);
  }, 60_000);

  it('wants the passphrase from the environment, and says what a plain file or a bad call is', async () => {
    expect(await run(['keygen', dir], {})).toBe(1);
    expect(lines).toEqual(['Set BAROMETER_RECOVERY_PASSPHRASE to the passphrase that protects the private key (at least 12 characters).']);
    const plain = path.join(dir, 'plain.barometer-backup');
    writeFileSync(plain, PACKAGE);
    expect(await run(['open', plain, 'key.pem', path.join(dir, 'out')])).toBe(1);
    expect(lines.at(-1)).toBe(`${plain} is not encrypted: it is a package already; import it as it is.`);
    expect(await run(['decrypt'])).toBe(1);
    expect(lines.at(-1)).toMatch(/^usage: npm run recovery -- keygen <folder> \| open /);
  });
});
