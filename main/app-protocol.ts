import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { resolveAppPath } from './app-path';
import { securityHeaders } from './content-security-policy';
import { mimeTypeFor } from './mime-types';

/**
 * app:// as a privileged scheme: `standard` gives it real origins (so IndexedDB, 'self' in the CSP
 * and module scripts work), `secure` makes it a secure context, `supportFetchAPI` lets the page
 * fetch its own files, `stream` lets media and large responses stream. Not `bypassCSP`.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
  },
];

/** Must run before the app's `ready` event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
}

export interface BundleFiles {
  /** Reads a whole file; rejects when it is missing or not a file. */
  readFile(filePath: string): Promise<Uint8Array>;
}

/**
 * The app:// request handler: serves files from `root` (out/renderer) and nothing else.
 * Every response, including errors, carries the CSP and nosniff headers.
 */
export function createAppRequestHandler(root: string, files: BundleFiles): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const resolved = resolveAppPath(root, request.url);
    if (!resolved.ok) return textResponse(resolved.status, resolved.status === 400 ? 'Bad request' : 'Not found');
    const contentType = mimeTypeFor(resolved.filePath);
    if (!contentType) return textResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await files.readFile(resolved.filePath);
    } catch {
      return textResponse(404, 'Not found');
    }
    const headers = { ...securityHeaders(), 'Content-Type': contentType, 'Content-Length': String(body.byteLength) };
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}

/** Installs the handler on the default session. Must run after `ready`. */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string, files: BundleFiles): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root, files));
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
