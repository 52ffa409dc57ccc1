import { app, session, shell, type Session } from 'electron';
import { isAllowedRequest, isAppUrl, isSafeExternalUrl } from './security-rules';

/**
 * Electron's security checklist, applied before anything else runs (this module is the main
 * process's first import). Windows are sandboxed; nothing navigates away, opens windows or
 * webviews, asks for permissions, or loads from the network.
 */
const devOrigin = !app.isPackaged && process.env['ELECTRON_RENDERER_URL'] ? new URL(process.env['ELECTRON_RENDERER_URL']).origin : undefined;

export const DEV_ORIGIN = devOrigin;

app.enableSandbox();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

/** Session-wide guards; called once the app is ready. */
export function secureSession(s: Session = session.defaultSession): void {
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.setDevicePermissionHandler(() => false);
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devOrigin) }));
  s.setSpellCheckerEnabled(false);
}
