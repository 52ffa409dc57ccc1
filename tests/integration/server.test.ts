import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerOfCarriedBody } from '../../src/core/api/carried-text';
import type { ApiEvent, ApiResult } from '../../src/core/api/contract';
import { startBrowserServer, type ApiDispatcher, type BrowserServer } from '../../src/server/http-server';
import { tempDir } from '../helpers/temp';

const TOKEN = 'test-token-0123456789abcdefghij';
const INDEX_HTML = '<!doctype html><title>Brobygger</title><script type="module" src="/assets/app.js"></script>';
const APP_JS = 'console.log("brobygger");\n';
const SECRET = '{"name":"outside-the-renderer","secret":true}';

/** An analysis as the engine's thread writes it: JSON text, with what needs escaping inside HTTP's JSON. */
const ANALYSIS_TEXT = JSON.stringify({ actors: [{ id: 'a"1', label: 'Søren "Bro" Ågård\n🚲', betweenness: -0.25 }], note: 'line\nbreak\\' });

/** A stand-in for the ProjectService: records each call and answers with its method name (an analysis with one as text). */
class FakeApi implements ApiDispatcher {
  readonly calls: Array<{ method: string; input: unknown }> = [];
  dispatch(method: string, input: unknown): Promise<ApiResult<unknown>> {
    this.calls.push({ method, input });
    if (method === 'analyze') return Promise.resolve({ ok: true, value: { revision: 3, result: ANALYSIS_TEXT, stage: 'structure', complete: false } });
    return Promise.resolve({ ok: true, value: { answeredBy: 'fake', method } });
  }
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

let server: BrowserServer;
let api: FakeApi;

/**
 * One request through node:http, which sends the path exactly as written (fetch would normalise
 * `..` away before it left the client) and lets a test set Host and Origin.
 */
function raw({ method = 'GET', path, headers = {}, body }: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path, headers, setHost: !('Host' in headers) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const apiCall = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  raw({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
    body: JSON.stringify({ input }),
  });

beforeEach(async () => {
  const root = tempDir('brobygger-server-');
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), APP_JS);
  // what a traversal out of the renderer folder would reach
  writeFileSync(join(root, 'package.json'), SECRET);
  api = new FakeApi();
  server = await startBrowserServer({ api, rendererDir, port: 0, token: TOKEN });
});

afterEach(async () => {
  await server.close();
});

describe('static files', () => {
  it('serves index.html at / without a token, with the security headers', async () => {
    const res = await raw({ path: '/' });

    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX_HTML);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves a script from assets/ without a token, as JavaScript, with the security headers', async () => {
    const res = await raw({ path: '/assets/app.js' });

    expect(res.status).toBe(200);
    expect(res.body).toBe(APP_JS);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await raw({ path: '/assets/missing.js' })).status).toBe(404);
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/assets/app.js%00.html',
  ])('refuses the path traversal %s with 404', async (path) => {
    const res = await raw({ path });

    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside-the-renderer');
    expect(res.body).not.toContain('root:');
  });

  it('answers 405 to a POST outside /api/', async () => {
    expect((await raw({ method: 'POST', path: '/index.html', body: 'x' })).status).toBe(405);
  });
});

describe('API calls', () => {
  it('are refused with 401 without a token, and never reach the dispatcher', async () => {
    const res = await raw({
      method: 'POST',
      path: '/api/getAppInfo',
      headers: { 'Content-Type': 'application/json' },
      body: '{"input":{}}',
    });

    expect(res.status).toBe(401);
    expect(api.calls).toEqual([]);
  });

  it.each([
    ['a wrong token', `Bearer ${TOKEN.replace(/.$/, 'X')}`],
    ['a token one character short', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token without "Bearer"', TOKEN],
    ['the token with a different scheme', `Basic ${TOKEN}`],
  ])('are refused with 401 with %s', async (_what, authorization) => {
    const res = await apiCall('getAppInfo', {}, { Authorization: authorization });

    expect(res.status).toBe(401);
    expect(api.calls).toEqual([]);
  });

  it("reach the dispatcher with the right token and answer 200 with the dispatcher's result", async () => {
    const res = await apiCall('openProject', { path: '/tmp/x.brobygger' });

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { answeredBy: 'fake', method: 'openProject' } });
    expect(api.calls).toEqual([{ method: 'openProject', input: { path: '/tmp/x.brobygger' } }]);
  });

  it('send an analysis’s text as it is after the rest of the answer, and the window reads back the very same text', async () => {
    const res = await apiCall('analyze', {});

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-brobygger-carried/);
    // the text is not escaped into a JSON string: it follows the envelope's line unchanged
    expect(res.body.endsWith(`\n${ANALYSIS_TEXT}`)).toBe(true);
    expect(answerOfCarriedBody(res.body)).toEqual({ ok: true, value: { revision: 3, result: ANALYSIS_TEXT, stage: 'structure', complete: false } });
  });

  it('send a refused analysis as JSON, as every other answer', async () => {
    const refusing: ApiDispatcher = { dispatch: () => Promise.resolve({ ok: false, error: { code: 'not-found', key: 'errors.noProject', params: {}, problems: [], message: 'no project' } }) };
    await server.close();
    server = await startBrowserServer({ api: refusing, rendererDir: join(tempDir('brobygger-server-'), 'renderer'), port: 0, token: TOKEN });
    const res = await apiCall('analyze', {});

    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { key: 'errors.noProject' } });
  });

  it('answer 405 to a GET', async () => {
    const res = await raw({ path: '/api/getAppInfo', headers: { Authorization: `Bearer ${TOKEN}` } });

    expect(res.status).toBe(405);
    expect(api.calls).toEqual([]);
  });

  it('answer 415 to a body that is not declared as JSON', async () => {
    const res = await apiCall('getAppInfo', {}, { 'Content-Type': 'text/plain' });

    expect(res.status).toBe(415);
    expect(api.calls).toEqual([]);
  });

  it('answer 400 to a body that is not JSON', async () => {
    const res = await raw({
      method: 'POST',
      path: '/api/getAppInfo',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: '{"input":',
    });

    expect(res.status).toBe(400);
    expect(api.calls).toEqual([]);
  });

  it('answer 400 to a method name that is not valid percent-encoding', async () => {
    const res = await raw({
      method: 'POST',
      path: '/api/%ZZ',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: '{"input":{}}',
    });

    expect(res.status).toBe(400);
    expect(api.calls).toEqual([]);
  });

  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1', 'localhost:1', '0.0.0.0:PORT'])(
    'are refused with 421 when the Host header is %s',
    async (host) => {
      const res = await apiCall('getAppInfo', {}, { Host: host.replace('PORT', String(server.port)) });

      expect(res.status).toBe(421);
      expect(api.calls).toEqual([]);
    },
  );

  it('are accepted with the Host header localhost:port', async () => {
    const res = await apiCall('getAppInfo', {}, { Host: `localhost:${server.port}` });

    expect(res.status).toBe(200);
    expect(api.calls).toHaveLength(1);
  });

  it('are refused with 403 when the Origin is another site', async () => {
    const res = await apiCall('getAppInfo', {}, { Origin: 'http://evil.example' });

    expect(res.status).toBe(403);
    expect(api.calls).toEqual([]);
  });

  it('are accepted when the Origin is the server itself', async () => {
    const res = await apiCall('getAppInfo', {}, { Origin: `http://127.0.0.1:${server.port}` });

    expect(res.status).toBe(200);
    expect(api.calls).toHaveLength(1);
  });

  it('refuse a static file too when the Host header names another site', async () => {
    expect((await raw({ path: '/', headers: { Host: 'evil.example' } })).status).toBe(421);
  });
});

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the listening socket', () => {
  it('is on 127.0.0.1 only', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.openUrl).toBe(`http://127.0.0.1:${server.port}/#token=${TOKEN}`);
    expect(await accepts('127.0.0.1', server.port)).toBe(true);

    // every other address of this machine, the IPv6 loopback included, must be refused
    const others = Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      .filter((a) => a.address !== '127.0.0.1' && !a.address.startsWith('fe80:'))
      .map((a) => a.address);
    expect(others.length).toBeGreaterThan(0);
    for (const address of others) expect(await accepts(address, server.port), address).toBe(false);
  });
});

/** Opens /api/events and collects the stream's text until the test ends it. */
function subscribe(headers: Record<string, string>): Promise<{ res: IncomingMessage; text: () => string; end: () => void }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      resolve({ res, text: () => text, end: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('events', () => {
  it('reach a client reading /api/events with the token as SSE data lines', async () => {
    const stream = await subscribe({ Authorization: `Bearer ${TOKEN}` });
    try {
      expect(stream.res.statusCode).toBe(200);
      expect(stream.res.headers['content-type']).toMatch(/^text\/event-stream/);
      await waitFor(() => stream.text().includes(': connected'), 'the stream to open');

      const first: ApiEvent = { type: 'project-changed', revision: 7, path: '/tmp/p.brobygger' };
      const second: ApiEvent = { type: 'language-changed', lang: 'en' };
      server.publish(first);
      server.publish(second);
      await waitFor(() => stream.text().includes('language-changed'), 'the events');

      const data = stream
        .text()
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => JSON.parse(line.slice('data: '.length)) as unknown);
      expect(data).toEqual([first, second]);
    } finally {
      stream.end();
    }
  });

  it('are refused with 401 without the token', async () => {
    const stream = await subscribe({});
    try {
      expect(stream.res.statusCode).toBe(401);
      server.publish({ type: 'project-changed', revision: 1, path: null });
      await new Promise((r) => setTimeout(r, 50));
      expect(stream.text()).not.toContain('data:');
    } finally {
      stream.end();
    }
  });
});
