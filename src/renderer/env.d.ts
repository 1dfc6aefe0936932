import type { TactfulApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** The only way to reach main: exposed by the preload (Electron) or the bridge (browser host). */
    tactful: TactfulApi;
  }
}

declare module '*.css';

export {};
