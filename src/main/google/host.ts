import type { IngestBatch } from '../../shared/domain/ingest';
import type { Reminder } from '../../shared/domain/reminder';
import type { StoreData } from '../../shared/domain/store';

/** What Google sync needs from the app (or CLI) hosting it. */
export interface GoogleSyncHost {
  /** Current persisted state. */
  read(): StoreData;
  /** Atomic, persisted immediately (crash-safe bookkeeping). */
  update(mutate: (data: StoreData) => void): StoreData;
  /** Detection + grouping into applications, persisted. */
  ingest(batch: IngestBatch): void;
  /** The reminders the current plan wants (derived, as of now). */
  reminders(): Reminder[];
  now(): Date;
}

/** Progress for the UI / CLI while a sync runs. */
export interface SyncProgress {
  phase: 'reading' | 'writing' | 'idle';
  calendarId?: string;
  done?: number;
  total?: number;
}

export type Sleep = (ms: number) => Promise<void>;
/** Returns a number in [0, 1), like Math.random. */
export type Random = () => number;
export type Log = (message: string) => void;
