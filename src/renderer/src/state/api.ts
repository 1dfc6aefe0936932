import type { TactfulApi } from '../../../shared/ipc/contract';

/** The typed bridge to main; a function so tests and late-injected bridges are read at call time. */
export function api(): TactfulApi {
  const bridge = (window as Partial<Window>).tactful;
  if (!bridge) throw new Error('Tactful could not reach its background service. Restart the app.');
  return bridge;
}

/** One clear sentence from whatever was thrown (main's errors already are one). */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
