/**
 * The real app's window, in the real Electron binary: what it loads, under which policy, and what a
 * page cannot do. Runs only where an Electron binary exists (see global-setup.ts); skipped elsewhere.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchApp, quitApp, removeDir, tempDir, type RunningApp } from './support/app';

// The page's policy, as main/content-security-policy.ts builds it (written out: the test states the rule).
const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

// What preload/contract.ts's HostBridge promises, and nothing more.
const BRIDGE_FUNCTIONS = [
  'appInfo',
  'listBackups',
  'onMenuCommand',
  'onQuitRequest',
  'openFile',
  'readBackup',
  'readyToQuit',
  'saveFile',
  'setMenuLanguage',
  'setTitle',
  'writeBackup',
];

describe.skipIf(!inject('electronPath'))('the Electron window', () => {
  let running: RunningApp;
  let userDataDir: string;

  beforeAll(async () => {
    userDataDir = tempDir('security');
    running = await launchApp({ userDataDir });
  });
  afterAll(async () => {
    if (running) await quitApp(running).catch(() => undefined);
    removeDir(userDataDir);
  });

  it('loads app://bundle/index.html, whose response carries the strict CSP, and the CSP is enforced', async () => {
    const { page } = running;
    expect(page.url()).toBe('app://bundle/index.html');
    const headers = await page.evaluate(async () => {
      const response = await fetch('app://bundle/index.html');
      return { csp: response.headers.get('content-security-policy'), nosniff: response.headers.get('x-content-type-options') };
    });
    expect(headers).toEqual({ csp: EXPECTED_CSP, nosniff: 'nosniff' });
    // An inline script added by the page does not run.
    const ranInline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ranInline).toBe(false);
  });

  it('runs the page isolated and sandboxed, without Node', async () => {
    // app.enableSandbox() sandboxes every renderer, whatever a window's own preferences say.
    expect(await running.app.evaluate(({ app }) => app.commandLine.hasSwitch('enable-sandbox'))).toBe(true);
    // Where the OS reports it (Windows, macOS), the renderer process is sandboxed (Linux does not say).
    const tabs = await running.app.evaluate(({ app }) => app.getAppMetrics().filter((m) => m.type === 'Tab').map((m) => m.sandboxed ?? null));
    expect(tabs.length).toBeGreaterThan(0);
    for (const sandboxed of tabs) if (sandboxed !== null) expect(sandboxed).toBe(true);
    // No Node in the page.
    const globals = await running.page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      Buffer: typeof (globalThis as Record<string, unknown>).Buffer,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
    // Context isolation: the bridge exists (contextBridge refuses to work without isolation), and the
    // page cannot change it.
    const isolated = await running.page.evaluate(() => {
      const w = window as unknown as { barometerHost?: Record<string, unknown> };
      const before = w.barometerHost?.saveFile;
      try {
        if (w.barometerHost) w.barometerHost.saveFile = () => 'hijacked';
      } catch {
        // a frozen object throws in strict code
      }
      return { kept: before !== undefined && w.barometerHost?.saveFile === before, frozen: Object.isFrozen(w.barometerHost) };
    });
    // contextBridge deep-freezes what it exposes and makes the window property read-only.
    expect(isolated).toEqual({ kept: true, frozen: true });
  });

  it('exposes only the named preload functions', async () => {
    const bridge = await running.page.evaluate(() => {
      const host = (window as unknown as { barometerHost?: Record<string, unknown> }).barometerHost;
      return host ? Object.keys(host).sort().map((key) => [key, typeof host[key]]) : null;
    });
    expect(bridge).toEqual(BRIDGE_FUNCTIONS.map((name) => [name, 'function']));
    const leaked = await running.page.evaluate(() => ['ipcRenderer', 'electron', 'ipc'].filter((name) => name in window));
    expect(leaked).toEqual([]);
  });

  it('refuses navigation to another origin, window.open, <webview> and permission requests (but keeps persistent storage)', async () => {
    const { app, page } = running;
    // Navigation: the main process sees the attempt; the page stays, same document.
    await app.evaluate(({ webContents }) => {
      const seen: string[] = [];
      (globalThis as unknown as { __navigations: string[] }).__navigations = seen;
      for (const contents of webContents.getAllWebContents()) contents.on('will-navigate', (event) => seen.push(event.url));
    });
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      window.location.href = 'https://example.com/';
    });
    await expect
      .poll(() => app.evaluate(() => (globalThis as unknown as { __navigations: string[] }).__navigations.length), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(page.url()).toBe('app://bundle/index.html');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // window.open gets nothing, and no second window appears.
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    // <webview> is not even an element type here, and nothing attaches.
    const webview = await page.evaluate(() => {
      const el = document.createElement('webview');
      el.setAttribute('src', 'https://example.com/');
      document.body.append(el);
      const plain = el.constructor === HTMLUnknownElement || el.constructor === HTMLElement;
      el.remove();
      return plain;
    });
    expect(webview).toBe(true);
    expect(await app.evaluate(({ webContents }) => webContents.getAllWebContents().length)).toBe(1);

    // Permissions: denied, except persistent storage for our own origin.
    const permissions = await page.evaluate(async () => ({
      notification: await Notification.requestPermission(),
      geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
      persisted: await navigator.storage.persist(),
    }));
    expect(permissions).toEqual({ notification: 'denied', geolocation: 'denied', persisted: true });
  });
});
