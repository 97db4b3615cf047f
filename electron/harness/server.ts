// The web harness: the built renderer served on 127.0.0.1 only, with window.api forwarded over HTTP to the same
// dispatcher and core that Electron uses. Every API request must carry this run's random token; the Host header
// must be our own address (no DNS rebinding). Used by `npm start` when Electron is missing, and by the e2e tests.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppSession } from '../core/app/session';
import { callNames } from '../core/contract';
import { defaultDatabasePath } from '../core/db/paths';
import { handlers } from '../core/handlers';
import { contentSecurityPolicy } from '../csp';
import { createDispatcher } from '../ipc';
import { errorMessage } from '../shared/messages';
import type { Dispatch } from '../ipc';
import { contentTypeOf, resolveStaticPath } from '../staticFiles';
import { bridgeScript } from './bridge';
import { harnessPlatform } from './platform';

export interface HarnessOptions {
  rendererRoot: string;
  dataDir: string;
  port?: number;
  appVersion?: string;
  log?: (line: string) => void;
}

export interface Harness {
  url: string;
  origin: string;
  token: string;
  session: AppSession;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;
const BRIDGE_PATH = '/__harness/bridge.js';

function tokensMatch(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': contentSecurityPolicy(), 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(body);
}

async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, dispatch: Dispatch, name: string): Promise<void> {
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body ? JSON.parse(body) : {};
  } catch {
    send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid-input', message: errorMessage('invalid-input', { detail: 'JSON' }) } }));
    return;
  }
  send(res, 200, 'application/json', JSON.stringify(await dispatch(name, input)));
}

async function serveStatic(res: http.ServerResponse, root: string, urlPath: string): Promise<void> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) return send(res, 404, 'text/plain', 'Not found');
  try {
    let body: string | Buffer = await fs.readFile(file);
    if (file.endsWith('index.html')) {
      body = body.toString('utf8').replace('<head>', `<head>\n    <script src="${BRIDGE_PATH}"></script>`);
    }
    send(res, 200, contentTypeOf(file), body);
  } catch {
    send(res, 404, 'text/plain', 'Not found');
  }
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const platform = harnessPlatform(options.dataDir, options.log);
  const session = new AppSession({ dbFile: defaultDatabasePath(platform.userDataDir()), appVersion: options.appVersion ?? '0.0.0-harness', log: options.log });
  await session.open();
  const dispatch = createDispatcher(handlers, { session }, (e, call) => options.log?.(`error in ${call}: ${(e as Error).stack ?? String(e)}`));
  const token = crypto.randomBytes(24).toString('hex');
  const bridge = bridgeScript(callNames);
  let origin = '';

  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch {
      // a malformed address (a bad %-escape) must not bring the harness down
      if (!res.headersSent) send(res, 400, 'text/plain', 'Bad request');
    }
  });

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host) return send(res, 403, 'text/plain', 'Forbidden');
    if (url.pathname.startsWith('/__api/')) {
      const fromPage = req.headers.origin === undefined || req.headers.origin === origin;
      if (req.method !== 'POST' || !fromPage || !tokensMatch(req.headers['x-satgas-token'] as string | undefined, token)) {
        return send(res, 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'forbidden-sender', message: errorMessage('forbidden-sender') } }));
      }
      void serveApi(req, res, dispatch, decodeURIComponent(url.pathname.slice('/__api/'.length)));
      return;
    }
    if (url.pathname === BRIDGE_PATH) return send(res, 200, 'text/javascript; charset=utf-8', bridge);
    void serveStatic(res, options.rendererRoot, url.pathname);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    session,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        session.close();
        resolve();
      });
    }),
  };
}
