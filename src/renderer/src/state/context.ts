import { createContext, useContext } from 'react';
import type { AppInfo, Overview } from '../../../shared/ipc/contract';
import type { Formatters } from '../lib/format';

export type ViewName = 'today' | 'timeline' | 'review' | 'settings';

export interface AppState {
  overview: Overview;
  fmt: Formatters;
  nowMs: number;
  appInfo: AppInfo | null;
  /** Runs a call that answers with a new overview; shows `done` or the error in the status line. */
  act: (call: () => Promise<Overview>, done?: string) => Promise<boolean>;
  /** Announces a message in the status line (aria-live). */
  say: (message: string, tone?: 'info' | 'error') => void;
  go: (view: ViewName, applicationId?: string) => void;
  /** Opens the rule behind a step kind in the docs (https only; main guards it). */
  openRule: (kind: string) => void;
}

export const AppContext = createContext<AppState | null>(null);

/** The app's shared state; only used under <AppContext.Provider>. */
export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside the app');
  return state;
}
