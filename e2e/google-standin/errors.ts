import type { Reply } from './types';

/** Canonical status names Google puts in `error.status` (omitted where Calendar has none, like 410). */
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  412: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
};

/** A Google API failure carried through handlers as an exception, answered as Google's JSON error. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly domain = 'global',
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Google's error body: `{"error":{"code","message","errors":[{domain,reason,message}],"status"}}`. */
export function errorReply(e: ApiError): Reply {
  const status = STATUS_NAMES[e.code];
  return {
    status: e.code,
    headers: e.headers,
    body: {
      error: {
        code: e.code,
        message: e.message,
        errors: [{ domain: e.domain, reason: e.reason, message: e.message }],
        ...(status ? { status } : {}),
      },
    },
  };
}

/** Shorthands for the errors the Calendar API actually returns. */
export const errors = {
  invalid: (message = 'Invalid Value') => new ApiError(400, 'invalid', message),
  badRequest: (message = 'Bad Request') => new ApiError(400, 'badRequest', message),
  required: (message: string) => new ApiError(400, 'required', message),
  auth: () =>
    new ApiError(
      401,
      'authError',
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      'global',
      { 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/"' },
    ),
  scope: () =>
    new ApiError(403, 'insufficientPermissions', 'Request had insufficient authentication scopes.', 'global', {
      'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/", error="insufficient_scope"',
    }),
  notFound: () => new ApiError(404, 'notFound', 'Not Found'),
  duplicate: () => new ApiError(409, 'duplicate', 'The requested identifier already exists.'),
  deleted: () => new ApiError(410, 'deleted', 'Resource has been deleted'),
  fullSync: () => new ApiError(410, 'fullSyncRequired', 'Sync token is no longer valid, a full sync is required.'),
  conditionNotMet: () => new ApiError(412, 'conditionNotMet', 'Precondition Failed'),
};
