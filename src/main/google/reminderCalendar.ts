import type { StoreData } from '../../shared/domain/store';
import type { CalendarApi } from './client';
import { describeGoogleError, isTransient } from './errors';
import type { GoogleSyncHost, Sleep } from './host';

export const REMINDER_CALENDAR_SUMMARY = 'Tactful follow-ups';
/** Marker in the description: lets a crash between create and record adopt the calendar instead of making a second. */
export const REMINDER_CALENDAR_MARKER = '[tactful:follow-ups]';

/** Thrown when Google says the reminder calendar no longer exists (the user deleted it). */
export class ReminderCalendarGone extends Error {
  constructor() {
    super('The Tactful follow-ups calendar no longer exists.');
  }
}

/**
 * Moves the reminder records of `calendarId` to the retired list (their events are to be
 * deleted) and clears them. Reminders the user deleted by hand are already gone.
 */
export function retireReminders(d: StoreData, calendarId: string): void {
  const retired = d.google.retired ?? [];
  for (const record of Object.values(d.google.reminders)) {
    if (!record.dismissed) retired.push({ calendarId, eventId: record.eventId });
  }
  d.google.reminders = {};
  if (retired.length > 0) d.google.retired = retired;
}

/**
 * When the user has switched where reminders go, the reminders already written stay behind in
 * the old calendar: retire them (removeRetiredReminders deletes them) and forget the old
 * calendar. Called before any write, and before a sign-in asks for the new permission, while
 * the saved sign-in may still allow changing the old calendar.
 */
export function followReminderTarget(host: GoogleSyncHost): void {
  const data = host.read();
  const wanted = data.settings.google.reminderTarget;
  const stored = data.google.reminderCalendarId;
  if (stored === undefined || (wanted === 'primary') === (stored === 'primary')) return;
  host.update((d) => {
    retireReminders(d, stored);
    if (wanted === 'primary') d.google.reminderCalendarId = 'primary';
    else delete d.google.reminderCalendarId;
  });
}

/**
 * The calendar reminders go to: primary (opt-in), or the secondary calendar Tactful created,
 * created once and remembered. Reminders in the calendar used before are retired first.
 */
export async function ensureReminderCalendar(api: CalendarApi, host: GoogleSyncHost, sleep: Sleep): Promise<string> {
  followReminderTarget(host);
  const data = host.read();
  const wanted = data.settings.google.reminderTarget;
  const stored = data.google.reminderCalendarId;
  if (wanted === 'primary') {
    if (stored !== 'primary') adopt(host, 'primary');
    return 'primary';
  }
  if (stored && stored !== 'primary') return stored;

  const zone = data.settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  let id: string | undefined;
  for (let attempt = 1; !id; attempt++) {
    id = await findMine(api);
    if (id) break;
    try {
      const created = await api.insertCalendar({
        summary: REMINDER_CALENDAR_SUMMARY,
        description: `Thank-you notes and follow-ups planned by Tactful. Safe to hide; deleting it removes the reminders. ${REMINDER_CALENDAR_MARKER}`,
        ...(zone ? { timeZone: zone } : {}),
      });
      if (!created.id) throw new Error('Google created the Tactful calendar but returned no id.');
      id = created.id;
    } catch (err) {
      // The create may have happened although the answer was lost: look again before creating again.
      if (!isTransient(describeGoogleError(err)) || attempt >= 4) throw err;
      await sleep(1000 * 2 ** attempt);
    }
  }
  adopt(host, id);
  return id;
}

/** The calendar Tactful made earlier, recognised by the marker in its description. */
async function findMine(api: CalendarApi): Promise<string | undefined> {
  try {
    const mine = (await api.listCalendars()).find(
      (c) => c.accessRole === 'owner' && c.id && (c.description ?? '').includes(REMINDER_CALENDAR_MARKER),
    );
    return mine?.id ?? undefined;
  } catch (err) {
    // Listing is only a duplicate guard; a missing permission must not block creating the calendar.
    const s = describeGoogleError(err).status;
    if (s === 403 || s === 404) return undefined;
    throw err;
  }
}

function adopt(host: GoogleSyncHost, calendarId: string): void {
  host.update((d) => {
    d.google.reminderCalendarId = calendarId;
    d.google.reminders = {};
  });
}
