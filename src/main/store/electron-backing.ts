import ElectronStore from 'electron-store';
import type { BackingFactory } from './repository';

/** electron-store in the app: the same JSON file format conf writes for the CLI. */
export const electronBacking: BackingFactory = (dir, configName) =>
  new ElectronStore<Record<string, unknown>>({
    cwd: dir,
    name: configName,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  });
