import { describe, expect, it } from 'vitest';
import { describeGoogleError, parseRetryAfter } from './errors';
import { retryDelayMs, withRetry } from './retry';

/** Builds an error shaped like gaxios 7's GaxiosError. */
function apiError(status: number, reason?: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`HTTP ${status}`), {
    status,
    response: {
      status,
      headers: new Headers(headers),
      data: reason ? { error: { code: status, errors: [{ reason }] } } : {},
    },
  });
}
const networkError = (code: string) => Object.assign(new Error('request to x failed'), { cause: Object.assign(new Error('x'), { code }) });

describe('describeGoogleError', () => {
  it('reads status, reason, Retry-After and OAuth errors', () => {
    expect(describeGoogleError(apiError(403, 'rateLimitExceeded', { 'retry-after': '3' }))).toMatchObject({
      status: 403,
      reason: 'rateLimitExceeded',
      retryAfterMs: 3000,
    });
    const oauth = Object.assign(new Error('invalid_grant'), { response: { status: 400, data: { error: 'invalid_grant' } } });
    expect(describeGoogleError(oauth)).toMatchObject({ status: 400, reason: 'invalid_grant' });
    expect(describeGoogleError(networkError('ECONNRESET')).networkCode).toBe('ECONNRESET');
    expect(describeGoogleError(new Error('socket hang up')).networkCode).toBe('ECONNRESET');
  });
  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-09-01T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 01 Sep 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Tue, 01 Sep 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('withRetry', () => {
  const run = async (errors: unknown[], maxAttempts = 5) => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = withRetry(
      async () => {
        const e = errors[calls++];
        if (e) throw e;
        return 'ok';
      },
      { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, maxAttempts },
    );
    return { result: await result.catch((e: unknown) => e), sleeps, calls: () => calls };
  };

  it.each([
    ['429', apiError(429)],
    ['500', apiError(500)],
    ['502', apiError(502)],
    ['503', apiError(503)],
    ['403 rateLimitExceeded', apiError(403, 'rateLimitExceeded')],
    ['403 userRateLimitExceeded', apiError(403, 'userRateLimitExceeded')],
    ['ECONNRESET', networkError('ECONNRESET')],
    ['socket hang up', new Error('socket hang up')],
  ])('retries %s', async (_name, err) => {
    const r = await run([err, err]);
    expect(r.result).toBe('ok');
    expect(r.calls()).toBe(3);
  });

  it.each([
    ['400', apiError(400, 'invalid')],
    ['401', apiError(401, 'authError')],
    ['403 forbidden', apiError(403, 'forbidden')],
    ['403 insufficientPermissions', apiError(403, 'insufficientPermissions')],
    ['404', apiError(404, 'notFound')],
    ['409', apiError(409, 'duplicate')],
    ['410', apiError(410, 'fullSyncRequired')],
    ['412', apiError(412, 'conditionNotMet')],
  ])('does not retry %s', async (_name, err) => {
    const r = await run([err]);
    expect(r.result).toBe(err);
    expect(r.calls()).toBe(1);
  });

  it('gives up after the attempt bound with exponential, capped waits', async () => {
    const e = apiError(503);
    const r = await run([e, e, e, e, e, e, e, e], 5);
    expect(r.result).toBe(e);
    expect(r.calls()).toBe(5);
    expect(r.sleeps).toEqual([750, 1500, 3000, 6000]);
    expect(retryDelayMs(20, {message: ''}, () => 0.999)).toBeLessThanOrEqual(32_000);
  });

  it('honours Retry-After, bounded by the cap', async () => {
    const r = await run([apiError(429, undefined, { 'Retry-After': '7' }), apiError(429, undefined, { 'Retry-After': '3600' })]);
    expect(r.sleeps).toEqual([7000, 32_000]);
  });
});
