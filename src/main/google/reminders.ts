import type { calendar_v3 } from '@googleapis/calendar';
import type { Reminder } from '../../shared/domain/reminder';
import type { ReminderRecord } from '../../shared/domain/store';
import type { CalendarApi } from './client';
import { describeGoogleError, isTransient } from './errors';
import type { GoogleSyncHost, Log, Sleep, SyncProgress } from './host';
import { ensureReminderCalendar, ReminderCalendarGone } from './reminderCalendar';
import { isTactfulEvent, reminderEventBody, reminderEventId, reminderFingerprint, writtenFingerprint } from './reminderEvent';

/** One write the plan needs; `forget` drops a local record without a request. */
export type ReminderOp =
  | { kind: 'insert'; reminder: Reminder }
  | { kind: 'patch'; reminder: Reminder; record: ReminderRecord }
  | { kind: 'delete'; stepId: string; record: ReminderRecord }
  | { kind: 'forget'; stepId: string };

/** Diffs wanted reminders against what was written: unchanged fingerprint = nothing, dismissed = never again. */
export function planReminderWrites(wanted: readonly Reminder[], records: Readonly<Record<string, ReminderRecord>>): ReminderOp[] {
  const byStep = new Map<string, Reminder>();
  for (const r of wanted) if (!byStep.has(r.stepId)) byStep.set(r.stepId, r);
  const ops: ReminderOp[] = [];
  for (const [stepId, record] of Object.entries(records)) {
    if (byStep.has(stepId)) continue;
    ops.push(record.dismissed ? { kind: 'forget', stepId } : { kind: 'delete', stepId, record });
  }
  for (const reminder of byStep.values()) {
    const record = records[reminder.stepId];
    if (!record) ops.push({ kind: 'insert', reminder });
    else if (!record.dismissed && record.fingerprint !== reminderFingerprint(reminder)) ops.push({ kind: 'patch', reminder, record });
  }
  return ops;
}

/** How many Google requests the plan still needs (what `google.pendingWrites` shows). */
export function countPendingWrites(ops: readonly ReminderOp[]): number {
  return ops.filter((op) => op.kind !== 'forget').length;
}

export interface WriteRemindersOptions {
  api: CalendarApi;
  host: GoogleSyncHost;
  sleep: Sleep;
  onProgress?: (p: SyncProgress) => void;
  log?: Log;
  /** True when the run should stop before its next request (a disconnect is waiting). */
  shouldStop?: () => boolean;
}

export interface WriteRemindersResult {
  /** Requests that changed something in Google (insert / patch / delete). */
  writes: number;
  pending: number;
}

const statusOf = (err: unknown) => describeGoogleError(err).status;

/** 403 that is not a rate limit: this sign-in may not change that calendar. */
function isForbidden(err: unknown): boolean {
  const info = describeGoogleError(err);
  return info.status === 403 && !isTransient(info);
}

export interface RetiredCleanup {
  /** Retired reminders deleted this run, or found already gone. */
  removed: number;
  /** Retired reminders still in Google because this sign-in may not change their calendar. */
  left: number;
  /** The calendars those are in. */
  leftIn: string[];
}

/**
 * Deletes the reminders left in a calendar Tactful no longer writes to (followReminderTarget,
 * disconnect). Each deletion is recorded at once, so a run cut short resumes where it stopped.
 * One already gone counts as removed. One this sign-in may not delete (403: the user reconnected
 * with the permission for the new calendar only) stays listed, unless reading it shows the user
 * deleted it meanwhile; other failures stop the run (the next sync tries again).
 */
export async function removeRetiredReminders(
  api: CalendarApi,
  host: GoogleSyncHost,
  log?: Log,
  shouldStop?: () => boolean,
): Promise<RetiredCleanup> {
  const result: RetiredCleanup = { removed: 0, left: 0, leftIn: [] };
  const blocked = new Set<string>();
  const drop = (entry: { calendarId: string; eventId: string }) =>
    dropRetired(host, (e) => e.calendarId === entry.calendarId && e.eventId === entry.eventId);
  for (const entry of host.read().google.retired ?? []) {
    if (shouldStop?.()) break;
    // Switched back to that calendar meanwhile, and the event is a live reminder again: keep it.
    const now = host.read().google;
    if (now.reminderCalendarId === entry.calendarId && Object.values(now.reminders).some((r) => r.eventId === entry.eventId)) {
      drop(entry);
      continue;
    }
    if (blocked.has(entry.calendarId)) {
      result.left++;
      continue;
    }
    let gone: boolean;
    try {
      await api.deleteEvent(entry.calendarId, entry.eventId);
      gone = true;
    } catch (err) {
      const s = statusOf(err);
      if (s === 404 || s === 410) gone = true;
      else if (isForbidden(err)) gone = await deletedByUser(api, entry.calendarId, entry.eventId);
      else throw err;
      if (!gone) {
        log?.(`google: may not delete old reminders in calendar ${entry.calendarId}; leaving them listed`);
        blocked.add(entry.calendarId);
        result.left++;
        continue;
      }
    }
    result.removed++;
    drop(entry);
  }
  result.leftIn = [...blocked];
  return result;
}

/** Forgets the retired reminders `gone` matches (they are deleted, or were never Tactful's to delete). */
export function dropRetired(host: GoogleSyncHost, gone: (entry: { calendarId: string; eventId: string }) => boolean): void {
  host.update((d) => {
    const rest = (d.google.retired ?? []).filter((e) => !gone(e));
    if (rest.length > 0) d.google.retired = rest;
    else delete d.google.retired;
  });
}

/** True when the event is no longer in Google (reading needs only the read permission). */
async function deletedByUser(api: CalendarApi, calendarId: string, eventId: string): Promise<boolean> {
  try {
    return (await api.getEvent(calendarId, eventId)).status === 'cancelled';
  } catch (err) {
    const s = statusOf(err);
    if (s === 404 || s === 410) return true;
    if (isForbidden(err)) return false;
    throw err;
  }
}

/**
 * Deletes the calendar Tactful created, with its reminders, when it holds nothing but Tactful's
 * reminders (the user may have added events of their own: then it is left alone). False when it
 * was kept; a calendar already gone counts as removed.
 */
export async function removeReminderCalendar(api: CalendarApi, calendarId: string): Promise<boolean> {
  try {
    let pageToken: string | undefined;
    do {
      const page = await api.listEvents({ calendarId, maxResults: 2500, singleEvents: false, ...(pageToken ? { pageToken } : {}) });
      if ((page.items ?? []).some((e) => e.status !== 'cancelled' && !isTactfulEvent(e))) return false;
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
    await api.deleteCalendar(calendarId);
    return true;
  } catch (err) {
    const s = statusOf(err);
    if (s === 404 || s === 410) return true;
    if (isForbidden(err)) return false;
    throw err;
  }
}

type Outcome = { record: ReminderRecord } | { dismissed: true } | { gone: true };

/**
 * Makes the reminder calendar hold exactly one event per wanted reminder. Every confirmed write
 * is recorded at once, so a run killed half-way resumes without duplicates (ids are deterministic).
 */
export async function writeReminders(options: WriteRemindersOptions): Promise<WriteRemindersResult> {
  try {
    return await writeOnce(options);
  } catch (err) {
    if (!(err instanceof ReminderCalendarGone)) throw err;
    options.log?.('google: the Tactful calendar was deleted; recreating it');
    options.host.update((d) => {
      delete d.google.reminderCalendarId;
      d.google.reminders = {};
    });
    return writeOnce(options);
  }
}

async function writeOnce({ api, host, sleep, onProgress, log, shouldStop }: WriteRemindersOptions): Promise<WriteRemindersResult> {
  const calendarId = await ensureReminderCalendar(api, host, sleep);
  const ops = planReminderWrites(host.reminders(), host.read().google.reminders);
  let remaining = countPendingWrites(ops);
  let writes = 0;
  let done = 0;
  const total = ops.length;
  onProgress?.({ phase: 'writing', done, total });

  const save = (stepId: string, value: ReminderRecord | undefined) => {
    host.update((d) => {
      if (value) d.google.reminders[stepId] = value;
      else delete d.google.reminders[stepId];
      d.google.pendingWrites = remaining;
    });
  };

  for (const op of ops) {
    // Every write so far is recorded: what is left is still pending for the next sync.
    if (shouldStop?.()) break;
    if (op.kind === 'forget') {
      save(op.stepId, undefined);
    } else if (op.kind === 'delete') {
      try {
        await api.deleteEvent(calendarId, op.record.eventId);
        writes++;
      } catch (err) {
        const s = statusOf(err);
        if (s !== 404 && s !== 410) throw err; // already gone: that is what we wanted
      }
      remaining--;
      save(op.stepId, undefined);
    } else {
      const outcome =
        op.kind === 'insert' ? await insert(api, calendarId, op.reminder) : await patch(api, calendarId, op.reminder, op.record.etag);
      if ('gone' in outcome) throw new ReminderCalendarGone();
      if ('record' in outcome) writes++;
      remaining--;
      if ('dismissed' in outcome) {
        log?.(`google: reminder for step ${op.reminder.stepId} was deleted by the user; not recreating it`);
        const previous = host.read().google.reminders[op.reminder.stepId];
        save(op.reminder.stepId, {
          eventId: reminderEventId(op.reminder.stepId),
          fingerprint: previous?.fingerprint ?? reminderFingerprint(op.reminder),
          dismissed: true,
        });
      } else {
        save(op.reminder.stepId, outcome.record);
      }
    }
    onProgress?.({ phase: 'writing', done: ++done, total });
  }
  return { writes, pending: remaining };
}

function recordOf(reminder: Reminder, event: calendar_v3.Schema$Event): ReminderRecord {
  const record: ReminderRecord = { eventId: reminderEventId(reminder.stepId), fingerprint: reminderFingerprint(reminder) };
  if (event.etag) record.etag = event.etag;
  return record;
}

/** Insert with the deterministic id; 409 means it is already there (a crash or a lost response): adopt it. */
async function insert(api: CalendarApi, calendarId: string, reminder: Reminder): Promise<Outcome> {
  const id = reminderEventId(reminder.stepId);
  try {
    return { record: recordOf(reminder, await api.insertEvent(calendarId, { id, ...reminderEventBody(reminder) })) };
  } catch (err) {
    const s = statusOf(err);
    if (s === 404) return { gone: true }; // insert cannot 404 unless the calendar itself is gone
    if (s !== 409) throw err;
  }
  const existing = await api.getEvent(calendarId, id);
  if (!isTactfulEvent(existing)) {
    throw new Error(`Google event ${id} already exists and is not Tactful's; leaving it alone.`);
  }
  if (existing.status !== 'cancelled' && writtenFingerprint(existing) === reminderFingerprint(reminder)) {
    return { record: recordOf(reminder, existing) };
  }
  // No local record, so a cancelled copy is one Tactful deleted when the step went away: revive it.
  const body = existing.status === 'cancelled' ? { ...reminderEventBody(reminder), status: 'confirmed' } : reminderEventBody(reminder);
  return writePatch(api, calendarId, reminder, body, existing.etag ?? undefined, false);
}

/** PATCH an event we wrote; if the user deleted it meanwhile, report `dismissed` instead of recreating it. */
async function patch(api: CalendarApi, calendarId: string, reminder: Reminder, etag: string | undefined): Promise<Outcome> {
  return writePatch(api, calendarId, reminder, reminderEventBody(reminder), etag, true);
}

async function writePatch(
  api: CalendarApi,
  calendarId: string,
  reminder: Reminder,
  body: calendar_v3.Schema$Event,
  etag: string | undefined,
  respectUserDeletion: boolean,
): Promise<Outcome> {
  const id = reminderEventId(reminder.stepId);
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const updated = await api.patchEvent(calendarId, id, body, etag);
      if (respectUserDeletion && updated.status === 'cancelled') return { dismissed: true };
      return { record: recordOf(reminder, updated) };
    } catch (err) {
      const s = statusOf(err);
      if (s === 404 || s === 410) return (await calendarExists(api, calendarId)) ? { dismissed: true } : { gone: true };
      if (s !== 412) throw err;
    }
    // 412: changed since we wrote it (by the user, or by our own write whose answer was lost).
    let fresh: calendar_v3.Schema$Event;
    try {
      fresh = await api.getEvent(calendarId, id);
    } catch (err) {
      const s = statusOf(err);
      if (s === 404 || s === 410) return (await calendarExists(api, calendarId)) ? { dismissed: true } : { gone: true };
      throw err;
    }
    if (respectUserDeletion && fresh.status === 'cancelled') return { dismissed: true };
    if (fresh.status !== 'cancelled' && writtenFingerprint(fresh) === reminderFingerprint(reminder)) {
      return { record: recordOf(reminder, fresh) };
    }
    etag = fresh.etag ?? undefined;
  }
  throw new Error(`Google kept changing reminder event ${id} while Tactful updated it; will retry at the next sync.`);
}

async function calendarExists(api: CalendarApi, calendarId: string): Promise<boolean> {
  if (calendarId === 'primary') return true;
  try {
    await api.getCalendar(calendarId);
    return true;
  } catch (err) {
    const s = statusOf(err);
    if (s === 404 || s === 410) return false;
    throw err;
  }
}
