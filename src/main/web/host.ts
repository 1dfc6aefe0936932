import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { APP_VERSION as version } from '../version';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { createDispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { createEngine, DOCS_URL, type Engine, type EngineOptions } from '../engine';
import type { EventName } from '../../shared/ipc/methods';
import type { SyncStatus } from '../../shared/ipc/contract';
import type { GoogleController } from '../google-controller';

export interface WebHostOptions extends EngineOptions {
  rendererDir: string;
  port?: number;
  /** Google for this host, given the engine's service (see createGoogleController). */
  google?: (service: Engine['service'], push: (status: SyncStatus) => void) => GoogleController;
  log?: (line: string) => void;
}

export interface WebHost extends Engine {
  google?: GoogleController;
  /** Open this in a browser: it carries the per-run secret in its fragment. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

const MAX_BODY = 25 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Serves the built renderer to a browser, with the preload API bridged over HTTP to the same
 * main-process services and handlers the Electron window uses. Bound to 127.0.0.1 only; every
 * API call needs the per-run secret; the Host header must be ours (no DNS rebinding).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  // With Google, the overview shows the controller's live status (running, phase), as in Electron.
  const late: { google?: GoogleController } = {};
  const engine = createEngine(options.google ? { ...options, syncStatus: () => late.google!.status() } : options);
  const { service, ics } = engine;
  const log = options.log ?? (() => {});
  const token = randomBytes(24).toString('base64url');
  const clients = new Set<ServerResponse>();
  const push = (event: EventName, payload: unknown) => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of clients) client.write(data);
  };
  const unsupported = async (): Promise<never> => {
    throw new Error('Google sign-in is not set up in this host.');
  };
  const google = (late.google = options.google?.(service, (status) => push('syncStatus', status)));
  const handlers = createHandlers(service, ics, {
    openExternal: async (url) => log(`open externally: ${url}`),
    google: google ?? { connect: unsupported, disconnect: unsupported, syncNow: unsupported },
    appInfo: () => ({
      name: 'Tactful',
      version,
      host: 'browser',
      versions: { node: process.versions.node },
      dataDir: options.dataDir,
      docsUrl: DOCS_URL,
    }),
    sampleBatch: engine.sample,
  });
  const dispatch = createDispatch(handlers, log);
  let pending: NodeJS.Timeout | undefined;
  const stopListening = service.onChange(() => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      push('overviewChanged', service.overview());
      void ics.keepFileCurrent().catch((e: Error) => log(`could not rewrite the .ics file: ${e.message}`));
    }, 30);
  });

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: Error) => {
      log(`request failed: ${error.stack}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  let origin = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host && host !== new URL(origin).host.replace('127.0.0.1', 'localhost')) {
      res.writeHead(421).end('Misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/__tactful/api/')) {
      if (req.method !== 'POST' || !authorised(req.headers['x-tactful-token'])) {
        json(res, 403, { ok: false, error: { code: 'forbidden', message: 'This page may not talk to Tactful.' } });
        return;
      }
      if (!String(req.headers['content-type']).startsWith('application/json')) {
        json(res, 415, { ok: false, error: { code: 'invalid-request', message: 'Send JSON.' } });
        return;
      }
      let payload: unknown;
      try {
        payload = JSON.parse(await body(req));
      } catch (error) {
        json(res, 400, { ok: false, error: { code: 'invalid-request', message: (error as Error).message } });
        return;
      }
      json(res, 200, await dispatch(url.pathname.slice('/__tactful/api/'.length), payload));
      return;
    }
    if (url.pathname === '/__tactful/events') {
      if (!authorised(url.searchParams.get('token') ?? undefined)) {
        res.writeHead(403).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    await serveStatic(url.pathname, res);
  }

  function authorised(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string') return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const root = normalize(options.rendererDir);
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      res.writeHead(404).end('Not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (extname(file) === '.html') {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      headers['referrer-policy'] = 'no-referrer';
      // The bridge must define window.tactful before the app's own module runs.
      content = Buffer.from(
        content.toString('utf8').replace(/<script type="module"/, '<script type="module" src="./web-bridge.js"></script>\n    <script type="module"'),
      );
    }
    res.writeHead(200, headers).end(content);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...engine,
    origin,
    url: `${origin}/#token=${token}`,
    ...(google ? { google } : {}),
    close: async () => {
      google?.stop();
      stopListening();
      clearTimeout(pending);
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(value));
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('The request is too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
