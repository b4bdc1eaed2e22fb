import type { Session, WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from './app-origin';

/** An Electron navigation event: cancellable; Electron 45 also carries the target URL on it. */
interface NavigationEvent {
  preventDefault(): void;
  readonly url?: string;
}

/**
 * Locks down every web contents the app creates (wired to `web-contents-created`): no pop-ups,
 * no navigation or redirect away from our own app:// pages, no <webview>.
 * A compromised or buggy page therefore cannot load remote content into a window with our preload.
 */
export function hardenWebContents(contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // The separate url argument is deprecated in favour of event.url; read either.
  const blockForeign = (event: NavigationEvent, url: string): void => {
    if (!isAppUrl(event.url ?? url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => blockForeign(event, url));
  contents.on('will-redirect', (event, url) => blockForeign(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
>;

/**
 * Permission policy: deny everything (camera, notifications, clipboard reads, HID, …), with one
 * exception: 'persistent-storage' for our own origin. Granting it keeps Chromium from evicting
 * the IndexedDB store under disk pressure, and the About panel reports it; denying it would put
 * the users' data at risk for no security gain.
 */
export function isPermissionGranted(permission: string, requestingUrlOrOrigin: string): boolean {
  const ours = requestingUrlOrOrigin === APP_ORIGIN || isAppUrl(requestingUrlOrOrigin);
  return permission === 'persistent-storage' && ours;
}

export function applyPermissionPolicy(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  // Files are written only through file:save (dialog + atomic write), never as browser downloads.
  session.on('will-download', (event) => event.preventDefault());
}
