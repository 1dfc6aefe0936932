import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { CodeChallengeMethod, OAuth2Client } from 'google-auth-library';
import type { GoogleStandIn } from './types';

/** OAuth2Client aimed at the stand-in, the way the app configures it. */
export function oauthClient(standIn: GoogleStandIn, opts: { forceRefreshOnFailure?: boolean } = {}): OAuth2Client {
  return new OAuth2Client({
    ...opts,
    clientId: 'test-client.apps.googleusercontent.com',
    clientSecret: 'test-secret',
    redirectUri: 'http://127.0.0.1:53682/callback',
    endpoints: {
      oauth2AuthBaseUrl: `${standIn.origin}/o/oauth2/v2/auth`,
      oauth2TokenUrl: `${standIn.origin}/token`,
      oauth2RevokeUrl: `${standIn.origin}/revoke`,
    },
  });
}

/** Walk the consent redirect like a browser would, and return the `code`/`error`/`state` it lands with. */
export async function consent(authUrl: string): Promise<URLSearchParams> {
  const res = await fetch(authUrl, { redirect: 'manual' });
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`consent failed: ${res.status} ${await res.text()}`);
  return new URL(location).searchParams;
}

/** The full PKCE code flow against the stand-in: an authorised OAuth2Client. */
export async function authorize(standIn: GoogleStandIn, scopes: string[], opts: { forceRefreshOnFailure?: boolean } = {}): Promise<OAuth2Client> {
  const client = oauthClient(standIn, opts);
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const url = client.generateAuthUrl({
    access_type: 'offline',
    scope: scopes,
    code_challenge: codeChallenge,
    code_challenge_method: CodeChallengeMethod.S256,
    state: 'xyz',
  });
  const back = await consent(url);
  const { tokens } = await client.getToken({ code: back.get('code')!, codeVerifier });
  client.setCredentials(tokens);
  return client;
}

/** The real Calendar v3 client pointed at the stand-in; retries off so fault counts are exact. */
export function calendarClient(standIn: GoogleStandIn, auth: OAuth2Client, retry = false): calendar_v3.Calendar {
  return calendar({ version: 'v3', rootUrl: `${standIn.origin}/`, auth: auth as never, retry });
}

/** The `reason` of a Google JSON error carried by a GaxiosError (or undefined). */
export function reasonOf(err: unknown): string | undefined {
  return (err as { response?: { data?: { error?: { errors?: Array<{ reason?: string }> } } } }).response?.data?.error?.errors?.[0]?.reason;
}
