import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { appRequestFile } from '../../src/main/app-protocol';
import { createApiHandler } from '../../src/main/ipc';
import { menuTemplate, type MenuActions } from '../../src/main/menu';
import { isAllowedRequest, isAppUrl, isSafeExternalUrl, isTrustedSender } from '../../src/main/security-rules';
import { staticFilePath } from '../../src/main/engine/static-files';
import { createTranslator } from '../../src/core/i18n/catalogue';
import type { ApiResult } from '../../src/core/api/contract';

const da = createTranslator('da');

describe('links that leave the app', () => {
  it('open only plain http(s) addresses without credentials', () => {
    expect(isSafeExternalUrl('https://vive.dk/rapport')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'https://user:pw@example.org', 'not a url'])
      expect({ url, safe: isSafeExternalUrl(url) }).toEqual({ url, safe: false });
  });
});

describe('the window', () => {
  it('stays on its own app:// origin', () => {
    expect(isAppUrl('app://brobygger/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://brobygger/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
  });

  it('loads nothing from the network', () => {
    expect(isAllowedRequest('app://brobygger/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
  });
});

describe('the app:// protocol', () => {
  const root = '/opt/brobygger/out/renderer';

  it('serves files inside the renderer build', () => {
    expect(appRequestFile('app://brobygger/index.html', root)).toBe(`${root}/index.html`);
    expect(appRequestFile('app://brobygger/assets/a%20b.js', root)).toBe(`${root}/assets/a b.js`);
    expect(appRequestFile('app://brobygger/', root)).toBe(`${root}/index.html`);
  });

  it('refuses other hosts and anything outside the build', () => {
    expect(appRequestFile('app://evil/index.html', root)).toBeNull();
    // the URL parser resolves dot segments against the origin's root: still inside the build
    expect(appRequestFile('app://brobygger/%2e%2e/%2e%2e/package.json', root)).toBe(`${root}/package.json`);
    expect(appRequestFile('app://brobygger/..%2f..%2fpackage.json', root)).toBeNull();
    expect(staticFilePath(root, '/..%2f..%2fpackage.json')).toBeNull();
    expect(staticFilePath(root, '/a%00.js')).toBeNull();
    expect(staticFilePath(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('the IPC gate', () => {
  const mainFrame = { url: 'app://brobygger/index.html', parent: null };
  const event = (frame: { url: string; parent: unknown }) =>
    ({ senderFrame: frame, sender: { mainFrame } }) as unknown as IpcMainInvokeEvent;
  const calls: Array<[string, unknown]> = [];
  const handler = createApiHandler({
    isTrusted: (e) => isTrustedSender(e.senderFrame, e.sender.mainFrame),
    translator: () => da,
    call: (method, input) => {
      calls.push([method, input]);
      return Promise.resolve({ ok: true, value: 'done' });
    },
  });
  const errorOf = (r: ApiResult<unknown>) => (r.ok ? null : r.error);

  it('passes a valid call from our own main frame to the engine, parsed', async () => {
    calls.length = 0;
    await expect(handler(event(mainFrame), { method: 'saveProjectAs', input: { path: '/x.brobygger' } })).resolves.toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['saveProjectAs', { path: '/x.brobygger', overwrite: false }]]);
  });

  it('refuses calls from a subframe or another origin before they reach the engine', async () => {
    calls.length = 0;
    expect(errorOf(await handler(event({ url: 'app://brobygger/x', parent: mainFrame }), { method: 'getProject', input: {} }))?.params).toMatchObject({ name: 'sender' });
    const foreign = { url: 'https://evil.example/', parent: null };
    const fromForeign = createApiHandler({ isTrusted: (e) => isTrustedSender(e.senderFrame, foreign), translator: () => da, call: () => Promise.reject(new Error('reached')) });
    expect(errorOf(await fromForeign(event(foreign), { method: 'getProject', input: {} }))?.code).toBe('unsupported');
    expect(calls).toEqual([]);
  });

  it('refuses a malformed envelope, an unknown method and bad input, in Danish', async () => {
    expect(errorOf(await handler(event(mainFrame), 'getProject'))?.code).toBe('invalid');
    expect(errorOf(await handler(event(mainFrame), { method: 'rmrf', input: {} }))?.message).toMatch(/^Ugyldig værdi for method/);
    const bad = errorOf(await handler(event(mainFrame), { method: 'apply', input: { command: { type: 'tie.add', tie: { source: 'a' } } } }));
    expect(bad?.problems.map((p) => p.path.join('.'))).toContain('apply.command.tie.target');
    expect(calls).toEqual([]);
  });
});

describe('the native menus', () => {
  const noop = () => undefined;
  const actions: MenuActions = {
    newProject: noop, open: noop, openRecent: noop, clearRecent: noop, openSample: noop, saveAs: noop,
    close: noop, undo: noop, redo: noop, setLanguage: noop, about: noop,
  };
  const base = { hasProject: true, recent: [], language: 'da' as const, isMac: false, isDev: false };
  type Item = { label?: string; enabled?: boolean; registerAccelerator?: boolean; submenu?: unknown };
  const items = (template: unknown[]): Item[] => template.flatMap((m) => [m as Item, ...(Array.isArray((m as Item).submenu) ? items((m as Item).submenu as unknown[]) : [])]);

  it('are in Danish, with File, Edit, View and Help', () => {
    expect(menuTemplate(da, { ...base, history: null }, actions).map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
  });

  it('name the step Undo would undo, and disable Undo and Redo when there is none', () => {
    const withHistory = items(menuTemplate(da, { ...base, history: { undoCount: 2, redoCount: 0, undo: { key: 'history.actorAdd', params: { label: 'Åse' } }, redo: null } }, actions));
    const undo = withHistory.find((i) => i.label?.startsWith('Fortryd'));
    expect(undo).toMatchObject({ label: 'Fortryd tilføj "Åse"', enabled: true, registerAccelerator: false });
    expect(withHistory.find((i) => i.label === 'Gentag')).toMatchObject({ enabled: false });
  });

  it('offer Save As and Close only with a project open', () => {
    const none = items(menuTemplate(da, { ...base, hasProject: false, history: null }, actions));
    expect(none.find((i) => i.label === 'Gem som…')?.enabled).toBe(false);
    expect(none.find((i) => i.label === 'Luk projekt')?.enabled).toBe(false);
  });

  it('list recent projects that still exist', () => {
    const recent = [
      { path: '/a.brobygger', name: 'A', openedAt: '', exists: true },
      { path: '/gone.brobygger', name: 'Gone', openedAt: '', exists: false },
    ];
    const labels = items(menuTemplate(da, { ...base, recent, history: null }, actions)).map((i) => i.label);
    expect(labels).toContain('A — /a.brobygger');
    expect(labels.some((l) => l?.startsWith('Gone'))).toBe(false);
  });
});
