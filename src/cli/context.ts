import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Info } from 'luxon';
import type { Engine } from '../main/engine';
import { defaultDataDir } from '../main/paths';
import { usageError } from './errors';

/** The options every command accepts (declared once on the root program). */
export interface GlobalOptions {
  dataDir?: string;
  tz?: string;
  now?: string;
  verbose?: boolean;
}

/** Global options, checked: a bad --now or --tz is a usage error before anything is opened. */
export interface Globals {
  dataDir: string;
  timeZone?: string;
  now?: Date;
  verbose: boolean;
}

// Strict on purpose: "2026-10-20" alone would silently mean midnight UTC.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Checks --data-dir, --tz and --now. */
export function parseGlobals(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Globals {
  const globals: Globals = { dataDir: options.dataDir || defaultDataDir(env), verbose: Boolean(options.verbose) };
  if (options.tz !== undefined) {
    if (!isTimeZone(options.tz)) throw usageError(`--tz: "${options.tz}" is not an IANA time zone (e.g. Europe/Paris).`);
    globals.timeZone = options.tz;
  }
  if (options.now !== undefined) {
    const at = new Date(options.now);
    if (!ISO_INSTANT.test(options.now) || Number.isNaN(at.getTime())) {
      throw usageError(`--now: "${options.now}" is not an ISO-8601 instant with a zone (e.g. 2026-10-20T12:00:00Z).`);
    }
    globals.now = at;
  }
  return globals;
}

/** True for an IANA zone name this system knows. */
export function isTimeZone(zone: string): boolean {
  return zone.length > 0 && Info.isValidIANAZone(zone);
}

/** The bundled resources (sample calendar); the bundle lives in out/cli, the sources in src/cli. */
const resourcesDir = () => fileURLToPath(new URL('../../resources', import.meta.url));

/**
 * Opens the data file shared with the desktop app, as of --now and in --tz when given. Loaded on
 * demand: the planner's libraries take a while to load, and `--help` or a usage error need none of it.
 */
export async function openEngine(globals: Globals): Promise<Engine> {
  const { createEngine } = await import('../main/engine');
  const fixed = globals.now;
  const engine = createEngine({
    dataDir: globals.dataDir,
    resourcesDir: resourcesDir(),
    sampleOnFirstRun: false,
    ...(fixed ? { clock: () => new Date(fixed.getTime()) } : {}),
    // --tz wins over Settings for this run, without being saved.
    ...(globals.timeZone ? { timeZoneOverride: globals.timeZone } : {}),
  });
  // A data file that had to be recovered is worth one line on stderr, as the app shows a banner.
  if (engine.notice) process.stderr.write(`tactful: ${engine.notice}\n`);
  return engine;
}

/** True when the data directory already holds a data file (so a read-only command can skip creating one). */
export async function hasDataFile(dataDir: string): Promise<boolean> {
  const { STORE_FILE_BASENAME } = await import('../main/store/repository');
  return existsSync(join(dataDir, `${STORE_FILE_BASENAME}.json`));
}
