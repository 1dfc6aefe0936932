import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { hardenWebContents } from './harden';
import { isSafeExternalUrl } from './url-guard';
import { mainWindowOptions, secureWebPreferences } from './window-options';
import { appUrlMatcher } from './app-url';

describe('window webPreferences', () => {
  it('keeps isolation and the sandbox on and Node off', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs', undefined, false).webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(prefs).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
  });

  it('restores a remembered size and position', () => {
    const o = mainWindowOptions('p', { x: 10, y: 20, width: 900, height: 700, maximized: false }, true);
    expect(o).toMatchObject({ x: 10, y: 20, width: 900, height: 700, show: false });
  });
});

describe('external URL guard', () => {
  const allowed = [
    'https://example.com',
    'https://docs.example.org/path?q=1#frag',
    'https://github.com/tactful-app/tactful/blob/main/docs/etiquette.md#thank-you',
    'mailto:dana@globex.com?subject=Thank%20you&body=Hi%20Dana',
  ];
  const hostile = [
    'http://example.com',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'smb://attacker/share',
    'ftp://example.com/file',
    'chrome://settings',
    'about:blank',
    'https://user:pass@example.com',
    'https://localhost',
    'https://',
    'https://example.com\n.evil.com',
    'https://exa\u0000mple.com',
    'https://example.com./',
    'mailto://evil.com/x',
    '//example.com',
    'example.com',
    '',
    'https://' + 'a'.repeat(5000) + '.com',
  ];
  it.each(allowed)('allows %s', (url) => expect(isSafeExternalUrl(url)).toBe(true));
  it.each(hostile)('refuses %j', (url) => expect(isSafeExternalUrl(url)).toBe(false));
  it('refuses non-strings', () => expect(isSafeExternalUrl(42 as unknown as string)).toBe(false));
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const handlers: Record<string, (...args: unknown[]) => void> = {};
    let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' });
    let permission: (wc: unknown, p: string, cb: (ok: boolean) => void) => void = () => {};
    const contents = {
      on: (name: string, fn: (...args: unknown[]) => void) => {
        handlers[name] = fn;
        return contents;
      },
      setWindowOpenHandler: (fn: typeof openHandler) => {
        openHandler = fn;
      },
      session: {
        setPermissionRequestHandler: (fn: typeof permission) => {
          permission = fn;
        },
        setPermissionCheckHandler: () => {},
      },
    };
    return { contents, handlers, open: (url: string) => openHandler({ url }), permission: (p: string, cb: (ok: boolean) => void) => permission(null, p, cb) };
  }
  const isApp = (url: string) => url.startsWith('file:///app/index.html');

  it('denies navigation away from the app and hands only safe URLs to the OS', () => {
    const f = fakeContents();
    const external = vi.fn();
    hardenWebContents(f.contents as never, isApp, external);
    for (const url of ['https://example.com', 'javascript:alert(1)', 'file:///etc/passwd']) {
      const event = { preventDefault: vi.fn() };
      f.handlers['will-navigate']!(event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(external.mock.calls).toEqual([['https://example.com']]);
    const inApp = { preventDefault: vi.fn() };
    f.handlers['will-navigate']!(inApp, 'file:///app/index.html#today');
    expect(inApp.preventDefault).not.toHaveBeenCalled();
  });

  it('never opens a new window and never attaches a webview', () => {
    const f = fakeContents();
    const external = vi.fn();
    hardenWebContents(f.contents as never, isApp, external);
    expect(f.open('https://example.com')).toEqual({ action: 'deny' });
    expect(f.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(external.mock.calls).toEqual([['https://example.com']]);
    const event = { preventDefault: vi.fn() };
    f.handlers['will-attach-webview']!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('refuses every permission request', () => {
    const f = fakeContents();
    hardenWebContents(f.contents as never, isApp, vi.fn());
    const cb = vi.fn();
    f.permission('media', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });
});

describe('app URL matcher', () => {
  it('accepts only the built index.html or the dev server origin', () => {
    const m = appUrlMatcher('/app/out/renderer/index.html', 'http://localhost:5173/');
    expect(m('file:///app/out/renderer/index.html')).toBe(true);
    expect(m('file:///app/out/renderer/index.html#/today')).toBe(true);
    expect(m('http://localhost:5173/index.html')).toBe(true);
    expect(m('file:///app/out/renderer/other.html')).toBe(false);
    expect(m('https://evil.com/')).toBe(false);
    expect(m('not a url')).toBe(false);
    expect(appUrlMatcher('/app/out/renderer/index.html', undefined)('http://localhost:5173/')).toBe(false);
  });
});

describe('Content Security Policy', () => {
  it('is strict: no inline script, self only', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('is the same in index.html and in the browser host header', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
