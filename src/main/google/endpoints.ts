/**
 * Where Tactful talks to Google. Real Google by default; `TACTFUL_GOOGLE_API_ROOT` points
 * both the Calendar API and OAuth at a local stand-in for tests. Only loopback origins are
 * accepted there, so a hostile environment variable can never send tokens to another host.
 */

export interface GoogleEndpoints {
  /** Passed as `rootUrl` to the calendar client (ends with '/'). */
  calendarRootUrl: string;
  oauth: {
    authBaseUrl: string;
    tokenUrl: string;
    revokeUrl: string;
  };
}

export const GOOGLE_API_ROOT_ENV = 'TACTFUL_GOOGLE_API_ROOT';

const REAL_GOOGLE: GoogleEndpoints = {
  calendarRootUrl: 'https://www.googleapis.com/',
  oauth: {
    authBaseUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    revokeUrl: 'https://oauth2.googleapis.com/revoke',
  },
};

/** True for hosts that can only be this machine: 127.0.0.0/8, localhost, [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const parts = hostname.split('.');
  if (parts.length !== 4 || parts[0] !== '127') return false;
  // WHATWG URL already normalised decimal/hex/octal forms to dotted decimal.
  return parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** The endpoints to use, from the environment: real Google, or a loopback stand-in. */
export function googleEndpoints(env: Record<string, string | undefined>): GoogleEndpoints {
  const raw = env[GOOGLE_API_ROOT_ENV]?.trim();
  if (!raw) return structuredClone(REAL_GOOGLE);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${GOOGLE_API_ROOT_ENV} must be a URL like http://127.0.0.1:8080, not "${raw}".`);
  }
  if (url.protocol !== 'http:') {
    throw new Error(`${GOOGLE_API_ROOT_ENV} must use http:// on this machine (got ${url.protocol}).`);
  }
  if (url.username || url.password) {
    throw new Error(`${GOOGLE_API_ROOT_ENV} must not contain a user name or password.`);
  }
  if (!isLoopbackHost(url.hostname)) {
    throw new Error(
      `${GOOGLE_API_ROOT_ENV} may only point at this machine (127.0.0.1, localhost or [::1]), not "${url.hostname}".`,
    );
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new Error(`${GOOGLE_API_ROOT_ENV} must be an origin only (no path, query or fragment), like http://127.0.0.1:8080.`);
  }
  const origin = url.origin;
  return {
    calendarRootUrl: `${origin}/`,
    oauth: {
      authBaseUrl: `${origin}/o/oauth2/v2/auth`,
      tokenUrl: `${origin}/token`,
      revokeUrl: `${origin}/revoke`,
    },
  };
}
