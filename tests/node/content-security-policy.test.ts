import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, securityHeaders } from '../../main/content-security-policy';

function metaPolicy(): string {
  const html = readFileSync(fileURLToPath(new URL('../../renderer/index.html', import.meta.url)), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta?.[1]) throw new Error('renderer/index.html has no CSP meta tag');
  return meta[1];
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('the Content-Security-Policy of app:// responses', () => {
  const csp = buildContentSecurityPolicy();
  const parsed = directives(csp);

  it("allows scripts only from our own origin: no 'unsafe-eval', no inline script", () => {
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(parsed.get('script-src')).toEqual(["'self'"]);
  });

  it("defaults to 'self' and forbids plugins, base changes, form posts and frames", () => {
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('form-action')).toEqual(["'none'"]);
    expect(parsed.get('frame-src')).toEqual(["'none'"]);
  });

  it('equals the <meta> policy in renderer/index.html, so Electron and the browser agree', () => {
    expect(csp).toBe(metaPolicy());
  });

  it('is sent with nosniff on every response', () => {
    expect(securityHeaders()).toEqual({ 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' });
  });
});
