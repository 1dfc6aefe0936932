/**
 * Test doubles shared by the Google tests and the bench: an in-memory host and a wired
 * GoogleSync against the local stand-in. Not imported by production code.
 */
import type { CalendarEvent } from '../../shared/domain/event';
import type { IngestBatch } from '../../shared/domain/ingest';
import type { Reminder } from '../../shared/domain/reminder';
import { emptyStore, type StoreData } from '../../shared/domain/store';
import type { GoogleSyncHost } from './host';
import { createGoogleSync, type GoogleSync, type GoogleSyncDeps } from './index';
import { MemoryTokenStore } from './tokens';

export const STANDIN_CLIENT_ID = 'test-client.apps.googleusercontent.com';
export const STANDIN_CLIENT_SECRET = 'test-secret';

/** In-memory host: keeps events per calendar the way the real engine reconciles batches. */
export class FakeHost implements GoogleSyncHost {
  data: StoreData = emptyStore();
  batches: IngestBatch[] = [];
  wanted: Reminder[] = [];
  clock = new Date('2026-09-01T12:00:00Z');
  /** calendarId → eventId → live event. */
  events = new Map<string, Map<string, CalendarEvent>>();
  updates = 0;
  /** Throw from update() once this many updates happened: a crash mid-sync. */
  crashAfterUpdates: number | undefined;

  constructor() {
    this.data.settings.google.clientId = STANDIN_CLIENT_ID;
    this.data.settings.google.clientSecret = STANDIN_CLIENT_SECRET;
    this.data.settings.timeZone = 'America/New_York';
  }

  read(): StoreData {
    return structuredClone(this.data);
  }

  update(mutate: (data: StoreData) => void): StoreData {
    if (this.crashAfterUpdates !== undefined && this.updates >= this.crashAfterUpdates) throw new Error('simulated crash');
    const next = structuredClone(this.data);
    mutate(next);
    this.data = next;
    this.updates++;
    return structuredClone(next);
  }

  ingest(batch: IngestBatch): void {
    this.batches.push(structuredClone(batch));
    const previous = this.events.get(batch.calendarId) ?? new Map<string, CalendarEvent>();
    const next = batch.complete ? new Map<string, CalendarEvent>() : previous;
    for (const e of batch.events) {
      if (e.status === 'cancelled') next.delete(e.id);
      else next.set(e.id, e);
    }
    this.events.set(batch.calendarId, next);
  }

  reminders(): Reminder[] {
    return structuredClone(this.wanted);
  }

  now(): Date {
    return new Date(this.clock);
  }

  /** Live event ids of one calendar, sorted. */
  eventIds(calendarId = 'primary'): string[] {
    return [...(this.events.get(calendarId)?.keys() ?? [])].sort();
  }
}

/** A reminder for tests: one per step, fingerprint from its contents. */
export function makeReminder(stepId: string, start: string, extra: Partial<Reminder> = {}): Reminder {
  const startMs = Date.parse(start);
  const base = {
    stepId,
    applicationId: `app-${stepId.split(':')[0]}`,
    roundId: null,
    kind: 'thank-you',
    title: `Follow-up ${stepId}`,
    description: `Draft for ${stepId}\nWhy: etiquette`,
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + 15 * 60_000).toISOString(),
    timeZone: 'America/New_York',
    categories: ['Tactful'],
    alarmMinutesBefore: 10,
    ...extra,
  } as Omit<Reminder, 'fingerprint'>;
  const fingerprint = `${base.title}|${base.start}|${base.end}|${base.description}`;
  return { ...base, fingerprint } as Reminder;
}

/** A plain Google-shaped event for seeding the stand-in. */
export function googleEvent(id: string, start: string, summary = `Event ${id}`, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const s = Date.parse(start);
  return {
    id,
    status: 'confirmed',
    summary,
    start: { dateTime: new Date(s).toISOString(), timeZone: 'UTC' },
    end: { dateTime: new Date(s + 45 * 60_000).toISOString(), timeZone: 'UTC' },
    ...extra,
  };
}

export interface StandInGrant {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  scope: string;
}

/** A GoogleSync wired to the stand-in, already signed in with `grant` (no browser). */
export async function connectedSync(
  origin: string,
  grant: StandInGrant,
  overrides: Partial<GoogleSyncDeps> = {},
): Promise<{ sync: GoogleSync; host: FakeHost; tokens: MemoryTokenStore }> {
  const host = (overrides.host as FakeHost | undefined) ?? new FakeHost();
  const tokens = (overrides.tokenStore as MemoryTokenStore | undefined) ?? new MemoryTokenStore();
  await tokens.save({
    refresh_token: grant.refresh_token,
    access_token: grant.access_token,
    expiry_date: Date.now() + grant.expires_in * 1000,
    scope: grant.scope,
    token_type: 'Bearer',
  });
  host.data.google.status = 'connected';
  const sync = createGoogleSync({
    host,
    tokenStore: tokens,
    env: { TACTFUL_GOOGLE_API_ROOT: origin },
    openBrowser: () => {
      throw new Error('no browser in this test');
    },
    sleep: async () => undefined,
    random: () => 0.5,
    ...overrides,
  });
  return { sync, host, tokens };
}
