import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath, resolveBundlePath } from '../../main/app-path';

const root = path.resolve('/opt/barometer/out/renderer');
const inside = (p: string) => p === root || p.startsWith(root + path.sep);

describe('the app:// path guard', () => {
  it('serves a valid nested asset from inside the bundle', () => {
    expect(resolveAppPath(root, 'app://bundle/assets/index-abc.js')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
    });
  });

  it('serves index.html for the bare origin and ignores query and fragment', () => {
    expect(resolveAppPath(root, 'app://bundle/')).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://bundle/index.html?x=1#top')).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
  });

  it('decodes ordinary percent-encoding inside a segment', () => {
    expect(resolveAppPath(root, 'app://bundle/assets/my%20font.woff2')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'my font.woff2'),
    });
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/assets/../../../etc/passwd',
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/%2E%2E/secret.json',
    'app://bundle/.%2e/secret.json',
  ])('never leaves the bundle for %s', (url) => {
    const result = resolveAppPath(root, url);
    // The URL parser may already collapse dot segments; either way nothing outside root is served.
    if (result.ok) expect(inside(result.filePath)).toBe(true);
  });

  it.each([
    ['an encoded slash after ..', 'app://bundle/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash', 'app://bundle/assets%2f..%2f..%2fsecret.js'],
    ['an absolute path via //', 'app://bundle//etc/passwd'],
    ['an encoded absolute path', 'app://bundle/%2fetc%2fpasswd'],
    ['NUL', 'app://bundle/index.html%00.js'],
    ['a control character', 'app://bundle/a%0a.js'],
    ['an encoded backslash traversal', 'app://bundle/..%5c..%5cwindows%5cwin.ini'],
    ['a drive letter', 'app://bundle/C:%5cWindows%5cwin.ini'],
    ['a Windows device name', 'app://bundle/nul.js'],
    ['malformed percent-encoding', 'app://bundle/%E0%A4%A.js'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(root, url)).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses a literal .. segment even if a URL parser had let it through', () => {
    expect(resolveBundlePath(root, '/assets/../../secret')).toMatchObject({ ok: false, status: 400 });
    expect(resolveBundlePath(root, '/%2e%2e/secret')).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses other origins and schemes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppPath(root, 'app://user@bundle/index.html')).toMatchObject({ ok: false });
    expect(resolveAppPath(root, 'file:///etc/passwd')).toMatchObject({ ok: false });
    expect(resolveAppPath(root, 'not a url')).toMatchObject({ ok: false, status: 400 });
  });

  describe('with Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\Barometer Entry\\resources\\app.asar\\out\\renderer';

    it('serves a nested asset', () => {
      expect(resolveBundlePath(winRoot, '/assets/index.js', path.win32)).toEqual({
        ok: true,
        filePath: `${winRoot}\\assets\\index.js`,
      });
    });

    it.each([
      '/..\\..\\Windows\\win.ini',
      '/assets\\..\\..\\secret.js',
      '/..%5c..%5csecret.js',
      '/C:%5cWindows%5cwin.ini',
      '/%5c%5cserver%5cshare%5cx.js',
      '/index.html::$DATA',
      '/CON',
      '/aux.js',
    ])('refuses %s', (pathname) => {
      expect(resolveBundlePath(winRoot, pathname, path.win32)).toMatchObject({ ok: false, status: 400 });
    });
  });
});
