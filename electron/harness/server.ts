// The web harness: the built renderer served on 127.0.0.1 only, with window.api forwarded over HTTP to the same
// dispatcher and core that Electron uses. Every API request must carry this run's random token; the Host header
// must be our own address (no DNS rebinding). Used by `npm start` when Electron is missing, and by the e2e tests.
import crypto from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { logDirOf, openAppLog } from '../core/app/appLog';
import { Workspace } from '../core/app/workspace';
import { callNames } from '../core/callNames';
import { createCallContext } from '../core/context';
import { defaultDatabasePath } from '../core/db/paths';
import { clearAllPreviews } from '../core/documents/preview';
import { OPEN_KINDS, acceptOf } from '../core/files/kinds';
import { handlers } from '../core/handlers';
import type { CallContext } from '../core/handlerTypes';
import type { OpenKind } from '../core/platform/port';
import { contentSecurityPolicy } from '../host/csp';
import { createDispatcher } from '../host/dispatcher';
import type { Dispatch } from '../host/dispatcher';
import { contentTypeOf, resolveStaticPath } from '../host/staticFiles';
import { errorMessage, ui } from '../shared/messages';
import { bridgeScript } from './bridge';
import type { HarnessPlatform } from './platform';
import { harnessPlatform, safeFileName } from './platform';
import { makeHarnessTemp, removeDeadHarnessTemps } from './tempDirs';

export interface HarnessOptions {
  rendererRoot: string;
  dataDir: string;
  port?: number;
  appVersion?: string;
  /** where uploads and "saved" files go; a fresh temp folder when absent */
  tempDir?: string;
  /** each app log line is also shown here (the terminal), redacted as written */
  log?: (line: string) => void;
  /** the app log's folder: <dataDir>/log when absent (the e2e tests collect every harness's log in one place) */
  logDir?: string;
}

export interface Harness {
  url: string;
  origin: string;
  token: string;
  workspace: Workspace;
  platform: HarnessPlatform;
  /** the app log file (satgas.log) this harness writes */
  logFile: string;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;
const BRIDGE_PATH = '/__harness/bridge.js';
const UPLOAD_PATH = '/__harness/upload';
const FILE_PATH = '/__harness/file/';

function tokensMatch(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return readBytes(req).then((b) => b.toString('utf8'));
}

function readBytes(req: http.IncomingMessage): Promise<Buffer> {
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
    req.on('end', () => resolve(Buffer.concat(chunks)));
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

/** The page uploads a file it picked; the next files.choose returns it (the harness's stand-in for a dialog). */
async function serveUpload(req: http.IncomingMessage, res: http.ServerResponse, platform: HarnessPlatform, name: string, folder: string | null): Promise<void> {
  try {
    const bytes = await readBytes(req);
    const dir = path.join(platform.uploadsDir, crypto.randomUUID());
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, safeFileName(name));
    await fs.writeFile(file, bytes);
    platform.queueUpload(file);
    if (folder) platform.queueFolderName(folder);
    send(res, 200, 'application/json', JSON.stringify({ ok: true }));
  } catch {
    send(res, 413, 'application/json', JSON.stringify({ ok: false }));
  }
}

/** A file the app saved or the user chose, by its reference, for the page to open or download. */
async function serveFile(res: http.ServerResponse, ctx: CallContext, ref: string): Promise<void> {
  try {
    const entry = ctx.files.get(ref);
    const body = await fs.readFile(entry.path);
    res.writeHead(200, { 'Content-Type': contentTypeOf(entry.path), 'X-File-Name': encodeURIComponent(entry.name), 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
    res.end(body);
  } catch {
    send(res, 404, 'text/plain', 'Not found');
  }
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
  const ownTemp = !options.tempDir;
  if (ownTemp) removeDeadHarnessTemps(os.tmpdir());
  const tempDir = options.tempDir ?? makeHarnessTemp(os.tmpdir());
  const appLog = openAppLog(options.logDir ?? logDirOf(options.dataDir), { ...(options.log ? { echo: options.log } : {}) });
  const platform = harnessPlatform(options.dataDir, tempDir, appLog.line);
  clearAllPreviews({ platform });
  const workspace = new Workspace({ dbFile: defaultDatabasePath(platform.userDataDir()), appVersion: options.appVersion ?? '0.0.0-harness', log: appLog.line });
  await workspace.open();
  const logError = (e: unknown, call: string) => appLog.error(e, call);
  const ctx = createCallContext(workspace, platform, (e) => logError(e, 'job'));
  const dispatch = createDispatcher(handlers, ctx, logError);
  const token = crypto.randomBytes(24).toString('hex');
  const accept = Object.fromEntries(Object.keys(OPEN_KINDS).map((k) => [k, acceptOf(k as OpenKind)]));
  const bridge = bridgeScript(callNames, accept, ui.files.defaultName);
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
    const isApi = url.pathname.startsWith('/__api/');
    const isUpload = url.pathname === UPLOAD_PATH;
    const isFile = url.pathname.startsWith(FILE_PATH);
    if (isApi || isUpload || isFile) {
      const fromPage = req.headers.origin === undefined || req.headers.origin === origin;
      if (req.method !== 'POST' || !fromPage || !tokensMatch(req.headers['x-satgas-token'] as string | undefined, token)) {
        return send(res, 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'forbidden-sender', message: errorMessage('forbidden-sender') } }));
      }
      if (isUpload) return void serveUpload(req, res, platform, url.searchParams.get('name') ?? ui.files.defaultName, url.searchParams.get('folder'));
      if (isFile) return void serveFile(res, ctx, decodeURIComponent(url.pathname.slice(FILE_PATH.length)));
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
    workspace,
    platform,
    logFile: appLog.file,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        workspace.close();
        clearAllPreviews({ platform });
        if (ownTemp) fsSync.rmSync(tempDir, { recursive: true, force: true });
        resolve();
      });
    }),
  };
}
