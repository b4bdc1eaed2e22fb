/**
 * The version and build date baked into the app at build time (Vite `define`), for About.
 * SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) fixes the date; otherwise it is
 * the time of the build.
 */
export interface BuildInfo {
  version: string;
  /** ISO 8601, UTC. */
  builtAt: string;
}

export function buildInfo(version: string, env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): BuildInfo {
  const epoch = env.SOURCE_DATE_EPOCH;
  const fixed = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
  return { version, builtAt: (fixed ?? now()).toISOString() };
}

/** The `define` entries: each replaces an identifier in the bundle with a JSON literal. */
export function buildDefines(info: BuildInfo): Record<'__APP_VERSION__' | '__BUILD_DATE__', string> {
  return { __APP_VERSION__: JSON.stringify(info.version), __BUILD_DATE__: JSON.stringify(info.builtAt) };
}
