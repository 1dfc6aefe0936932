import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Repository, type BackingFactory } from './store/repository';
import { confBacking } from './store/conf-backing';
import { IcsService } from './services/ics';
import { readSample, sampleBatch, seedSample } from './services/sample';
import { TactfulService } from './services/tactful';
import type { SyncStatus } from '../shared/ipc/contract';
import { useHolidayLibrary } from '../shared/plan';

// Loaded only when a plan first needs a holiday country.
useHolidayLibrary(() => createRequire(import.meta.url)('date-holidays'));

/** Where the etiquette rules are explained; "why" links and reminders point here. */
export const DOCS_URL = 'https://github.com/tactful-app/tactful/blob/main/docs/etiquette.md';

export interface EngineOptions {
  dataDir: string;
  resourcesDir: string;
  clock?: () => Date;
  backing?: BackingFactory;
  /** The system's zone and locale; Settings win over these when they name one. */
  timeZone?: string;
  locale?: string;
  /** A zone for this run only that wins over Settings (the CLI's --tz). */
  timeZoneOverride?: string;
  /** Show the bundled sample calendar when the data file is new (the app does; the CLI does not). */
  sampleOnFirstRun?: boolean;
  syncStatus?: () => SyncStatus;
}

export interface Engine {
  service: TactfulService;
  ics: IcsService;
  sample: () => ReturnType<typeof sampleBatch>;
  dataFile: string;
  /** Set when the data file had to be recovered on open: tell the user once. */
  notice?: string;
}

/** Opens the data file and builds the services every host shares. */
export function createEngine(options: EngineOptions): Engine {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const clock = options.clock ?? (() => new Date());
  const { repo, created, notice } = Repository.open(options.dataDir, options.backing ?? confBacking, clock());
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  const service = new TactfulService({
    repo,
    clock,
    systemTimeZone: options.timeZone ?? resolved.timeZone ?? 'UTC',
    systemLocale: options.locale ?? resolved.locale ?? 'en-US',
    docsUrl: DOCS_URL,
    ...(options.timeZoneOverride ? { timeZoneOverride: options.timeZoneOverride } : {}),
    ...(options.syncStatus ? { syncStatus: options.syncStatus } : {}),
    ...(notice ? { notice } : {}),
  });
  const samplePath = join(options.resourcesDir, 'sample-calendar.json');
  // Only a brand-new data file gets the sample: leaving sample mode must stick across launches.
  if (options.sampleOnFirstRun && created) {
    seedSample(service, readSample(samplePath));
  }
  return {
    service,
    ics: new IcsService(service),
    sample: () => sampleBatch(readSample(samplePath), clock()),
    dataFile: repo.path,
    ...(notice ? { notice } : {}),
  };
}
