import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CodeChallengeMethod } from 'google-auth-library';
import type { GoogleSettings } from '../../shared/domain/settings';
import { createOAuthClient, type FetchLike } from './client';
import type { GoogleEndpoints } from './endpoints';
import { StoredCredentialsSchema, type StoredCredentials } from './tokens';

export const SCOPE_READ = 'https://www.googleapis.com/auth/calendar.readonly';
/** Only calendars Tactful created: it can never touch the user's own events. */
export const SCOPE_APP_CREATED = 'https://www.googleapis.com/auth/calendar.app.created';
/** Opt-in, for reminders written into the primary calendar. */
export const SCOPE_EVENTS = 'https://www.googleapis.com/auth/calendar.events';

export const DEFAULT_SIGN_IN_TIMEOUT_MS = 5 * 60_000;
const CALLBACK_PATH = '/oauth2/callback';

/** The least-privilege scopes for the user's settings. */
export function scopesFor(settings: Pick<GoogleSettings, 'reminderTarget'>): string[] {
  return [SCOPE_READ, settings.reminderTarget === 'primary' ? SCOPE_EVENTS : SCOPE_APP_CREATED];
}

export interface SignInOptions {
  endpoints: GoogleEndpoints;
  settings: Pick<GoogleSettings, 'clientId' | 'clientSecret' | 'reminderTarget'>;
  /** Opens the consent URL in the system browser (or prints it, for `--no-browser`). */
  openBrowser: (url: string) => void | Promise<void>;
  fetch?: FetchLike;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** The page the browser shows after the redirect; no scripts, no external resources. */
export function resultPage(ok: boolean, detail: string): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const title = ok ? 'Tactful is connected to Google Calendar' : 'Tactful could not connect to Google Calendar';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title><style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}</style>
</head><body><h1>${esc(title)}</h1><p>${esc(detail)}</p><p>You can close this tab and return to Tactful.</p></body></html>`;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

interface CallbackResult {
  code: string;
}

/**
 * Signs in with the system browser and a loopback redirect (RFC 8252): PKCE S256, a random
 * checked `state`, an ephemeral port on 127.0.0.1. Resolves with credentials incl. the refresh token.
 */
export async function signInWithBrowser(options: SignInOptions): Promise<StoredCredentials> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS;
  const state = randomBytes(32).toString('base64url');
  let settle: { resolve: (r: CallbackResult) => void; reject: (e: Error) => void } | undefined;
  const callback = new Promise<CallbackResult>((resolve, reject) => (settle = { resolve, reject }));
  // Marked handled now: a timeout may reject it before we get to await it.
  callback.catch(() => undefined);
  let done = false;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const reply = (status: number, ok: boolean, detail: string) => {
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(resultPage(ok, detail));
    };
    if (req.method !== 'GET' || url.pathname !== CALLBACK_PATH) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    if (done) return reply(400, false, 'This sign-in has already finished.');
    const gotState = url.searchParams.get('state') ?? '';
    // A callback without our state is someone else's request (another tab, a hostile page): ignore it.
    if (!sameSecret(gotState, state)) return reply(400, false, 'This sign-in link does not match the one Tactful started.');
    done = true;
    const error = url.searchParams.get('error');
    const code = url.searchParams.get('code');
    if (error || !code) {
      const detail = error === 'access_denied' ? 'Access was not granted.' : `Google answered: ${error ?? 'no code'}.`;
      reply(200, false, detail);
      settle?.reject(new Error(`Google sign-in did not complete: ${error === 'access_denied' ? 'access was denied' : (error ?? 'no code returned')}.`));
      return;
    }
    reply(200, true, 'Tactful can now read your calendar and add its reminders.');
    settle?.resolve({ code });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const redirectUri = `http://127.0.0.1:${port}${CALLBACK_PATH}`;
  let timer: NodeJS.Timeout | undefined;
  const onAbort = () => settle?.reject(new Error('Google sign-in was cancelled.'));

  try {
    const oauth = createOAuthClient({
      endpoints: options.endpoints,
      clientId: options.settings.clientId,
      clientSecret: options.settings.clientSecret,
      redirectUri,
      fetch: options.fetch,
    });
    const { codeVerifier, codeChallenge } = await oauth.generateCodeVerifierAsync();
    const scopes = scopesFor(options.settings);
    const authUrl = oauth.generateAuthUrl({
      access_type: 'offline',
      // Always show consent so Google issues a refresh token even on a repeat sign-in.
      prompt: 'consent',
      scope: scopes,
      state,
      code_challenge_method: CodeChallengeMethod.S256,
      code_challenge: codeChallenge,
    });
    timer = setTimeout(
      () =>
        settle?.reject(
          new Error(`Google sign-in timed out after ${Math.round(timeoutMs / 1000)} s: the browser never came back to Tactful. Try again.`),
        ),
      timeoutMs,
    );
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    await options.openBrowser(authUrl);
    const { code } = await callback;
    const { tokens } = await oauth.getToken({ code, codeVerifier, redirect_uri: redirectUri });
    if (!tokens.refresh_token) {
      throw new Error('Google did not return a refresh token; remove Tactful from your Google account permissions and connect again.');
    }
    if (tokens.scope) {
      // Google's consent screen lets the user untick scopes: say which one is missing now, not at first sync.
      const granted = new Set(tokens.scope.split(/\s+/));
      const missing = scopes.filter((s) => !granted.has(s));
      if (missing.length) {
        throw new Error(`Google sign-in is missing a permission Tactful needs (${missing.join(', ')}); connect again and allow it.`);
      }
    }
    const stored: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(tokens)) if (v !== null && v !== undefined) stored[k] = v;
    return StoredCredentialsSchema.parse(stored);
  } finally {
    done = true;
    if (timer) clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}
