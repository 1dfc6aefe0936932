import { DateTime } from 'luxon';
import { TactfulError } from '../../shared/ipc/client';
import { safe } from '../../shared/domain/ids';
import { exportReminders } from '../ics/export';
import { writeFileAtomic } from '../ics/file';
import { fetchIcsUrl, IcsFetchError, IcsImportError, parseIcs } from '../ics/import';
import type { TactfulService } from './tactful';

/** How far around today recurring events are expanded on import. */
const WINDOW_PAST_DAYS = 180;
const WINDOW_FUTURE_DAYS = 365;

export interface IcsImportSummary {
  events: number;
  interviews: number;
}

/** .ics in and out for calendars that are not Google: import, export, and a file kept current. */
export class IcsService {
  private lastWritten: { path: string; text: string } | undefined;

  constructor(private readonly service: TactfulService) {}

  /** Imports a whole .ics file: all or nothing, then detection as for a sync. */
  importText(text: string, name: string): IcsImportSummary {
    const calendarId = `file:${safe(name.replace(/^.*[\\/]/, '')) || 'calendar.ics'}`;
    return this.ingest(text, calendarId);
  }

  /** Fetches a published calendar (http/https only, size and time limits) and imports it. */
  async importUrl(url: string): Promise<IcsImportSummary> {
    let text: string;
    try {
      text = await fetchIcsUrl(url);
    } catch (error) {
      if (error instanceof IcsFetchError) throw new TactfulError('ics-fetch', error.message);
      throw error;
    }
    return this.ingest(text, `url:${safe(url).slice(0, 150)}`);
  }

  /** The export of every open step (or one application's), with SEQUENCE bookkeeping persisted. */
  exportText(applicationId?: string): { text: string; steps: number; fileName: string } {
    const all = this.service.reminders();
    const reminders = applicationId ? all.filter((r) => r.applicationId === applicationId) : all;
    if (applicationId && !this.service.read().applications.some((a) => a.id === applicationId)) {
      throw new TactfulError('not-found', `There is no application "${applicationId}".`);
    }
    const data = this.service.read();
    const { text, book } = exportReminders({
      reminders,
      book: data.icsExport.sequences,
      now: this.service.now().toISOString(),
      calendarName: 'Tactful follow-ups',
    });
    // Only the full export owns the book: a one-application export must not drop the others' entries.
    if (!applicationId && JSON.stringify(book) !== JSON.stringify(data.icsExport.sequences)) {
      this.service.update((d) => {
        d.icsExport.sequences = book;
      });
    }
    return { text, steps: reminders.length, fileName: applicationId ? `tactful-${applicationId}.ics` : 'tactful-follow-ups.ics' };
  }

  /** Rewrites the subscribed file (Settings → .ics file) when its content changed. */
  async keepFileCurrent(): Promise<void> {
    const path = this.service.read().settings.icsExportPath;
    if (!path) return;
    const { text } = this.exportText();
    if (this.lastWritten?.path === path && this.lastWritten.text === withoutStamps(text)) return;
    await writeFileAtomic(path, text);
    this.lastWritten = { path, text: withoutStamps(text) };
  }

  private ingest(text: string, calendarId: string): IcsImportSummary {
    const now = DateTime.fromJSDate(this.service.now());
    let parsed: ReturnType<typeof parseIcs>;
    try {
      parsed = parseIcs(text, {
        calendarId,
        window: {
          start: now.minus({ days: WINDOW_PAST_DAYS }).toUTC().toISO()!,
          end: now.plus({ days: WINDOW_FUTURE_DAYS }).toUTC().toISO()!,
        },
      });
    } catch (error) {
      if (error instanceof IcsImportError) throw new TactfulError('ics-invalid', `This .ics file could not be imported: ${error.message}`);
      throw error;
    }
    const email = this.service.read().settings.profile.email;
    const owner = email ? { email } : parsed.ownerGuess;
    const result = this.service.ingest({ source: 'ics', calendarId, events: parsed.events, complete: true, ...(owner ? { owner } : {}) });
    return { events: parsed.events.length, interviews: result.interviews };
  }
}

/** DTSTAMP changes every export; it alone is no reason to rewrite a subscribed file. */
const withoutStamps = (text: string) => text.replace(/^DTSTAMP:.*$/gm, '');
