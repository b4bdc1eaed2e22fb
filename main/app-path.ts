import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** The parts of node:path we use, so tests can check Windows rules (path.win32) on any machine. */
export type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'join' | 'sep'>;

export type AppPathResult = { ok: true; filePath: string } | { ok: false; status: 400 | 404; reason: string };

// Windows device names are files everywhere in a folder ("nul.js" reads the null device).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;

/**
 * Maps an app://bundle URL to a file inside `root`, or refuses it.
 *
 * This is the path-traversal guard of the protocol handler. The URL parser already collapses
 * `..` and `%2e%2e` segments, but we do not rely on it: each segment is decoded and refused if it
 * could name something outside its folder (`..`, an encoded slash or backslash, a drive letter,
 * NUL, a device name), and the resolved path must still lie inside `root`.
 */
export function resolveAppPath(root: string, requestUrl: string, pathApi: PathApi = path): AppPathResult {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return { ok: false, status: 404, reason: 'not our origin' };
  }
  return resolveBundlePath(root, url.pathname, pathApi);
}

/** The guard proper, on a URL pathname such as `/assets/index.js` (still percent-encoded). */
export function resolveBundlePath(root: string, pathname: string, pathApi: PathApi = path): AppPathResult {
  const refuse = (reason: string): AppPathResult => ({ ok: false, status: 400, reason });
  if (!pathname.startsWith('/')) return refuse('relative path');
  const raw = pathname === '/' ? ['index.html'] : pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const encoded of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return refuse('malformed percent-encoding');
    }
    if (segment === '') return refuse('empty segment (absolute path or //)');
    if (segment === '.' || segment === '..') return refuse('dot segment');
    if (/[/\\:]/.test(segment)) return refuse('separator or drive letter in a segment');
    if (hasControlCharacter(segment)) return refuse('NUL or another control character');
    if (WINDOWS_DEVICE.test(segment)) return refuse('device name');
    segments.push(segment);
  }
  const base = pathApi.resolve(root);
  const filePath = pathApi.resolve(base, ...segments);
  const inside = pathApi.relative(base, filePath);
  const escapes = inside === '..' || inside.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(inside);
  if (inside === '' || escapes) return refuse('outside the bundle');
  return { ok: true, filePath };
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
