import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi } from '../shared/ipc/client';
import type { IpcResult, TactfulApi } from '../shared/ipc/contract';
import { channelFor } from '../shared/ipc/methods';

/**
 * The renderer's only door to main: named methods from the contract, each over its own
 * channel. Listeners receive the payload alone, never Electron's event object.
 */
const api = createApi({
  invoke: (method, request) => ipcRenderer.invoke(channelFor(method), request) as Promise<IpcResult<unknown>>,
  subscribe: (event, listener) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channelFor(event), handler);
    return () => {
      ipcRenderer.removeListener(channelFor(event), handler);
    };
  },
}, { prefetchOverview: true }) satisfies TactfulApi;

contextBridge.exposeInMainWorld('tactful', api);
