import type { App, BrowserWindowConstructorOptions, Session, Shell, WebContents, WebPreferences } from 'electron';
import { externalLink, isAllowedRequest, isAppUrl, isLoopbackDevServer, APP_ORIGIN } from './security-rules';

/**
 * Electron's security checklist (docs/tutorial/security.md) as functions that take Electron's
 * objects as arguments, so tests call them under Node with fakes and src/main/index.ts calls
 * them with the real ones, before anything else runs. Windows are sandboxed; nothing navigates
 * away, opens windows or webviews, asks for permissions, or loads from the network.
 */

/** Where the window loads its UI from: app:// always, the electron-vite dev server only while developing. */
export interface RendererSource {
  /** the first page the window loads */
  entryUrl: string;
  /** the dev server's origin, trusted like app:// (never set in a packaged app) */
  devOrigin: string | undefined;
}

export function rendererSource(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): RendererSource {
  const dev = env['ELECTRON_RENDERER_URL'];
  if (!isPackaged && dev !== undefined && isLoopbackDevServer(dev)) return { entryUrl: dev, devOrigin: new URL(dev).origin };
  return { entryUrl: `${APP_ORIGIN}/index.html`, devOrigin: undefined };
}

/**
 * The renderer's web preferences. Everything that matters is written out, defaults included, so
 * a change to Electron's defaults or a careless edit cannot loosen it without a test noticing.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

export function mainWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * Guards on one web contents (the window, and any other Electron creates): it stays on the
 * app's own origin, attaches no webviews and opens no windows. A link meant for a new window
 * goes to the user's browser when it is a plain http(s) address, and nowhere otherwise.
 */
export function guardWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>, devOrigin: string | undefined): void {
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, devOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const link = externalLink(url);
    if (link !== null) void shell.openExternal(link).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** App-wide guards; must run before the app is ready (the sandbox is switched on for every renderer). */
export function secureApp(app: Pick<App, 'enableSandbox' | 'on'>, shell: Pick<Shell, 'openExternal'>, devOrigin: string | undefined): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell, devOrigin));
}

type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerEnabled'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** Session-wide guards, once the app is ready: every permission is refused, nothing comes from the network. */
export function secureSession(session: GuardedSession, devOrigin: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devOrigin) }));
  session.setSpellCheckerEnabled(false);
}
