import type { Overview } from '../../../shared/ipc/contract';

/**
 * Asks main for the overview as the very first thing the bundle does, before React is even
 * evaluated: with 1,000 applications the answer takes longer than booting React, so the two overlap.
 */
let pending: Promise<Overview> | null = null;
try {
  pending = window.tactful.getOverview({});
  pending.catch(() => {}); // a failure is reported when the app asks for it
} catch {
  pending = null;
}

/** The prefetched overview, once; later calls get null and fetch afresh. */
export function takePrefetchedOverview(): Promise<Overview> | null {
  const first = pending;
  pending = null;
  return first;
}
