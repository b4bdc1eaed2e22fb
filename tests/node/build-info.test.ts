import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDefines, buildInfo } from '../../build/build-info';
import electronViteConfig from '../../electron.vite.config';
import webConfig from '../../vite.web.config';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

describe('the version and build date baked into a build', () => {
  it('take the date from SOURCE_DATE_EPOCH when set (reproducible builds), else the time of the build', () => {
    // 1764676800 s after 1970-01-01 = 2025-12-02 12:00:00 UTC.
    expect(buildInfo('1.4.2', { SOURCE_DATE_EPOCH: '1764676800' })).toEqual({ version: '1.4.2', builtAt: '2025-12-02T12:00:00.000Z' });
    const at = new Date('2026-12-02T14:05:00.000Z');
    expect(buildInfo('1.4.2', {}, () => at)).toEqual({ version: '1.4.2', builtAt: '2026-12-02T14:05:00.000Z' });
    expect(buildInfo('1.4.2', { SOURCE_DATE_EPOCH: 'yesterday' }, () => at).builtAt).toBe('2026-12-02T14:05:00.000Z');
  });

  it('are defined as JSON literals', () => {
    expect(buildDefines({ version: '1.4.2', builtAt: '2026-12-02T14:05:00.000Z' })).toEqual({
      __APP_VERSION__: '"1.4.2"',
      __BUILD_DATE__: '"2026-12-02T14:05:00.000Z"',
    });
  });

  it('reach the renderer in both builds (Electron and browser) and main, with package.json\'s version', () => {
    const electron = electronViteConfig as unknown as Record<'main' | 'renderer', { define?: Record<string, string> }>;
    const web = webConfig as unknown as { define?: Record<string, string> };
    for (const define of [electron.main.define, electron.renderer.define, web.define]) {
      expect(define?.__APP_VERSION__).toBe(JSON.stringify(pkg.version));
      expect(JSON.parse(define?.__BUILD_DATE__ ?? 'null')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
  });
});
