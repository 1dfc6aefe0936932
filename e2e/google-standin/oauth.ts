import { createHash, randomBytes } from 'node:crypto';
import { errors } from './errors';
import type { GrantedTokens, Incoming, Reply } from './types';

const G = 'https://www.googleapis.com/auth/';
/** The Calendar scopes the stand-in understands and enforces. */
export const SCOPES = {
  calendar: `${G}calendar`,
  readonly: `${G}calendar.readonly`,
  events: `${G}calendar.events`,
  eventsReadonly: `${G}calendar.events.readonly`,
  appCreated: `${G}calendar.app.created`,
  calendarListReadonly: `${G}calendar.calendarlist.readonly`,
} as const;

const KNOWN_SCOPES = new Set<string>([
  ...Object.values(SCOPES),
  'openid',
  'email',
  'profile',
  `${G}userinfo.email`,
  `${G}userinfo.profile`,
]);

const CODE_TTL_MS = 5 * 60_000;

/** Who is calling the Calendar API: the grant's scopes and the OAuth client it was issued to. */
export interface Principal {
  scopes: ReadonlySet<string>;
  clientId: string;
}

interface Grant {
  scopes: string[];
  clientId: string;
  refreshToken: string;
  revoked: boolean;
}
interface AuthCode {
  grant: Omit<Grant, 'refreshToken' | 'revoked'>;
  redirectUri: string;
  challenge: string;
  expiresAt: number;
  used: boolean;
}

export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  ownerEmail: string;
  accessTokenTtlSeconds: number;
  now: () => number;
}

const token = (prefix: string, bytes = 24) => prefix + randomBytes(bytes).toString('base64url');
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');
const oauthError = (status: number, error: string, description: string): Reply => ({
  status,
  body: { error, error_description: description },
});
const errorPage = (error: string, detail: string): Reply => ({
  status: 400,
  headers: { 'Content-Type': 'text/html; charset=utf-8' },
  body: `<!doctype html><title>Error 400: ${error}</title><h1>Access blocked: Authorization Error</h1><p>Error 400: ${error}</p><p>${detail}</p>`,
});

/** Whether a redirect_uri is a loopback address, the only kind Google allows for desktop clients. */
function isLoopback(uri: string): boolean {
  try {
    const u = new URL(uri);
    return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

/** Google's OAuth 2.0 endpoints for an installed app: consent (auto-approved), token, revoke. */
export class OAuthServer {
  private readonly codes = new Map<string, AuthCode>();
  private readonly grants = new Map<string, Grant>(); // by refresh token
  private readonly accessTokens = new Map<string, { grant: Grant; expiresAt: number }>();
  private nextConsentDenied = false;

  constructor(private readonly cfg: OAuthConfig) {}

  /** Make the next consent screen answer "deny" (or approve, the default). */
  approveNextConsent(deny: boolean): void {
    this.nextConsentDenied = deny;
  }

  /** Revoke every grant: refresh tokens → invalid_grant, access tokens → 401. */
  revokeAll(): void {
    for (const g of this.grants.values()) g.revoked = true;
  }

  /** Issue a grant directly, as if the user had consented in a browser. */
  grantTokens(scopes: string[], clientId = this.cfg.clientId): GrantedTokens {
    const grant: Grant = { scopes, clientId, refreshToken: token('1//', 32), revoked: false };
    this.grants.set(grant.refreshToken, grant);
    return { ...this.mintAccess(grant), refresh_token: grant.refreshToken };
  }

  /** GET /o/oauth2/v2/auth: validate like Google, then redirect to the loopback with a code. */
  authorize(req: Incoming): Reply {
    const p = req.url.searchParams;
    const clientId = p.get('client_id');
    if (!clientId) return errorPage('invalid_request', 'Missing required parameter: client_id');
    if (clientId !== this.cfg.clientId) return errorPage('invalid_client', 'The OAuth client was not found.');
    const redirectUri = p.get('redirect_uri') ?? '';
    if (!isLoopback(redirectUri)) return errorPage('redirect_uri_mismatch', `redirect_uri=${redirectUri}`);
    if (p.get('response_type') !== 'code') return errorPage('unsupported_response_type', 'response_type must be code');
    const scopes = (p.get('scope') ?? '').split(/[ +]/).filter(Boolean);
    if (scopes.length === 0) return errorPage('invalid_request', 'Missing required parameter: scope');
    const unknown = scopes.find((s) => !KNOWN_SCOPES.has(s));
    if (unknown) return errorPage('invalid_scope', `Some requested scopes were invalid. {invalid=[${unknown}]}`);
    const challenge = p.get('code_challenge');
    if (!challenge || p.get('code_challenge_method') !== 'S256') {
      return errorPage('invalid_request', 'code_challenge with code_challenge_method=S256 is required');
    }
    const back = new URL(redirectUri);
    const state = p.get('state');
    if (this.nextConsentDenied) {
      this.nextConsentDenied = false;
      back.searchParams.set('error', 'access_denied');
    } else {
      const code = token('4/0A', 30);
      this.codes.set(code, {
        grant: { scopes, clientId },
        redirectUri,
        challenge,
        expiresAt: this.cfg.now() + CODE_TTL_MS,
        used: false,
      });
      back.searchParams.set('code', code);
      back.searchParams.set('scope', scopes.join(' '));
    }
    if (state !== null) back.searchParams.set('state', state);
    return { status: 302, headers: { Location: back.toString() } };
  }

  /** POST /token: authorization_code (with PKCE) and refresh_token grants. */
  token(req: Incoming): Reply {
    const form = new URLSearchParams(req.rawBody);
    const basic = /^Basic (.+)$/i.exec(String(req.headers['authorization'] ?? ''));
    const [basicId, basicSecret] = basic ? Buffer.from(basic[1]!, 'base64').toString().split(':') : [];
    const clientId = form.get('client_id') ?? basicId;
    const secret = form.get('client_secret') ?? basicSecret;
    if (clientId !== this.cfg.clientId) return oauthError(401, 'invalid_client', 'The OAuth client was not found.');
    if (!secret) return oauthError(400, 'invalid_request', 'client_secret is missing.');
    if (secret !== this.cfg.clientSecret) return oauthError(401, 'invalid_client', 'Unauthorized');

    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') return this.exchangeCode(form, clientId);
    if (grantType === 'refresh_token') {
      const grant = this.grants.get(form.get('refresh_token') ?? '');
      if (!grant || grant.revoked || grant.clientId !== clientId) {
        return oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
      }
      // Like Google: a refresh answer never carries a new refresh_token.
      return { status: 200, body: this.mintAccess(grant) };
    }
    return oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${grantType ?? ''}`);
  }

  private exchangeCode(form: URLSearchParams, clientId: string): Reply {
    const code = this.codes.get(form.get('code') ?? '');
    if (!code) return oauthError(400, 'invalid_grant', 'Malformed auth code.');
    if (code.used || code.expiresAt < this.cfg.now()) return oauthError(400, 'invalid_grant', 'Bad Request');
    if (code.grant.clientId !== clientId) return oauthError(400, 'invalid_grant', 'Bad Request');
    if (form.get('redirect_uri') !== code.redirectUri) return oauthError(400, 'redirect_uri_mismatch', 'Bad Request');
    const verifier = form.get('code_verifier');
    if (!verifier) return oauthError(400, 'invalid_request', 'Missing code verifier.');
    if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier) || s256(verifier) !== code.challenge) {
      return oauthError(400, 'invalid_grant', 'Invalid code verifier.');
    }
    code.used = true; // single use, even when later steps fail
    const grant: Grant = { ...code.grant, refreshToken: token('1//', 32), revoked: false };
    this.grants.set(grant.refreshToken, grant);
    const body: Record<string, unknown> = { ...this.mintAccess(grant), refresh_token: grant.refreshToken };
    if (grant.scopes.includes('openid')) body['id_token'] = this.idToken(clientId);
    return { status: 200, body };
  }

  /** POST /revoke?token=… (or form body): revoking either token of a grant revokes the whole grant. */
  revoke(req: Incoming): Reply {
    const t = req.url.searchParams.get('token') ?? new URLSearchParams(req.rawBody).get('token') ?? '';
    const grant = this.grants.get(t) ?? this.accessTokens.get(t)?.grant;
    if (!grant || grant.revoked) return oauthError(400, 'invalid_token', 'Token expired or revoked');
    grant.revoked = true;
    return { status: 200, body: {} };
  }

  /** The Calendar API's bearer check; throws 401 authError like Google for missing/expired/revoked tokens. */
  authenticate(req: Incoming): Principal {
    const m = /^Bearer (.+)$/i.exec(String(req.headers['authorization'] ?? ''));
    const access = m ? this.accessTokens.get(m[1]!.trim()) : undefined;
    if (!access || access.grant.revoked || access.expiresAt <= this.cfg.now()) throw errors.auth();
    return { scopes: new Set(access.grant.scopes), clientId: access.grant.clientId };
  }

  private mintAccess(grant: Grant): Omit<GrantedTokens, 'refresh_token'> {
    const access = token('ya29.a0', 48);
    this.accessTokens.set(access, { grant, expiresAt: this.cfg.now() + this.cfg.accessTokenTtlSeconds * 1000 });
    return {
      access_token: access,
      expires_in: this.cfg.accessTokenTtlSeconds,
      scope: grant.scopes.join(' '),
      token_type: 'Bearer',
    } as Omit<GrantedTokens, 'refresh_token'>;
  }

  /** An unsigned-in-spirit id_token: right shape and claims, signature not verifiable (tests must not verify it). */
  private idToken(clientId: string): string {
    const now = Math.floor(this.cfg.now() / 1000);
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = {
      iss: 'https://accounts.google.com',
      aud: clientId,
      azp: clientId,
      sub: createHash('sha256').update(this.cfg.ownerEmail).digest('hex').slice(0, 21),
      email: this.cfg.ownerEmail,
      email_verified: true,
      iat: now,
      exp: now + 3600,
    };
    return `${part({ alg: 'RS256', kid: 'standin', typ: 'JWT' })}.${part(claims)}.${randomBytes(32).toString('base64url')}`;
  }
}
