import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCOPES, startGoogleStandIn, type GoogleStandIn } from '../../../e2e/google-standin';
import { googleEndpoints } from './endpoints';
import { SCOPE_APP_CREATED, SCOPE_EVENTS, SCOPE_READ, scopesFor, signInWithBrowser } from './auth';
import { createGoogleSync } from './index';
import { connectedSync, FakeHost, googleEvent, makeReminder, STANDIN_CLIENT_ID, STANDIN_CLIENT_SECRET } from './test-support';
import { MemoryTokenStore } from './tokens';

let g: GoogleStandIn;
beforeEach(async () => {
  g = await startGoogleStandIn();
});
afterEach(async () => g.close());

/** Plays the browser: follows the consent redirect to our loopback server, returns the page shown. */
function fakeBrowser() {
  const seen: { url?: string; page?: string } = {};
  return {
    seen,
    open: async (url: string) => {
      seen.url = url;
      const res = await fetch(url); // stand-in 302 → our 127.0.0.1 callback
      seen.page = await res.text();
    },
  };
}

const settings = { clientId: STANDIN_CLIENT_ID, clientSecret: STANDIN_CLIENT_SECRET, reminderTarget: 'tactful-calendar' as const };

describe('scopesFor', () => {
  it('asks for the least privilege', () => {
    expect(scopesFor({ reminderTarget: 'tactful-calendar' })).toEqual([SCOPE_READ, SCOPE_APP_CREATED]);
    expect(scopesFor({ reminderTarget: 'primary' })).toEqual([SCOPE_READ, SCOPE_EVENTS]);
  });
});

describe('sign-in against the stand-in', () => {
  it('PKCE S256 + state + loopback redirect yields a refresh token', async () => {
    const browser = fakeBrowser();
    const creds = await signInWithBrowser({ endpoints: googleEndpoints({ TACTFUL_GOOGLE_API_ROOT: g.origin }), settings, openBrowser: browser.open });
    expect(creds.refresh_token).toBeTruthy();
    expect(creds.access_token).toBeTruthy();
    const url = new URL(browser.seen.url!);
    expect(url.origin).toBe(g.origin);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')!.length).toBeGreaterThanOrEqual(40);
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(url.searchParams.get('access_type')).toBe('offline');
    expect(url.searchParams.get('scope')!.split(' ')).toEqual([SCOPE_READ, SCOPE_APP_CREATED]);
    expect(browser.seen.page).toContain('return to Tactful');
  });

  it('denied consent: clear error, friendly page', async () => {
    g.approveNextConsent({ deny: true });
    const browser = fakeBrowser();
    await expect(
      signInWithBrowser({ endpoints: googleEndpoints({ TACTFUL_GOOGLE_API_ROOT: g.origin }), settings, openBrowser: browser.open }),
    ).rejects.toThrow(/access was denied/);
    expect(browser.seen.page).toContain('Access was not granted');
  });

  it('a callback with the wrong state is refused; no answer times out clearly', async () => {
    let forged: Response | undefined;
    await expect(
      signInWithBrowser({
        endpoints: googleEndpoints({ TACTFUL_GOOGLE_API_ROOT: g.origin }),
        settings,
        timeoutMs: 300,
        openBrowser: async (url) => {
          const redirect = new URL(url).searchParams.get('redirect_uri')!;
          forged = await fetch(`${redirect}?code=stolen&state=guess`);
        },
      }),
    ).rejects.toThrow(/timed out/);
    expect(forged?.status).toBe(400);
  });

  it('createGoogleSync.signIn stores tokens, learns the account, then sync works', async () => {
    const host = new FakeHost();
    const tokens = new MemoryTokenStore();
    const browser = fakeBrowser();
    const sync = createGoogleSync({ host, tokenStore: tokens, env: { TACTFUL_GOOGLE_API_ROOT: g.origin }, openBrowser: browser.open, sleep: async () => undefined });
    const status = await sync.signIn();
    expect(status).toMatchObject({ status: 'connected', accountEmail: 'sam.rivera@gmail.com' });
    expect(tokens.credentials?.refresh_token).toBeTruthy();
    g.seedEvents('sam.rivera@gmail.com', [googleEvent('e1', '2026-09-10T14:00:00Z')]);
    expect((await sync.syncOnce()).ok).toBe(true);
  });
});

describe('tokens and grants', () => {
  it('an expired access token is refreshed and the refresh token kept', async () => {
    const grant = g.grantTokens();
    const { sync, tokens } = await connectedSync(g.origin, { ...grant, expires_in: -10 });
    const r = await sync.syncOnce();
    expect(r.ok).toBe(true);
    await new Promise((res) => setTimeout(res, 10));
    expect(tokens.credentials?.refresh_token).toBe(grant.refresh_token);
    expect(tokens.credentials?.access_token).not.toBe(grant.access_token);
  });

  it('revoked grant: status reconnect, nothing lost', async () => {
    g.seedEvents('sam.rivera@gmail.com', [googleEvent('e1', '2026-09-10T14:00:00Z')]);
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z')];
    await sync.syncOnce();
    const before = structuredClone(host.data.google);
    g.revokeAll();
    host.wanted = [makeReminder('a:1', '2026-09-12T14:00:00Z')];
    const r = await sync.syncOnce();
    expect(r.ok).toBe(false);
    expect(host.data.google.status).toBe('reconnect');
    expect(host.data.google.lastError).toMatch(/reconnect/);
    expect(host.data.google.reminders).toEqual(before.reminders);
    expect(host.data.google.calendars).toEqual(before.calendars);
    expect(host.data.google.pendingWrites).toBe(1);
    expect(host.eventIds()).toEqual(['e1']);
    // Later syncs do not hammer Google until the user reconnects.
    g.clearLog();
    expect((await sync.syncOnce()).ok).toBe(false);
    expect(g.requests).toHaveLength(0);
  });

  it('disconnect revokes the grant and forgets the tokens, keeping the data', async () => {
    g.seedEvents('sam.rivera@gmail.com', [googleEvent('e1', '2026-09-10T14:00:00Z')]);
    const grant = g.grantTokens();
    const { sync, host, tokens } = await connectedSync(g.origin, grant);
    await sync.syncOnce();
    await sync.disconnect();
    expect(tokens.credentials).toBeNull();
    expect(host.data.google.status).toBe('disconnected');
    expect(host.eventIds()).toEqual(['e1']);
    expect(g.requests.some((r) => r.path === '/revoke' && r.status === 200)).toBe(true);
    const probe = await fetch(`${g.origin}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: grant.refresh_token, client_id: STANDIN_CLIENT_ID, client_secret: STANDIN_CLIENT_SECRET }),
    });
    expect(probe.status).toBe(400);
  });
});

describe('scopes are enforced', () => {
  it('with calendar.app.created Tactful cannot write the primary calendar (the server says 403)', async () => {
    const { sync, host, tokens } = await connectedSync(g.origin, g.grantTokens([SCOPES.readonly, SCOPES.appCreated]));
    delete tokens.credentials!.scope; // hide the granted scopes so the request really reaches Google
    host.data.settings.google.reminderTarget = 'primary';
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z')];
    const r = await sync.syncOnce();
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/permission/);
    expect(g.requests.some((q) => q.method === 'POST' && q.status === 403)).toBe(true);
    expect(g.events('sam.rivera@gmail.com')).toHaveLength(0);
    expect(host.data.google.pendingWrites).toBe(1);
  });

  it('a grant missing the write scope still reads, and asks to reconnect instead of failing writes', async () => {
    g.seedEvents('sam.rivera@gmail.com', [googleEvent('e1', '2026-09-10T14:00:00Z')]);
    const { sync, host } = await connectedSync(g.origin, g.grantTokens([SCOPES.readonly, SCOPES.appCreated]));
    host.data.settings.google.reminderTarget = 'primary';
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z')];
    const r = await sync.syncOnce();
    expect(r).toMatchObject({ ok: false, pendingWrites: 1 });
    expect(r.error).toMatch(/reconnect Google/);
    expect(host.eventIds()).toEqual(['e1']);
    expect(g.requests.filter((q) => q.method !== 'GET')).toHaveLength(0);
  });

  it('opt-in primary target with calendar.events writes there', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens([SCOPES.readonly, SCOPE_EVENTS]));
    host.data.settings.google.reminderTarget = 'primary';
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z')];
    const r = await sync.syncOnce();
    expect(r).toMatchObject({ ok: true, writes: 1 });
    expect(g.events('sam.rivera@gmail.com')).toHaveLength(1);
    expect(g.calendars().filter((c) => c['summary'] === 'Tactful follow-ups')).toHaveLength(0);
  });
});
