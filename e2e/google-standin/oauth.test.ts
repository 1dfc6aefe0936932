import { CodeChallengeMethod } from 'google-auth-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES, startGoogleStandIn, type GoogleStandIn } from './index';
import { authorize, calendarClient, consent, oauthClient } from './test-helpers';

const APP_SCOPES = [SCOPES.readonly, SCOPES.appCreated];
let g: GoogleStandIn;
beforeAll(async () => {
  g = await startGoogleStandIn();
});
afterAll(() => g.close());

async function codeFor(scopes = APP_SCOPES) {
  const client = oauthClient(g);
  const pkce = await client.generateCodeVerifierAsync();
  const url = client.generateAuthUrl({
    access_type: 'offline',
    scope: scopes,
    code_challenge: pkce.codeChallenge,
    code_challenge_method: CodeChallengeMethod.S256,
    state: 's-1',
  });
  return { client, pkce, url };
}

describe('OAuth code flow with PKCE', () => {
  it('redirects back with code and state, and exchanges the code for tokens', async () => {
    const { client, pkce, url } = await codeFor();
    const back = await consent(url);
    expect(back.get('state')).toBe('s-1');
    const { tokens } = await client.getToken({ code: back.get('code')!, codeVerifier: pkce.codeVerifier });
    expect(tokens.access_token).toMatch(/^ya29\./);
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.scope?.split(' ').sort()).toEqual([...APP_SCOPES].sort());
    // the code is single use
    await expect(client.getToken({ code: back.get('code')!, codeVerifier: pkce.codeVerifier })).rejects.toThrow(/invalid_grant/);
  });

  it('rejects a wrong code_verifier with invalid_grant', async () => {
    const { client, url } = await codeFor();
    const back = await consent(url);
    const other = await client.generateCodeVerifierAsync();
    await expect(client.getToken({ code: back.get('code')!, codeVerifier: other.codeVerifier })).rejects.toThrow(/invalid_grant/);
  });

  it('refuses an auth request without PKCE or with a non-loopback redirect', async () => {
    const client = oauthClient(g);
    const noPkce = await fetch(client.generateAuthUrl({ scope: APP_SCOPES }), { redirect: 'manual' });
    expect(noPkce.status).toBe(400);
    const { url } = await codeFor();
    const evil = new URL(url);
    evil.searchParams.set('redirect_uri', 'https://evil.example/cb');
    expect((await fetch(evil, { redirect: 'manual' })).status).toBe(400);
  });

  it('redirects with error=access_denied when the user denies', async () => {
    g.approveNextConsent({ deny: true });
    const back = await consent((await codeFor()).url);
    expect(back.get('error')).toBe('access_denied');
    expect(back.get('code')).toBeNull();
    expect(back.get('state')).toBe('s-1');
  });

  it('refreshes without returning a new refresh_token', async () => {
    const res = await fetch(`${g.origin}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: g.grantTokens().refresh_token,
        client_id: 'test-client.apps.googleusercontent.com',
        client_secret: 'test-secret',
      }),
    });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body['access_token']).toBeTruthy();
    expect(body).not.toHaveProperty('refresh_token');
  });

  it('refreshes transparently through OAuth2Client when the access token expired', async () => {
    const client = await authorize(g, APP_SCOPES);
    const refresh = client.credentials.refresh_token;
    client.setCredentials({ refresh_token: refresh, access_token: 'ya29.stale', expiry_date: Date.now() - 1000 });
    const cal = calendarClient(g, client);
    const list = await cal.calendarList.list();
    expect(list.data.items?.length).toBeGreaterThanOrEqual(0);
    expect(client.credentials.refresh_token).toBe(refresh); // kept, since Google does not resend it
    expect(g.requests.some((r) => r.path === '/token' && r.status === 200)).toBe(true);
  });

  it('answers invalid_grant after revokeAll, and 401 for the old access token', async () => {
    const client = await authorize(g, APP_SCOPES);
    const access = client.credentials.access_token!;
    g.revokeAll();
    const res = await fetch(`${g.origin}/calendar/v3/users/me/calendarList`, { headers: { Authorization: `Bearer ${access}` } });
    expect(res.status).toBe(401);
    const err = (await res.json()) as { error: { errors: Array<{ reason: string }> } };
    expect(err.error.errors[0]!.reason).toBe('authError');
    await expect(client.refreshAccessToken()).rejects.toThrow(/invalid_grant/);
  });

  it('revokes a grant through /revoke', async () => {
    const client = await authorize(g, APP_SCOPES);
    const refresh = client.credentials.refresh_token!;
    await client.revokeToken(refresh);
    await expect(client.refreshAccessToken()).rejects.toThrow(/invalid_grant/);
  });

  it('rejects a wrong client secret with invalid_client 401', async () => {
    const res = await fetch(`${g.origin}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x', client_id: 'test-client.apps.googleusercontent.com', client_secret: 'nope' }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'invalid_client' });
  });
});

describe('access token expiry', () => {
  // google-auth-library only refreshes on a 401 when it has no expiry_date or forceRefreshOnFailure is set.
  it('answers 401 once the access token expires server-side; forceRefreshOnFailure refreshes and retries', async () => {
    let clock = Date.now();
    const s = await startGoogleStandIn({ now: () => clock });
    try {
      const plain = calendarClient(s, await authorize(s, APP_SCOPES));
      const forced = await authorize(s, APP_SCOPES, { forceRefreshOnFailure: true });
      const before = forced.credentials.access_token;
      clock += 2 * 3600_000; // the server thinks the tokens expired; the clients do not know yet
      expect(await plain.calendarList.list().catch((e: unknown) => e)).toMatchObject({ status: 401 });
      s.clearLog();
      const res = await calendarClient(s, forced).calendarList.list();
      expect(res.status).toBe(200);
      expect(s.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
        '/calendar/v3/users/me/calendarList 401',
        '/token 200',
        '/calendar/v3/users/me/calendarList 200',
      ]);
      expect(forced.credentials.access_token).not.toBe(before);
    } finally {
      await s.close();
    }
  });
});
