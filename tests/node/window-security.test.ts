import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { APP_INDEX_URL, APP_ORIGIN } from '../../main/app-origin';
import { secureWebPreferences } from '../../main/web-preferences';
import { applyPermissionPolicy, hardenWebContents, isPermissionGranted } from '../../main/web-contents-security';

describe('the webPreferences every window gets', () => {
  const prefs = secureWebPreferences('/opt/app/out/preload/index.cjs');

  it('isolate and sandbox the page, with no Node anywhere', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keep web security on and <webview> and spellcheck off', () => {
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, spellcheck: false });
  });

  it('load the CommonJS preload (a sandboxed preload cannot be an ES module)', () => {
    expect(prefs.preload).toBe('/opt/app/out/preload/index.cjs');
  });

  it('never enable anything that weakens them', () => {
    expect(prefs).not.toHaveProperty('experimentalFeatures');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
});

/** A webContents stand-in: real event emitter, Electron-like preventable events. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  hardenWebContents(contents as unknown as WebContents);
  const emit = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    emitter.emit(name, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { emit, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('every web contents', () => {
  it('denies window.open, even to our own origin', () => {
    const c = fakeContents();
    expect(c.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(c.openWindow(APP_INDEX_URL)).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect'])('prevents %s away from our app:// page', (name) => {
    const c = fakeContents();
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://evil/', 'javascript:alert(1)']) {
      expect(c.emit(name, url), url).toBe(true);
    }
    expect(c.emit(name, 'app://bundle/index.html#/about')).toBe(false);
  });

  it('reads the target from event.url, as Electron 45 provides it', () => {
    const emitter = new EventEmitter();
    hardenWebContents(Object.assign(emitter, { setWindowOpenHandler: () => undefined }) as unknown as WebContents);
    const event = { url: 'https://example.com/', preventDefault: vi.fn() };
    emitter.emit('will-navigate', event, 'app://bundle/index.html');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('prevents attaching a <webview>', () => {
    expect(fakeContents().emit('will-attach-webview')).toBe(true);
  });
});

describe('the permission policy', () => {
  it('grants nothing but persistent storage, and that only to our own origin', () => {
    expect(isPermissionGranted('persistent-storage', APP_ORIGIN)).toBe(true);
    expect(isPermissionGranted('persistent-storage', APP_INDEX_URL)).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://example.com')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'fullscreen']) {
      expect(isPermissionGranted(permission, APP_ORIGIN), permission).toBe(false);
    }
  });

  it('is installed on the session for requests, checks, devices and downloads', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      on: (name: string, h: never) => (handlers[name] = h),
    };
    applyPermissionPolicy(session as unknown as Session);

    const answers: boolean[] = [];
    const request = handlers.request as unknown as (w: unknown, p: string, cb: (g: boolean) => void, d: { requestingUrl: string }) => void;
    request({}, 'media', (g) => answers.push(g), { requestingUrl: APP_INDEX_URL });
    request({}, 'persistent-storage', (g) => answers.push(g), { requestingUrl: APP_INDEX_URL });
    expect(answers).toEqual([false, true]);

    const check = handlers.check as unknown as (w: unknown, p: string, origin: string) => boolean;
    expect(check(null, 'notifications', APP_ORIGIN)).toBe(false);
    expect((handlers.device as unknown as () => boolean)()).toBe(false);

    const download = { preventDefault: vi.fn() };
    (handlers['will-download'] as unknown as (e: typeof download) => void)(download);
    expect(download.preventDefault).toHaveBeenCalled();
  });
});
