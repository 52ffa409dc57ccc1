/**
 * The rules behind the Electron security guards, as plain functions so they are tested under
 * Node. The renderer is served from app://brobygger; in development, from the Vite dev server.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'brobygger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * The address a link may be opened at in the user's browser: a parsed plain web link (http or
 * https, no user name or password), written out again by the URL parser; null for file:,
 * javascript:, smb:, custom schemes and anything unparsable.
 */
export function externalLink(raw: string): string | null {
  const url = parse(raw);
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A development server the window may load from: http(s) on this machine only. */
export function isLoopbackDevServer(raw: string): boolean {
  const url = parse(raw);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
}

/** The renderer's own origin; `devOrigin` only while developing with electron-vite dev. */
export function isAppUrl(raw: string, devOrigin?: string): boolean {
  const url = parse(raw);
  if (!url) return false;
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  return devOrigin !== undefined && url.origin === devOrigin;
}

/** Requests the window may make: its own files, devtools, and nothing from the network. */
export function isAllowedRequest(raw: string, devOrigin?: string): boolean {
  const url = parse(raw);
  if (!url) return false;
  if (url.protocol === 'devtools:' || url.protocol === 'data:' || url.protocol === 'blob:') return true;
  if (devOrigin !== undefined && (url.protocol === 'ws:' || url.protocol === 'http:')) return url.host === new URL(devOrigin).host;
  return isAppUrl(raw, devOrigin);
}

/** An IPC call is trusted only from the main frame of our own window, showing our own origin. */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  mainFrame: unknown,
  devOrigin?: string,
): boolean {
  if (!frame || frame !== mainFrame || frame.parent !== null) return false;
  return isAppUrl(frame.url, devOrigin);
}
