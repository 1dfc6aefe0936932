import Conf from 'conf';
import type { BackingFactory } from './repository';

/**
 * conf outside Electron (CLI, tests, browser host). electron-store is conf with Electron's
 * paths, so both read and write the same JSON file format.
 */
export const confBacking: BackingFactory = (dir, configName) =>
  new Conf<Record<string, unknown>>({
    cwd: dir,
    configName,
    projectName: 'tactful',
    // We validate with zod before conf ever sees the file; conf must never wipe it.
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  });
