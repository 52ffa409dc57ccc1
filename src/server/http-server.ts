import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CARRIED_TEXT_TYPE, carriedBody } from '../core/api/carried-text';
import type { ApiEvent, ApiResult } from '../core/api/contract';
import { SECURITY_HEADERS } from '../core/api/security-policy';
import { contentTypeOf, staticFilePath } from '../main/engine/static-files';

/**
 * Browser mode: the same renderer and the same API as the Electron app, served on 127.0.0.1
 * only. Static files are public (they hold no data); every API call must carry the per-run
 * token, and requests naming another host are refused (a guard against DNS rebinding).
 */
export interface ApiDispatcher {
  dispatch(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

export interface BrowserServer {
  url: string;
  /** the address with the token in its fragment, which browsers never send to the server */
  openUrl: string;
  port: number;
  token: string;
  /** resolves at the first request that carries the token: a browser has arrived with it */
  tokenUsed: Promise<void>;
  publish(event: ApiEvent): void;
  close(): Promise<void>;
}

export interface BrowserServerOptions {
  api: ApiDispatcher;
  rendererDir: string;
  port?: number;
  /** for tests; a random 256-bit token otherwise */
  token?: string;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

function tokenMatches(expected: Buffer, header: string | undefined): boolean {
  const m = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header ?? '');
  if (!m?.[1]) return false;
  const given = Buffer.from(m[1]);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserServer(opts: BrowserServerOptions): Promise<BrowserServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const expected = Buffer.from(token);
  const subscribers = new Set<ServerResponse>();
  let port = 0;
  let markTokenUsed = () => {};
  const tokenUsed = new Promise<void>((resolve) => {
    markTokenUsed = resolve;
  });

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 421, 'Misdirected request');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) return send(res, 403, 'Forbidden origin');

    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(expected, req.headers.authorization)) return send(res, 401, 'Missing or wrong token');
      markTokenUsed();
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
        res.write(': connected\n\n');
        subscribers.add(res);
        req.on('close', () => subscribers.delete(res));
        return;
      }
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return send(res, 415, 'Expected application/json');
      const body = await readBody(req);
      if (body === null) return send(res, 413, 'Request too large');
      let input: unknown;
      try {
        input = (JSON.parse(body) as { input?: unknown }).input ?? {};
      } catch {
        return send(res, 400, 'Body is not JSON');
      }
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        return send(res, 400, 'Bad method name');
      }
      const answer = await opts.api.dispatch(method, input);
      const carried = carriedBody(method, answer);
      if (carried !== null) return send(res, 200, carried, `${CARRIED_TEXT_TYPE}; charset=utf-8`);
      return send(res, 200, JSON.stringify(answer), 'application/json; charset=utf-8');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const file = staticFilePath(opts.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found');
    try {
      const st = await stat(file);
      if (!st.isFile()) return send(res, 404, 'Not found');
      const body = await readFile(file);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': contentTypeOf(file),
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'Not found');
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;

  return {
    url,
    openUrl: `${url}#token=${token}`,
    port,
    token,
    tokenUsed,
    publish(event) {
      const frame = `data: ${JSON.stringify(event)}\n\n`;
      for (const res of subscribers) res.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of subscribers) res.end();
        subscribers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
