import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../core/api/security-policy';
import { contentTypeOf, staticFilePath } from './engine/static-files';
import { APP_HOST, APP_SCHEME } from './security-rules';

/**
 * app:// is a standard, secure origin of its own (Electron's checklist: a custom protocol
 * instead of file://). It does not bypass the Content-Security-Policy, register service workers
 * or allow CORS from other origins.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** The renderer file an app:// URL names, or null for anything outside the renderer build. */
export function appRequestFile(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  return staticFilePath(rendererDir, parsed.pathname);
}

const answer = (status: number, body: string) =>
  new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The app:// handler: GET and HEAD of files inside the renderer build, with their content type
 * and the security headers; every other answer (404, 405) carries the security headers too.
 */
export function appProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, 'Method not allowed');
    const file = appRequestFile(request.url, rendererDir);
    if (!file) return answer(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return answer(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file) },
    });
  };
}

/** Serves the renderer build on app://brobygger. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
}
