import type { IpcResult, TactfulApi } from './contract';
import { methodNames, type EventName, type MethodName } from './methods';

/** How a host carries calls: Electron IPC in the preload, HTTP in the browser bridge. */
export interface Transport {
  invoke(method: MethodName, request: unknown): Promise<IpcResult<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** An error main answered with; `code` says which kind ('invalid-request', 'not-found', …). */
export class TactfulError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TactfulError';
  }
}

/**
 * Builds the `window.tactful` object from a transport: the same for every host. With
 * `prefetchOverview`, the first overview is asked for at once, while the page's own code is
 * still loading, and handed to the page's first getOverview call.
 */
export function createApi(transport: Transport, options: { prefetchOverview?: boolean } = {}): TactfulApi {
  let early = options.prefetchOverview ? transport.invoke('getOverview', {}) : undefined;
  const methods = Object.fromEntries(
    methodNames.map((name) => [
      name,
      async (request: unknown) => {
        let pending: Promise<IpcResult<unknown>>;
        if (name === 'getOverview' && early) {
          pending = early;
          early = undefined;
        } else pending = transport.invoke(name, request ?? {});
        const result = await pending;
        if (!result.ok) throw new TactfulError(result.error.code, result.error.message);
        return result.value;
      },
    ]),
  );
  const on = (event: EventName) => (listener: (payload: unknown) => void) => transport.subscribe(event, listener);
  return {
    ...methods,
    onOverviewChanged: on('overviewChanged'),
    onSyncStatus: on('syncStatus'),
    onNavigate: on('navigate'),
  } as TactfulApi; // the mapped method object is exactly MethodName → fn; the test checks names
}
