import type { CalendarEvent, CalendarOwner, EventSource } from './event';

/** A batch of events from one calendar, handed to the engine by a source (sync, import, sample). */
export interface IngestBatch {
  source: EventSource;
  calendarId: string;
  owner?: CalendarOwner;
  /** Changed events; Google tombstones arrive as `status: 'cancelled'`. */
  events: CalendarEvent[];
  /**
   * true = `events` is the whole calendar (full sync, whole .ics file): interviews from this
   * calendar that are missing from it are removed (set difference), after the batch is complete.
   */
  complete: boolean;
}
