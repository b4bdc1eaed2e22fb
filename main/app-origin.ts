/**
 * The renderer's origin. IndexedDB (every response, profile and audit entry) is stored per origin,
 * so `app://bundle` must NEVER change after the first release: a different scheme or host would
 * open an empty database and the users' data would seem lost.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of a page or file inside our own bundle (and nothing that merely looks like it). */
export function isAppUrl(url: string): boolean {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
