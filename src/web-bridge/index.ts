import { createApi } from '../shared/ipc/client';
import type { IpcResult, TactfulApi } from '../shared/ipc/contract';
import type { EventName, MethodName } from '../shared/ipc/methods';

/**
 * The browser host's stand-in for the Electron preload: the same `window.tactful` object,
 * carried over HTTP to the Node-hosted main services. The per-run secret arrives in the URL
 * fragment (never sent to a server or logged), is kept for this tab only, and then removed
 * from the address bar.
 */
const KEY = 'tactful.token';
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromHash) {
  sessionStorage.setItem(KEY, fromHash);
  history.replaceState(null, '', location.pathname + location.search);
}
const token = sessionStorage.getItem(KEY) ?? '';

async function invoke(method: MethodName, request: unknown): Promise<IpcResult<unknown>> {
  try {
    const response = await fetch(`/__tactful/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tactful-token': token },
      body: JSON.stringify(request ?? {}),
    });
    return (await response.json()) as IpcResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'offline', message: 'Tactful is not running (the local host did not answer).' } };
  }
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
let source: EventSource | undefined;

function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!source) {
    source = new EventSource(`/__tactful/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      const { event: name, payload } = JSON.parse(message.data as string) as { event: EventName; payload: unknown };
      listeners.get(name)?.forEach((l) => l(payload));
    };
  }
  const set = listeners.get(event) ?? new Set();
  set.add(listener);
  listeners.set(event, set);
  return () => set.delete(listener);
}

const api = createApi({ invoke, subscribe }, { prefetchOverview: true }) satisfies TactfulApi;
Object.defineProperty(window, 'tactful', { value: Object.freeze(api), writable: false, configurable: false });
