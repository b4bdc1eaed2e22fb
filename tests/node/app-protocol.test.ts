import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler, registerAppScheme } from '../../main/app-protocol';
import { buildContentSecurityPolicy } from '../../main/content-security-policy';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Barometer</title>');
  writeFileSync(path.join(root, 'assets', 'index.js'), 'export {};');
  writeFileSync(path.join(root, 'assets', 'engine.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(path.join(root, 'assets', 'font.woff2'), 'w');
  writeFileSync(path.join(root, 'assets', 'notes.xyz'), 'unknown type');
  writeFileSync(path.join(base, 'secret.json'), '{"secret":true}');
  handler = createAppRequestHandler(root, { readFile });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));
// Node's Request refuses non-http URLs, so build a look-alike for app:// URLs.
const appRequest = (url: string, method = 'GET') => ({ url, method }) as Request;
const fetchApp = (url: string, method = 'GET') => handler(appRequest(url, method));

describe('the app:// protocol handler', () => {
  it('is registered as a standard, secure scheme with fetch and streaming, without bypassing CSP', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void calls.push(schemes) });
    expect(calls).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES[0]).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    });
    expect(APP_SCHEME_PRIVILEGES[0]?.privileges?.bypassCSP).toBeFalsy();
  });

  it.each([
    ['app://bundle/index.html', 'text/html; charset=utf-8'],
    ['app://bundle/assets/index.js', 'text/javascript; charset=utf-8'],
    ['app://bundle/assets/engine.wasm', 'application/wasm'],
    ['app://bundle/assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s with the CSP and nosniff', async (url, type) => {
    const response = await fetchApp(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('returns the file itself', async () => {
    expect(await (await fetchApp('app://bundle/assets/index.js')).text()).toBe('export {};');
  });

  it('answers 404, still with the CSP, for a missing file, a folder or an unknown type', async () => {
    for (const url of ['app://bundle/missing.js', 'app://bundle/assets', 'app://bundle/assets/notes.xyz']) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    }
  });

  it('never serves a file outside the bundle', async () => {
    for (const url of ['app://bundle/../secret.json', 'app://bundle/%2e%2e/secret.json', 'app://bundle/..%2fsecret.json']) {
      const response = await fetchApp(url);
      expect(response.status, url).not.toBe(200);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses methods other than GET and HEAD, and sends no body for HEAD', async () => {
    expect((await fetchApp('app://bundle/index.html', 'POST')).status).toBe(405);
    const head = await fetchApp('app://bundle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('does not serve other hosts', async () => {
    expect((await get('http://bundle/index.html')).status).toBe(404);
    expect((await fetchApp('app://other/index.html')).status).toBe(404);
  });
});
