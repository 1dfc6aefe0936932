import type { calendar_v3 } from '@googleapis/calendar';
import type { CalendarEvent, CalendarOwner } from '../../shared/domain/event';
import { fromGoogleEvent } from '../../shared/events/google';
import type { CalendarApi } from './client';
import { describeGoogleError } from './errors';
import type { GoogleSyncHost, Log, SyncProgress } from './host';

/** Google's largest page: fewest requests for a full sync. */
export const PAGE_SIZE = 2500;

export interface ReadCalendarOptions {
  api: CalendarApi;
  host: GoogleSyncHost;
  calendarId: string;
  owner?: CalendarOwner;
  onProgress?: (p: SyncProgress) => void;
  log?: Log;
}

export interface ReadCalendarResult {
  mode: 'full' | 'incremental';
  events: number;
  skipped: number;
  listRequests: number;
}

interface Snapshot {
  items: calendar_v3.Schema$Event[];
  nextSyncToken: string;
  pages: number;
}

class FullSyncRequired extends Error {}

/** Pages through events.list to the end; the sync token only comes with the last page. */
async function listAll(api: CalendarApi, calendarId: string, syncToken: string | undefined, onPage: (pages: number, items: number) => void): Promise<Snapshot> {
  const items: calendar_v3.Schema$Event[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  for (;;) {
    let page: calendar_v3.Schema$Events;
    try {
      // singleEvents on both kinds of sync: recurring interviews arrive as instances, and an
      // instance cancelled later arrives as its own tombstone. Google allows it with syncToken.
      page = await api.listEvents({
        calendarId,
        maxResults: PAGE_SIZE,
        singleEvents: true,
        ...(syncToken ? { syncToken } : {}),
        ...(pageToken ? { pageToken } : {}),
      });
    } catch (err) {
      if (syncToken && describeGoogleError(err).status === 410) throw new FullSyncRequired();
      throw err;
    }
    pages++;
    items.push(...(page.items ?? []));
    onPage(pages, items.length);
    // Short and even empty pages happen: only a missing nextPageToken ends the listing.
    if (page.nextPageToken) {
      pageToken = page.nextPageToken;
      continue;
    }
    if (!page.nextSyncToken) throw new Error(`Google returned the last page of ${calendarId} without a sync token.`);
    return { items, nextSyncToken: page.nextSyncToken, pages };
  }
}

function normalise(items: calendar_v3.Schema$Event[], calendarId: string, log?: Log): { events: CalendarEvent[]; skipped: number } {
  const events: CalendarEvent[] = [];
  let skipped = 0;
  for (const raw of items) {
    const mapped = fromGoogleEvent(raw, calendarId);
    if ('event' in mapped) events.push(mapped.event);
    else {
      skipped++;
      log?.(`google: skipped an event in ${calendarId}: ${mapped.skipped}`);
    }
  }
  return { events, skipped };
}

/**
 * Reads one calendar: incremental with the stored sync token, else (or on 410) a full sync.
 * A full sync is ingested as one complete batch only after every page arrived, so local
 * interviews are never wiped by a half-read calendar. The token is saved after the ingest:
 * a crash in between means re-reading the same changes, which is harmless.
 */
export async function readCalendar(options: ReadCalendarOptions): Promise<ReadCalendarResult> {
  const { api, host, calendarId, onProgress, log } = options;
  const progress = (done: number) => onProgress?.({ phase: 'reading', calendarId, done });
  const storedToken = host.read().google.calendars[calendarId]?.syncToken;
  let listRequests = 0;

  if (storedToken) {
    try {
      const snap = await listAll(api, calendarId, storedToken, (_p, n) => {
        listRequests++;
        progress(n);
      });
      const { events, skipped } = normalise(snap.items, calendarId, log);
      host.ingest({ source: 'google', calendarId, ...(options.owner ? { owner: options.owner } : {}), events, complete: false });
      saveToken(host, calendarId, snap.nextSyncToken, false);
      return { mode: 'incremental', events: events.length, skipped, listRequests };
    } catch (err) {
      if (!(err instanceof FullSyncRequired)) throw err;
      log?.(`google: sync token for ${calendarId} expired; reading the whole calendar again`);
      listRequests++;
      // Only the token goes: local interviews stay until the full snapshot replaces them.
      host.update((d) => {
        const cal = d.google.calendars[calendarId];
        if (cal) delete cal.syncToken;
      });
    }
  }

  const snap = await listAll(api, calendarId, undefined, (_p, n) => {
    listRequests++;
    progress(n);
  });
  // Google omits deleted events without showDeleted; drop any that slip through so the snapshot is live events only.
  const { events, skipped } = normalise(
    snap.items.filter((e) => e.status !== 'cancelled'),
    calendarId,
    log,
  );
  host.ingest({ source: 'google', calendarId, ...(options.owner ? { owner: options.owner } : {}), events, complete: true });
  saveToken(host, calendarId, snap.nextSyncToken, true);
  return { mode: 'full', events: events.length, skipped, listRequests };
}

function saveToken(host: GoogleSyncHost, calendarId: string, syncToken: string, full: boolean): void {
  const at = host.now().toISOString();
  host.update((d) => {
    const cal = (d.google.calendars[calendarId] ??= {});
    cal.syncToken = syncToken;
    cal.lastSyncAt = at;
    if (full) cal.lastFullSyncAt = at;
  });
}
