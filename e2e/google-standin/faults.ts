import { ApiError, errorReply } from './errors';
import type { FaultSpec, Incoming, Reply } from './types';

/** Take one use of the first fault matching this request, if any (faults are consumed in order). */
export function matchFault(faults: FaultSpec[], req: Incoming): FaultSpec | undefined {
  const i = faults.findIndex(
    (f) =>
      f.times > 0 &&
      (!f.method || f.method.toUpperCase() === req.method) &&
      (!f.pathIncludes || req.path.includes(f.pathIncludes) || decodeURIComponent(req.path).includes(f.pathIncludes)),
  );
  if (i < 0) return undefined;
  const f = faults[i]!;
  f.times -= 1;
  if (f.times <= 0) faults.splice(i, 1);
  return f;
}

const MESSAGES: Record<string, string> = {
  rateLimitExceeded: 'Rate Limit Exceeded',
  userRateLimitExceeded: 'User Rate Limit Exceeded',
  backendError: 'Backend Error',
};

/** The error Google sends for quota and backend trouble, with Retry-After when asked for. */
export function faultReply(f: FaultSpec): Reply {
  const reason = f.reason ?? (f.status === 403 || f.status === 429 ? 'rateLimitExceeded' : 'backendError');
  const domain = reason === 'backendError' ? 'global' : 'usageLimits';
  const headers: Record<string, string> = f.retryAfterSeconds !== undefined ? { 'Retry-After': String(f.retryAfterSeconds) } : {};
  return errorReply(new ApiError(f.status, reason, MESSAGES[reason] ?? 'Error', domain, headers));
}
