/**
 * Reads the shape of errors thrown by gaxios / google-auth-library / fetch into one plain
 * description, so retry and callers decide on facts (status, reason) rather than on classes
 * that exist twice in node_modules (two gaxios versions).
 */

export interface GoogleErrorInfo {
  /** HTTP status, when Google answered. */
  status?: number;
  /** First `errors[].reason` (rateLimitExceeded, fullSyncRequired…) or OAuth `error` (invalid_grant). */
  reason?: string;
  /** Network failure code (ECONNRESET…), when Google did not answer. */
  networkCode?: string;
  /** Retry-After in ms, when given. */
  retryAfterMs?: number;
  message: string;
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

type Loose = Record<string, unknown> | undefined;
const asObj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const h = asObj(headers);
  if (!h) return undefined;
  const key = Object.keys(h).find((k) => k.toLowerCase() === name);
  const v = key ? h[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** Parses Retry-After (delta seconds or an HTTP date) into ms from `now`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

function findNetworkCode(err: unknown): string | undefined {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 6; depth++) {
    const o = asObj(cur);
    const code = o?.['code'];
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    const message = typeof o?.['message'] === 'string' ? (o['message'] as string) : '';
    if (/socket hang up/i.test(message)) return 'ECONNRESET';
    if (/other side closed|fetch failed/i.test(message) && !asObj(o?.['cause'])) return 'ECONNRESET';
    cur = o?.['cause'] ?? o?.['error'];
  }
  return undefined;
}

/** Describes any error thrown while talking to Google. */
export function describeGoogleError(err: unknown, now = Date.now()): GoogleErrorInfo {
  const o = asObj(err);
  const response = asObj(o?.['response']);
  const statusRaw = response?.['status'] ?? o?.['status'] ?? (typeof o?.['code'] === 'number' ? o['code'] : undefined);
  const status = typeof statusRaw === 'number' && statusRaw >= 100 ? statusRaw : undefined;
  const data = asObj(response?.['data']);
  let reason: string | undefined;
  const apiError = data?.['error'];
  if (typeof apiError === 'string') {
    reason = apiError; // OAuth token endpoint: { error: 'invalid_grant' }
  } else {
    const errors = asObj(apiError)?.['errors'];
    const first = Array.isArray(errors) ? asObj(errors[0]) : undefined;
    if (typeof first?.['reason'] === 'string') reason = first['reason'] as string;
    else if (typeof asObj(apiError)?.['status'] === 'string') reason = asObj(apiError)?.['status'] as string;
  }
  const message = typeof o?.['message'] === 'string' ? (o['message'] as string) : String(err);
  const info: GoogleErrorInfo = { message };
  if (status !== undefined) info.status = status;
  if (reason !== undefined) info.reason = reason;
  if (status === undefined) {
    const networkCode = findNetworkCode(err);
    if (networkCode) info.networkCode = networkCode;
  }
  const retryAfterMs = parseRetryAfter(headerValue(response?.['headers'], 'retry-after'), now);
  if (retryAfterMs !== undefined) info.retryAfterMs = retryAfterMs;
  return info;
}

/** The refresh token no longer works (revoked, expired, password changed): the user must sign in again. */
export function isGrantRevoked(info: GoogleErrorInfo): boolean {
  return info.reason === 'invalid_grant' || info.reason === 'unauthorized_client' || info.status === 401;
}

/** Google asked us to slow down, or had a transient failure: worth another try later. */
export function isTransient(info: GoogleErrorInfo): boolean {
  if (info.networkCode) return true;
  if (info.status === undefined) return false;
  if (info.status === 429 || info.status >= 500) return true;
  return info.status === 403 && (info.reason === 'rateLimitExceeded' || info.reason === 'userRateLimitExceeded');
}

/** One sentence for `google.lastError`, in the user's words. */
export function explainGoogleError(info: GoogleErrorInfo): string {
  if (info.networkCode) return `Couldn't reach Google Calendar (${info.networkCode}); Tactful will try again at the next sync.`;
  if (isGrantRevoked(info)) return 'Google no longer accepts Tactful\'s sign-in; reconnect your Google account.';
  if (info.status === 429 || (info.status === 403 && /RateLimit/.test(info.reason ?? '')))
    return 'Google Calendar asked Tactful to slow down; the remaining changes will be sent at the next sync.';
  if (info.status === 403 && info.reason === 'insufficientPermissions')
    return 'Tactful lacks the Google permission for this; reconnect and allow calendar access.';
  if (info.status !== undefined && info.status >= 500)
    return `Google Calendar had a problem (HTTP ${info.status}); Tactful will try again at the next sync.`;
  return `Google Calendar request failed${info.status ? ` (HTTP ${info.status})` : ''}: ${info.message}`;
}
