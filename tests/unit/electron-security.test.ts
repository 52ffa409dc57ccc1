/**
 * Electron's security checklist (docs/tutorial/security.md, "Checklist: Security
 * recommendations", with the later items on custom protocols, fuses and exposing Electron's
 * APIs), one test per item the app sets. The Electron binary is not installed here, so each test
 * calls the function src/main/index.ts uses, with fakes for Electron's objects.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { App, IpcMainInvokeEvent } from 'electron';
import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent, ApiResult, BrobyggerBridge } from '../../src/core/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../src/core/api/security-policy';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { APP_SCHEME_PRIVILEGES, appProtocolHandler, appRequestFile, registerAppScheme } from '../../src/main/app-protocol';
import { findAppRoot } from '../../src/main/engine/paths';
import { staticFilePath } from '../../src/main/engine/static-files';
import { API_CHANNEL, createApiHandler, EVENT_CHANNEL, registerApiHandler } from '../../src/main/ipc';
import { mainWindowOptions, rendererSource, secureApp, secureSession, secureWebPreferences } from '../../src/main/security';
import { APP_ORIGIN, externalLink, isAllowedRequest, isAppUrl } from '../../src/main/security-rules';
import { tempDir } from '../helpers/temp';

const da = createTranslator('da');
const DEV = 'http://localhost:5173';

// ---- fakes for Electron's objects ----

type Listener = (...args: unknown[]) => void;

/** A web contents that records its listeners and window-open handler, and fires events at them. */
class FakeContents {
  private readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  handles(event: string): boolean {
    return (this.listeners.get(event)?.length ?? 0) > 0;
  }

  /** Fires a navigation-like event as Electron does (details first, then the deprecated url); true if it was stopped. */
  fire(event: string, url: string): boolean {
    let prevented = false;
    const details = { url, isMainFrame: true, preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) listener(details, url, false, true);
    return prevented;
  }

  attachWebview(src: string): boolean {
    let prevented = false;
    const webPreferences = { nodeIntegration: true };
    for (const listener of this.listeners.get('will-attach-webview') ?? [])
      listener({ preventDefault: () => (prevented = true) }, webPreferences, { src });
    return prevented;
  }

  openWindow(url: string): { action: string } | undefined {
    return this.windowOpenHandler?.({ url });
  }
}

/** The app as secureApp sees it: the sandbox switch and the web-contents-created event. */
function fakeApp() {
  const created: Listener[] = [];
  const app = {
    sandboxEnabled: false,
    enableSandbox() {
      app.sandboxEnabled = true;
    },
    on(event: string, listener: Listener) {
      if (event === 'web-contents-created') created.push(listener);
      return app;
    },
    /** a new web contents, as Electron announces it */
    createContents(): FakeContents {
      const contents = new FakeContents();
      for (const listener of created) listener({}, contents);
      return contents;
    },
  };
  return app;
}

/** A shell that records what it was asked to open. */
function fakeShell() {
  const opened: string[] = [];
  return { opened, shell: { openExternal: (url: string) => (opened.push(url), Promise.resolve()) } };
}

/** The app, secured as index.ts secures it, with one window's web contents. */
function securedContents(devOrigin?: string) {
  const app = fakeApp();
  const { opened, shell } = fakeShell();
  secureApp(app as unknown as Pick<App, 'enableSandbox' | 'on'>, shell, devOrigin);
  return { app, contents: app.createContents(), opened };
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;

/** A session that records the handlers it is given. */
function securedSession(devOrigin?: string) {
  const s = {
    requestHandler: null as PermissionRequestHandler | null,
    checkHandler: null as ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null,
    deviceHandler: null as ((details: unknown) => boolean) | null,
    beforeRequest: null as ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null,
    spellChecker: true,
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      s.requestHandler = handler;
    },
    setPermissionCheckHandler(handler: (contents: unknown, permission: string, origin: string, details: unknown) => boolean) {
      s.checkHandler = handler;
    },
    setDevicePermissionHandler(handler: (details: unknown) => boolean) {
      s.deviceHandler = handler;
    },
    setSpellCheckerEnabled(enabled: boolean) {
      s.spellChecker = enabled;
    },
    webRequest: {
      onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) {
        s.beforeRequest = listener;
      },
    },
  };
  secureSession(s as unknown as Parameters<typeof secureSession>[0], devOrigin);
  /** whether the session lets the window load this URL */
  const loads = (url: string): boolean => {
    let cancel: boolean | undefined;
    s.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
    if (cancel === undefined) throw new Error(`the request handler did not answer for ${url}`);
    return !cancel;
  };
  return { s, loads };
}

/** An IPC event from a frame, as Electron passes it to an ipcMain.handle handler. */
interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}
const ipcEvent = (senderFrame: FakeFrame | null, mainFrame: FakeFrame) =>
  ({ senderFrame, sender: { mainFrame } }) as unknown as IpcMainInvokeEvent;

function apiGate(devOrigin?: string) {
  const calls: Array<[string, unknown]> = [];
  const handler = createApiHandler({
    devOrigin,
    translator: () => da,
    call: (method, input) => {
      calls.push([method, input]);
      return Promise.resolve({ ok: true, value: 'done' });
    },
  });
  return { calls, handler };
}
const errorOf = (r: ApiResult<unknown>) => (r.ok ? null : r.error);

/** The CSP as a map from directive to its sources. */
const cspDirectives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );

// ---- the preload, loaded with a fake electron module ----

const preload = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as Array<{ channel: string; args: unknown[] }>,
  listeners: new Map<string, Array<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => preload.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => {
      preload.invoked.push({ channel, args });
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      preload.listeners.set(channel, [...(preload.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      preload.listeners.set(channel, (preload.listeners.get(channel) ?? []).filter((l) => l !== listener));
    },
  },
}));

// ---- the checklist ----

describe("Electron's security checklist", () => {
  it('1. Only load secure content: the window loads app:// (a secure scheme), never a dev server once packaged, and the session loads nothing from the network', () => {
    const packaged = rendererSource(true, { ELECTRON_RENDERER_URL: DEV });
    expect(packaged).toEqual({ entryUrl: `${APP_ORIGIN}/index.html`, devOrigin: undefined });
    expect(APP_SCHEME_PRIVILEGES.secure).toBe(true);
    // a development server only on this machine
    expect(rendererSource(false, { ELECTRON_RENDERER_URL: 'http://evil.example:5173/' }).devOrigin).toBeUndefined();
    expect(rendererSource(false, { ELECTRON_RENDERER_URL: `${DEV}/` })).toEqual({ entryUrl: `${DEV}/`, devOrigin: DEV });

    const { loads } = securedSession();
    expect(loads('app://brobygger/assets/index.js')).toBe(true);
    expect(loads('data:image/png;base64,AAAA')).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:8080/', 'ws://localhost:5173/', 'ftp://example.org/x', 'file:///etc/passwd', 'app://other/x.js'])
      expect({ url, loads: loads(url) }).toEqual({ url, loads: false });
    // the dev server's own host while developing, and still nothing else
    const dev = securedSession(DEV);
    expect(dev.loads('ws://localhost:5173/')).toBe(true);
    expect(dev.loads('https://cdn.example.org/react.js')).toBe(false);
  });

  it('2. Do not enable Node.js integration: not in the window, its workers or its subframes', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('3. Enable context isolation', () => {
    expect(secureWebPreferences('/p.cjs').contextIsolation).toBe(true);
  });

  it('4. Enable process sandboxing: in the window and for every renderer of the app', () => {
    expect(secureWebPreferences('/p.cjs').sandbox).toBe(true);
    expect(securedContents().app.sandboxEnabled).toBe(true);
  });

  it('5. Handle session permission requests: every request and every check is denied', () => {
    const { s } = securedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'unknown']) {
      const answers: boolean[] = [];
      s.requestHandler?.({}, permission, (granted) => answers.push(granted), {});
      expect({ permission, answers }).toEqual({ permission, answers: [false] });
      expect({ permission, checked: s.checkHandler?.(null, permission, APP_ORIGIN, {}) }).toEqual({ permission, checked: false });
    }
    expect(s.deviceHandler?.({ deviceType: 'usb', origin: APP_ORIGIN })).toBe(false);
  });

  it('6. Do not disable webSecurity', () => {
    expect(secureWebPreferences('/p.cjs').webSecurity).toBe(true);
  });

  it("7. Define a Content-Security-Policy: 'self' only, no inline or eval, no plugins, no base, no framing, on every app:// response", async () => {
    const csp = cspDirectives(CONTENT_SECURITY_POLICY);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|wss?:/);
    // app:// may not bypass it
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');

    const handle = appProtocolHandler(rendererFixture());
    for (const url of ['app://brobygger/index.html', 'app://brobygger/assets/app.js', 'app://brobygger/missing.js', 'app://brobygger/..%2fpackage.json']) {
      const res = await handle(new Request(url));
      expect({ url, csp: res.headers.get('content-security-policy') }).toEqual({ url, csp: CONTENT_SECURITY_POLICY });
    }
  });

  it('8. Do not enable allowRunningInsecureContent', () => {
    expect(secureWebPreferences('/p.cjs').allowRunningInsecureContent).toBe(false);
  });

  it('9. Do not enable experimental features', () => {
    expect(secureWebPreferences('/p.cjs').experimentalFeatures).toBe(false);
  });

  it('10. Do not use enableBlinkFeatures', () => {
    const prefs = secureWebPreferences('/p.cjs');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(mainWindowOptions('/p.cjs', 'Brobygger').webPreferences).toEqual(prefs);
  });

  it('11 and 12. WebViews: the tag is off, and a webview about to attach is refused whatever its options', () => {
    expect(secureWebPreferences('/p.cjs').webviewTag).toBe(false);
    const { contents } = securedContents();
    expect(contents.attachWebview('app://brobygger/index.html')).toBe(true);
    expect(contents.attachWebview('https://example.org/')).toBe(true);
  });

  it('13. Disable or limit navigation: the main frame, subframes and redirects stay on app://brobygger', () => {
    const { contents } = securedContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect({ event, stopped: contents.fire(event, 'app://brobygger/index.html') }).toEqual({ event, stopped: false });
      for (const url of ['https://evil.example/', 'https://brobygger/index.html', 'app://evil/index.html', 'file:///etc/passwd', 'javascript:alert(1)', DEV])
        expect({ event, url, stopped: contents.fire(event, url) }).toEqual({ event, url, stopped: true });
    }
    expect(contents.handles('will-navigate') && contents.handles('will-frame-navigate') && contents.handles('will-redirect')).toBe(true);
    // while developing, the dev server is home too
    expect(securedContents(DEV).contents.fire('will-navigate', `${DEV}/`)).toBe(false);
  });

  it('14. Disable or limit creation of new windows: every window.open and target=_blank is denied', () => {
    const { contents } = securedContents();
    for (const url of ['https://vive.dk/rapport', 'app://brobygger/index.html', 'file:///etc/passwd', 'about:blank'])
      expect({ url, answer: contents.openWindow(url) }).toEqual({ url, answer: { action: 'deny' } });
  });

  it('15. Do not use shell.openExternal with untrusted content: only parsed http(s) links without credentials leave the app', () => {
    const { contents, opened } = securedContents();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'https://user:pw@example.org/', 'not a url', 'app://brobygger/x'])
      contents.openWindow(url);
    expect(opened).toEqual([]);
    contents.openWindow('https://vive.dk/rapport?år=2024');
    contents.openWindow('HTTP://Example.ORG');
    // what the URL parser wrote out, not the raw text
    expect(opened).toEqual(['https://vive.dk/rapport?%C3%A5r=2024', 'http://example.org/']);
  });

  it('17. Validate the sender of all IPC messages: one channel, our origin, the main frame only, the payload parsed by its schema', async () => {
    const registered: string[] = [];
    const fakeIpcMain = { handle: (channel: string) => registered.push(channel), on: () => registered.push('on') };
    registerApiHandler(fakeIpcMain, { devOrigin: undefined, translator: () => da, call: () => Promise.reject(new Error('unused')) });
    expect(registered).toEqual([API_CHANNEL]);

    const { calls, handler } = apiGate();
    const main: FakeFrame = { url: 'app://brobygger/index.html', parent: null };
    const call = { method: 'getProject', input: {} };
    expect(errorOf(await handler(ipcEvent({ url: 'app://brobygger/x', parent: main }, main), call))?.params).toMatchObject({ name: 'sender' });
    const foreign: FakeFrame = { url: 'https://evil.example/', parent: null };
    expect(errorOf(await handler(ipcEvent(foreign, foreign), call))?.params).toMatchObject({ name: 'sender' });
    expect(errorOf(await handler(ipcEvent(null, main), call))?.params).toMatchObject({ name: 'sender' });
    expect(errorOf(await handler(ipcEvent(main, main), { method: 'rmrf', input: {} }))?.code).toBe('invalid');
    expect(errorOf(await handler(ipcEvent(main, main), { method: 'saveProjectAs', input: { path: 42 } }))?.code).toBe('invalid');
    expect(calls).toEqual([]);
    await handler(ipcEvent(main, main), { method: 'saveProjectAs', input: { path: '/x.brobygger' } });
    expect(calls).toEqual([['saveProjectAs', { path: '/x.brobygger', overwrite: false }]]);
  });

  it('18. Avoid file://, use a custom protocol: the UI comes from app://, a standard secure origin serving only the renderer build', async () => {
    expect(rendererSource(true, {}).entryUrl).toMatch(/^app:\/\/brobygger\//);
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    const handle = appProtocolHandler(rendererFixture());
    expect((await handle(new Request('app://brobygger/index.html'))).status).toBe(200);
    expect((await handle(new Request('app://brobygger/..%2f..%2fpackage.json'))).status).toBe(404);
    expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
  });

  it('19. Check which fuses you can change: electron-builder flips them when packaging, as its own schema reads the config', async () => {
    const root = findAppRoot(fileURLToPath(import.meta.url));
    const config = await getConfig(root, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("20. Do not expose Electron APIs to untrusted web content: the preload exposes two functions and the platform's name", async () => {
    await import('../../src/preload/index');
    expect([...preload.exposed.keys()]).toEqual(['brobygger']);
    const bridge = preload.exposed.get('brobygger') as BrobyggerBridge;
    expect(Object.fromEntries(Object.entries(bridge).map(([key, value]) => [key, typeof value]))).toEqual({
      platform: 'string',
      invoke: 'function',
      onEvent: 'function',
    });
    // calls go out on the API channel only, as a plain envelope
    await bridge.invoke('getProject', {});
    expect(preload.invoked).toEqual([{ channel: API_CHANNEL, args: [{ method: 'getProject', input: {} }] }]);
    // a listener gets the event's payload, never Electron's event (whose sender is ipcRenderer)
    const received: unknown[] = [];
    const unsubscribe = bridge.onEvent((event) => received.push(event));
    const event: ApiEvent = { type: 'language-changed', lang: 'en' };
    for (const listener of preload.listeners.get(EVENT_CHANNEL) ?? []) listener({ sender: 'ipcRenderer' }, event);
    expect(received).toEqual([event]);
    unsubscribe();
    expect(preload.listeners.get(EVENT_CHANNEL)).toEqual([]);
  });
});

// ---- details behind the items ----

/** A renderer build with a page and a script, and a file beside it that must never be served. */
function rendererFixture(): string {
  const root = tempDir('brobygger-app-protocol-');
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Brobygger</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1);\n');
  writeFileSync(join(rendererDir, 'assets', 'data.bin'), 'x');
  writeFileSync(join(root, 'package.json'), '{"secret":true}');
  return rendererDir;
}

describe('the app:// protocol', () => {
  const root = '/opt/brobygger/out/renderer';
  let rendererDir = '';
  beforeEach(() => {
    rendererDir = rendererFixture();
  });

  it('names files inside the renderer build', () => {
    expect(appRequestFile('app://brobygger/index.html', root)).toBe(`${root}/index.html`);
    expect(appRequestFile('app://brobygger/assets/a%20b.js', root)).toBe(`${root}/assets/a b.js`);
    expect(appRequestFile('app://brobygger/', root)).toBe(`${root}/index.html`);
  });

  it('names nothing for other hosts or outside the build', () => {
    expect(appRequestFile('app://evil/index.html', root)).toBeNull();
    // the URL parser resolves dot segments against the origin's root: still inside the build
    expect(appRequestFile('app://brobygger/%2e%2e/%2e%2e/package.json', root)).toBe(`${root}/package.json`);
    expect(appRequestFile('app://brobygger/..%2f..%2fpackage.json', root)).toBeNull();
    expect(staticFilePath(root, '/..%2f..%2fpackage.json')).toBeNull();
    expect(staticFilePath(root, '/..%5c..%5cpackage.json')).not.toBe('/opt/brobygger/package.json');
    expect(staticFilePath(root, '/a%00.js')).toBeNull();
    expect(staticFilePath(root, '/%E0%A4%A')).toBeNull();
  });

  it('serves each file with its content type and the security headers', async () => {
    const handle = appProtocolHandler(rendererDir);
    const page = await handle(new Request('app://brobygger/'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>Brobygger</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const script = await handle(new Request('app://brobygger/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handle(new Request('app://brobygger/assets/data.bin'))).headers.get('content-type')).toBe('application/octet-stream');
    for (const res of [page, script]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('answers 404 with the security headers for traversals, folders, other hosts and missing files', async () => {
    const handle = appProtocolHandler(rendererDir);
    for (const url of ['app://brobygger/..%2fpackage.json', 'app://brobygger/assets/..%2f..%2fpackage.json', 'app://brobygger/assets', 'app://evil/index.html', 'app://brobygger/missing.js', 'app://brobygger/a%00.js']) {
      const res = await handle(new Request(url));
      const body = await res.text();
      expect({ url, status: res.status, nosniff: res.headers.get('x-content-type-options') }).toEqual({ url, status: 404, nosniff: 'nosniff' });
      expect(body).not.toContain('secret');
    }
  });

  it('answers HEAD without a body and refuses other methods with 405', async () => {
    const handle = appProtocolHandler(rendererDir);
    const head = await handle(new Request('app://brobygger/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handle(new Request('app://brobygger/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('links that leave the app', () => {
  it('are parsed plain http(s) addresses without credentials, written out by the parser', () => {
    expect(externalLink('https://vive.dk/rapport')).toBe('https://vive.dk/rapport');
    expect(externalLink('http://example.org')).toBe('http://example.org/');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'https://user:pw@example.org', 'https://user@example.org', 'not a url', ''])
      expect({ url, link: externalLink(url) }).toEqual({ url, link: null });
  });
});

describe('the window', () => {
  it('counts only its own app:// origin (and the dev server while developing) as home', () => {
    expect(isAppUrl('app://brobygger/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://brobygger/index.html')).toBe(false);
    expect(isAppUrl(`${DEV}/`, DEV)).toBe(true);
    expect(isAppUrl(`${DEV}/`)).toBe(false);
  });

  it('allows devtools, data and blob URLs besides its own files', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequest('blob:app://brobygger/1234')).toBe(true);
  });

  it('switches the spell checker off, which would send words to a service', () => {
    expect(securedSession().s.spellChecker).toBe(false);
    expect(secureWebPreferences('/p.cjs').spellcheck).toBe(false);
  });
});

describe('the IPC gate', () => {
  const main: FakeFrame = { url: 'app://brobygger/index.html', parent: null };

  it('passes a valid call from our own main frame to the engine, parsed', async () => {
    const { calls, handler } = apiGate();
    await expect(handler(ipcEvent(main, main), { method: 'saveProjectAs', input: { path: '/x.brobygger' } })).resolves.toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['saveProjectAs', { path: '/x.brobygger', overwrite: false }]]);
  });

  it('trusts the dev server only while developing', async () => {
    const devMain: FakeFrame = { url: `${DEV}/`, parent: null };
    expect(errorOf(await apiGate().handler(ipcEvent(devMain, devMain), { method: 'getProject', input: {} }))?.code).toBe('unsupported');
    expect(await apiGate(DEV).handler(ipcEvent(devMain, devMain), { method: 'getProject', input: {} })).toEqual({ ok: true, value: 'done' });
  });

  it('refuses a malformed envelope, an unknown method and bad input, in Danish', async () => {
    const { calls, handler } = apiGate();
    expect(errorOf(await handler(ipcEvent(main, main), 'getProject'))?.code).toBe('invalid');
    expect(errorOf(await handler(ipcEvent(main, main), { method: 'getProject', input: {}, extra: 1 }))?.code).toBe('invalid');
    expect(errorOf(await handler(ipcEvent(main, main), { method: 'rmrf', input: {} }))?.message).toMatch(/^Ugyldig værdi for method/);
    const bad = errorOf(await handler(ipcEvent(main, main), { method: 'apply', input: { command: { type: 'tie.add', tie: { source: 'a' } } } }));
    expect(bad?.problems.map((p) => p.path.join('.'))).toContain('apply.command.tie.target');
    expect(calls).toEqual([]);
  });
});

describe('the main process', () => {
  const mainDir = join(findAppRoot(fileURLToPath(import.meta.url)), 'src', 'main');
  /** Every call in a file of src/main, as `callee` text (`app.enableSandbox`, `secureApp`), and every property name. */
  const syntaxOf = (file: string) => {
    const source = ts.createSourceFile(file, readFileSync(join(mainDir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const calls: Array<{ callee: string; firstArgument: string | undefined }> = [];
    const properties: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const first = node.arguments[0];
        calls.push({ callee: node.expression.getText(source), firstArgument: first && ts.isStringLiteral(first) ? first.text : undefined });
      }
      if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) properties.push(node.name.getText(source));
      ts.forEachChild(node, visit);
    };
    visit(source);
    return { calls, properties };
  };

  it('applies every guard in src/main/index.ts with the functions tested here', () => {
    const called = new Set(syntaxOf('index.ts').calls.map((c) => c.callee));
    for (const guard of ['rendererSource', 'secureApp', 'registerAppScheme', 'secureSession', 'serveAppProtocol', 'registerApiHandler', 'mainWindowOptions'])
      expect({ guard, called: called.has(guard) }).toEqual({ guard, called: true });
  });

  it('keeps no second copy of a guard outside security.ts, app-protocol.ts and ipc.ts', () => {
    const guardCall = /(^|\.)(enableSandbox|setPermissionRequestHandler|setPermissionCheckHandler|setDevicePermissionHandler|setWindowOpenHandler|openExternal|registerSchemesAsPrivileged|onBeforeRequest|loadFile)$|^(ipcMain\.(handle|handleOnce|on|once)|protocol\.handle)$/;
    const others = readdirSync(mainDir).filter((f) => f.endsWith('.ts') && !['security.ts', 'app-protocol.ts', 'ipc.ts'].includes(f));
    expect(others).toContain('index.ts');
    for (const file of others) {
      const { calls, properties } = syntaxOf(file);
      const copies = [
        ...calls.filter((c) => guardCall.test(c.callee) || (c.callee.endsWith('.on') && c.firstArgument?.startsWith('will-'))).map((c) => c.callee),
        ...properties.filter((p) => p === 'webPreferences'),
      ];
      expect({ file, copies }).toEqual({ file, copies: [] });
    }
  });
});
