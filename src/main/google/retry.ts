import { describeGoogleError, isTransient, type GoogleErrorInfo } from './errors';
import type { Random, Sleep } from './host';

export interface RetryOptions {
  sleep: Sleep;
  random: Random;
  /** Total attempts including the first. */
  maxAttempts?: number;
  baseDelayMs?: number;
  /** Cap for one wait, back-off or Retry-After. */
  maxDelayMs?: number;
  onRetry?: (info: GoogleErrorInfo, attempt: number, delayMs: number) => void;
}

export const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 32_000 } as const;

/** Wait before retry number `attempt` (1-based): Retry-After if given, else exponential back-off with full jitter. */
export function retryDelayMs(
  attempt: number,
  info: GoogleErrorInfo,
  random: Random,
  baseDelayMs: number = DEFAULT_RETRY.baseDelayMs,
  maxDelayMs: number = DEFAULT_RETRY.maxDelayMs,
): number {
  if (info.retryAfterMs !== undefined) return Math.min(maxDelayMs, info.retryAfterMs);
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  // Half fixed, half random: spreads clients apart without ever retrying instantly.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Runs `call`, retrying rate limits (403 rate-limit reasons, 429), 5xx and network failures.
 * Everything else (400/401/404/409/410/412) is thrown at once for the caller to handle.
 * The Google client's own retry is off because it skips POST/PATCH and 403 rate limits.
 */
export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_RETRY.maxAttempts;
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const info = describeGoogleError(err);
      if (!isTransient(info) || attempt >= maxAttempts) throw err;
      const delay = retryDelayMs(attempt, info, options.random, baseDelayMs, maxDelayMs);
      options.onRetry?.(info, attempt, delay);
      await options.sleep(delay);
    }
  }
}
