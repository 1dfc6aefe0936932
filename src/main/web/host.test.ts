import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from './host';

const ROOT = resolve(__dirname, '../../..');
let host: WebHost;
let token: string;

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'tactful-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
  host = await startWebHost({
    dataDir: mkdtempSync(join(tmpdir(), 'tactful-web-')),
    rendererDir,
    resourcesDir: join(ROOT, 'resources'),
    clock: () => new Date('2026-10-13T13:30:00Z'),
    timeZone: 'America/New_York',
    locale: 'en-US',
  });
  token = new URL(host.url).hash.replace('#token=', '');
});
afterAll(() => host.close());

/** Raw HTTP, so the Host header and odd paths go out exactly as written. */
function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(host.origin);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end(init.body);
  });
}
const call = (method: string, payload: unknown, t = token) =>
  raw(`/__tactful/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tactful-token': t, host: new URL(host.origin).host },
    body: JSON.stringify(payload),
  });

describe('browser host', () => {
  it('binds to loopback and hands out a secret only in the URL fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the app with the CSP header and the bridge ahead of the app script', async () => {
    const res = await raw('/', { headers: { host: new URL(host.origin).host } });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body.indexOf('web-bridge.js')).toBeLessThan(res.body.indexOf('assets/app.js'));
  });

  it('answers API calls with the secret, through the same contract', async () => {
    const res = await call('getOverview', {});
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(true);
    expect(body.value.applications).toEqual([]);
  });

  it('refuses calls without the right secret', async () => {
    expect((await call('getOverview', {}, 'wrong')).status).toBe(403);
    expect((await call('getOverview', {}, '')).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await raw('/__tactful/api/getOverview', {
      method: 'POST',
      headers: { host: 'evil.example:80', 'content-type': 'application/json', 'x-tactful-token': token },
      body: '{}',
    });
    expect(res.status).toBe(421);
  });

  it('validates payloads like the Electron handlers do', async () => {
    const body = JSON.parse((await call('recordOutcome', { applicationId: 'x', outcome: 'hired' })).body);
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const notJson = await raw('/__tactful/api/getOverview', {
      method: 'POST',
      headers: { host: new URL(host.origin).host, 'content-type': 'application/json', 'x-tactful-token': token },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt']) {
      const res = await raw(path, { headers: { host: new URL(host.origin).host } });
      expect(res.status, path).toBe(404);
    }
  });

  it('refuses the event stream without the secret', async () => {
    expect((await raw('/__tactful/events?token=nope', { headers: { host: new URL(host.origin).host } })).status).toBe(403);
  });
});
