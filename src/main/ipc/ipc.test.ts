import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../shared/ipc/contract';
import { createApi } from '../../shared/ipc/client';
import { channelFor, methodNames } from '../../shared/ipc/methods';
import { createDispatch, type Handlers } from './dispatch';
import { registerIpc, trustedSender } from './electron';

const handlers = new Proxy({} as Handlers, {
  get: (_t, name) => (request: unknown) => ({ called: name, request }),
});

describe('the contract', () => {
  it('names exactly the methods that have schemas', () => {
    expect(Object.keys(contract).sort()).toEqual([...methodNames].sort());
  });

  it('the API object built for the renderer has every method and subscription, nothing else', () => {
    const api = createApi({ invoke: vi.fn(), subscribe: vi.fn() });
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'onNavigate', 'onOverviewChanged', 'onSyncStatus'].sort());
  });
});

describe('dispatch', () => {
  const dispatch = createDispatch(handlers);

  it('passes a valid payload to its handler', async () => {
    const result = await dispatch('markStep', { applicationId: 'app-globex', stepId: 'a/b/thank-you', state: 'sent' });
    expect(result).toEqual({ ok: true, value: { called: 'markStep', request: { applicationId: 'app-globex', stepId: 'a/b/thank-you', state: 'sent' } } });
  });

  it.each([
    ['unknown method', 'deleteEverything', {}],
    ['prototype key', '__proto__', {}],
    ['extra field', 'getOverview', { extra: 1 }],
    ['wrong type', 'markStep', { applicationId: 'a', stepId: 's', state: 'done' }],
    ['hostile id', 'recordHeardBack', { applicationId: '../../etc/passwd', heard: true }],
    ['not an object', 'setStatedTimeline', 'within two weeks'],
    ['oversized text', 'setStatedTimeline', { applicationId: 'a', text: 'x'.repeat(10_000) }],
    ['bad instant', 'snoozeStep', { applicationId: 'a', stepId: 's', until: 'tomorrow' }],
    ['bad url', 'importIcsUrl', { url: 'not a url' }],
    ['non-boolean option', 'disconnectGoogle', { removeReminders: 'yes' }],
  ])('refuses %s with a clear error', async (_name, method, payload) => {
    const result = await dispatch(method, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(['unknown-method', 'invalid-request']).toContain(result.error.code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('turns a thrown error into one sentence without a stack', async () => {
    const failing = createDispatch({ ...handlers, getOverview: () => { throw new Error('disk full\n    at foo.ts:1'); } } as Handlers);
    expect(await failing('getOverview', {})).toEqual({ ok: false, error: { code: 'internal', message: 'disk full.' } });
  });
});

describe('registerIpc', () => {
  it('registers every method once and refuses untrusted senders', async () => {
    const registered = new Map<string, (event: unknown, payload: unknown) => unknown>();
    const ipcMain = { handle: (ch: string, fn: never) => registered.set(ch, fn), removeHandler: vi.fn() };
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'fine' }));
    const webContents = {} as never;
    const trusted = trustedSender(() => ({ webContents }), (url) => url === 'file:///app/index.html');
    registerIpc(ipcMain, dispatch, trusted);
    expect([...registered.keys()].sort()).toEqual(methodNames.map(channelFor).sort());

    const handler = registered.get(channelFor('getOverview'))!;
    const good = { sender: webContents, senderFrame: { parent: null, url: 'file:///app/index.html' } };
    expect(await handler(good, {})).toEqual({ ok: true, value: 'fine' });
    for (const bad of [
      { sender: {}, senderFrame: good.senderFrame },
      { sender: webContents, senderFrame: { parent: {}, url: 'file:///app/index.html' } },
      { sender: webContents, senderFrame: { parent: null, url: 'https://evil.com' } },
      { sender: webContents, senderFrame: null },
    ]) {
      expect(await handler(bad, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});

describe('createApi prefetch', () => {
  it('asks for the overview once at start and hands that answer to the first call only', async () => {
    const invoke = vi.fn(async (method: string) => ({ ok: true as const, value: method }));
    const api = createApi({ invoke, subscribe: vi.fn() }, { prefetchOverview: true });
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(await api.getOverview({})).toBe('getOverview');
    expect(invoke).toHaveBeenCalledTimes(1);
    await api.getOverview({});
    expect(invoke).toHaveBeenCalledTimes(2);
  });
});
