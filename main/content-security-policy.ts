/**
 * The Content-Security-Policy of every app:// response. It must equal the `<meta>` policy in
 * renderer/index.html (a test compares them), so the page is equally strict in Electron and in a
 * plain browser: no inline or eval'd script, no plugins, no frames, no form posts, nothing fetched
 * from anywhere but our own origin.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  // Workers are bundled files ('self'); blob: lets a disposable Worker be built for reading
  // untrusted spreadsheets.
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-src', ["'none'"]],
];

export function buildContentSecurityPolicy(): string {
  return DIRECTIVES.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Headers every app:// response carries, success or error. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
  };
}
