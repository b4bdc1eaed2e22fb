/**
 * Optional outside programs the cross-check tests run when present (R with packages, PSPP). CI has
 * none of them (installing them costs minutes), so each test skips with ONE line saying what is missing.
 */
import { spawnSync } from 'node:child_process';

function runs(command: string, args: readonly string[]): boolean {
  try {
    return spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;
  } catch {
    return false;
  }
}

/** True when Rscript runs and loads every package; otherwise warns once and returns false. */
export function rWith(packages: readonly string[], what: string): boolean {
  const ok = runs('Rscript', ['-e', packages.map((p) => `suppressMessages(library(${p}))`).join(';')]);
  if (!ok) console.warn(`Skipped ${what}: Rscript with ${packages.join(', ')} is not installed.`);
  return ok;
}

/** True when `pspp` runs; otherwise warns once and returns false. */
export function psppPresent(what: string): boolean {
  const ok = runs('pspp', ['--version']);
  if (!ok) console.warn(`Skipped ${what}: PSPP is not installed.`);
  return ok;
}
