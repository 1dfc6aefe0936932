import { DateTime, Info } from 'luxon';
import { assignApplication, calendarContext, detectInterviews, type CalendarContext, type Detection } from '../../shared/detect';
import { emptyDecisions, type Application, type Interview } from '../../shared/domain/application';
import type { CalendarEvent, CalendarOwner, EventTime } from '../../shared/domain/event';
import { interviewIdFor, safe } from '../../shared/domain/ids';
import type { IngestBatch } from '../../shared/domain/ingest';
import type { StoreData } from '../../shared/domain/store';

export interface IngestResult {
  events: number;
  /** Interviews found in this batch (new or updated). */
  interviews: number;
  added: number;
  removed: number;
  skipped: Array<{ eventId: string; reason: string }>;
}

/**
 * Applies one batch of calendar events to the data: detect, extract, group into applications.
 * What the user decided (feedback) always wins over what the detector says, on every sync.
 */
export function applyIngest(draft: StoreData, batch: IngestBatch, now: string, userZone: string): IngestResult {
  const owner: CalendarOwner = batch.owner ?? draft.owner ?? { email: draft.settings.profile.email };
  if (batch.owner) draft.owner = batch.owner;
  if (batch.source !== 'sample' && draft.sampleMode) leaveSampleMode(draft);

  const result: IngestResult = { events: batch.events.length, interviews: 0, added: 0, removed: 0, skipped: [] };
  const context = colleaguesOf(draft, batch, owner);
  const byId = new Map(draft.interviews.map((i) => [i.id, i]));
  const seen = new Set<string>();
  // One call for the batch: rounds whose invite spells no company take the name another round
  // spelled. A dismissed event is never suggested again: it is decided (for the skip report)
  // without extracting.
  const dismissed = (e: CalendarEvent): boolean => draft.feedback[interviewIdFor(batch.source, batch.calendarId, e.id)]?.decision === 'dismissed';
  const live = batch.events.filter((e) => e.status !== 'cancelled');
  const detections = new Map<CalendarEvent, Detection>();
  const names = employerNamesOf(draft, batch);
  detectInterviews(live, owner, { context, details: (e) => !dismissed(e), names }).forEach((d, k) => detections.set(live[k]!, d));
  keepEmployerNames(draft, batch, names);

  for (const event of batch.events) {
    const id = interviewIdFor(batch.source, batch.calendarId, event.id);
    seen.add(id);
    const existing = byId.get(id);
    if (event.status === 'cancelled') {
      if (existing) cancel(draft, byId, existing);
      continue;
    }
    const feedback = draft.feedback[id];
    const detection = detections.get(event)!;
    if (detection.skippedReason) result.skipped.push({ eventId: event.id, reason: detection.skippedReason });
    if (feedback?.decision === 'dismissed') continue;
    const confirmed = feedback?.decision === 'confirmed';
    if (!detection.isInterview && !confirmed) {
      if (existing) {
        remove(byId, existing);
        result.removed++;
      }
      continue;
    }
    const times = eventTimes(event, userZone);
    if (!times) {
      result.skipped.push({ eventId: event.id, reason: 'the event has no usable start and end time' });
      continue;
    }
    const company = feedback?.company ?? detection.company ?? (existing ? companyOf(draft, existing) : undefined) ?? 'Unknown company';
    const role = feedback?.role !== undefined ? feedback.role : detection.role;
    const applicationId = placeIn(draft, feedback?.applicationId ?? existing?.applicationId, company, role, now);
    const interview: Interview = {
      id,
      applicationId,
      source: batch.source,
      calendarId: batch.calendarId,
      eventId: event.id,
      title: event.summary,
      start: times.start,
      end: times.end,
      timeZone: times.timeZone,
      kind: feedback?.kind ?? detection.kind,
      interviewers: detection.interviewers,
      round: existing?.round ?? 1,
      status: 'scheduled',
      ...(detection.meetingLink ? { meetingLink: detection.meetingLink } : {}),
      ...(detection.location ? { location: detection.location } : {}),
      confidence: clamp01(detection.confidence),
      reasons: reasonsFor(detection, confirmed),
      review: confirmed ? 'confirmed' : (existing?.review ?? 'suggested'),
      detectedAt: existing?.detectedAt ?? now,
    };
    if (!existing) result.added++;
    byId.set(id, interview);
    result.interviews++;
  }

  if (batch.complete) {
    for (const interview of [...byId.values()]) {
      const fromThisCalendar = interview.source === batch.source && interview.calendarId === batch.calendarId;
      if (!fromThisCalendar || seen.has(interview.id)) continue;
      // Gone from the calendar: a confirmed round stays in history as cancelled.
      if (interview.review === 'confirmed') cancel(draft, byId, interview);
      else {
        remove(byId, interview);
        result.removed++;
      }
    }
  }
  draft.interviews = [...byId.values()];
  tidyApplications(draft);
  return result;
}

/**
 * Who the owner works with, learned from a whole calendar: a full snapshot replaces what was
 * known for that calendar, an incremental batch adds to it. A domain keeps the date the owner
 * began meeting it (colleagueSince) from whichever batch saw it first; one known undated stays
 * undated, as a full snapshot found it there from the calendar's start.
 */
function colleaguesOf(draft: StoreData, batch: IngestBatch, owner: CalendarOwner): CalendarContext {
  const key = `${batch.source}:${batch.calendarId}`;
  const learned = calendarContext(batch.events, owner);
  const known = batch.complete ? [] : (draft.colleagueDomains?.[key] ?? []);
  const knownSince = batch.complete ? {} : (draft.colleagueSince?.[key] ?? {});
  const domains = [...new Set([...known, ...learned.colleagueDomains])].slice(0, 200);
  const since: Record<string, number> = {};
  for (const d of domains) {
    const t = known.includes(d) ? knownSince[d] : learned.colleagueSince?.get(d);
    if (t !== undefined) since[d] = t;
  }
  draft.colleagueDomains = { ...draft.colleagueDomains, [key]: domains };
  draft.colleagueSince = { ...draft.colleagueSince, [key]: since };
  const entries = Object.entries(since);
  return entries.length > 0 ? { colleagueDomains: new Set(domains), colleagueSince: new Map(entries) } : { colleagueDomains: new Set(domains) };
}

/**
 * The employer names spelled in this calendar's earlier batches: a full snapshot starts afresh
 * (its own rounds spell what is still there), an incremental batch builds on them.
 */
function employerNamesOf(draft: StoreData, batch: IngestBatch): Map<string, string> {
  const known = batch.complete ? undefined : draft.employerNames?.[`${batch.source}:${batch.calendarId}`];
  return new Map(known ? Object.entries(known) : []);
}

/**
 * Keeps the names for the next batch; at most the last EMPLOYER_NAMES_MAX, as a calendar's
 * employers are far fewer. A label or name longer than the store allows (an attendee address
 * no mail server would take) is left out rather than failing the whole sync.
 */
function keepEmployerNames(draft: StoreData, batch: IngestBatch, names: Map<string, string>): void {
  const entries = [...names].filter(([label, name]) => label.length <= 253 && name.length <= 300).slice(-EMPLOYER_NAMES_MAX);
  draft.employerNames = { ...draft.employerNames, [`${batch.source}:${batch.calendarId}`]: Object.fromEntries(entries) };
}

const EMPLOYER_NAMES_MAX = 500;

/** Removes the sample calendar's interviews and applications: the user now has real data. */
export function leaveSampleMode(draft: StoreData): void {
  const sampleApps = new Set(draft.interviews.filter((i) => i.source === 'sample').map((i) => i.applicationId));
  draft.interviews = draft.interviews.filter((i) => i.source !== 'sample');
  draft.applications = draft.applications.filter(
    (a) => !sampleApps.has(a.id) || draft.interviews.some((i) => i.applicationId === a.id),
  );
  for (const key of Object.keys(draft.feedback)) if (key.startsWith('sample:')) delete draft.feedback[key];
  draft.sampleMode = false;
}

/** Renumbers rounds by start time and drops applications that no longer hold any interview. */
export function tidyApplications(draft: StoreData): void {
  const byApp = new Map<string, Interview[]>();
  for (const interview of draft.interviews) {
    const list = byApp.get(interview.applicationId) ?? [];
    list.push(interview);
    byApp.set(interview.applicationId, list);
  }
  for (const list of byApp.values()) {
    list.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    let round = 0;
    for (const interview of list) interview.round = interview.status === 'cancelled' ? Math.max(round, 1) : ++round;
  }
  draft.applications = draft.applications.filter((a) => byApp.has(a.id));
}

function placeIn(draft: StoreData, preferred: string | undefined, company: string, role: string | null, now: string): string {
  if (preferred && draft.applications.some((a) => a.id === preferred)) return preferred;
  const candidates = draft.applications.filter((a) => !a.pinned || a.company === company);
  const found = assignApplication({ company, role }, candidates);
  if (found) {
    const app = draft.applications.find((a) => a.id === found);
    if (app && app.role === null && role) app.role = role;
    return found;
  }
  const application: Application = {
    id: newApplicationId(draft, company, role),
    company,
    role,
    notes: '',
    decisions: emptyDecisions(),
    createdAt: now,
  };
  draft.applications.push(application);
  return application.id;
}

/** A readable, stable id: "app-globex-data-analyst", with a suffix when taken. */
export function newApplicationId(draft: StoreData, company: string, role: string | null): string {
  const base = `app-${slug(company)}${role ? `-${slug(role)}` : ''}`.slice(0, 80);
  const taken = new Set(draft.applications.map((a) => a.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const slug = (text: string) =>
  safe(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  ) || 'x';

function cancel(draft: StoreData, byId: Map<string, Interview>, interview: Interview): void {
  if (interview.review === 'suggested' && !draft.feedback[interview.id]) {
    byId.delete(interview.id);
    return;
  }
  byId.set(interview.id, { ...interview, status: 'cancelled' });
}

function remove(byId: Map<string, Interview>, interview: Interview): void {
  byId.delete(interview.id);
}

function companyOf(draft: StoreData, interview: Interview): string | undefined {
  return draft.applications.find((a) => a.id === interview.applicationId)?.company;
}

function reasonsFor(detection: Detection, confirmed: boolean): string[] {
  return confirmed && !detection.isInterview ? ['you confirmed this interview', ...detection.reasons] : detection.reasons;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** UTC instants for an event; all-day events start at the beginning of their day in the user's zone. */
export function eventTimes(
  event: CalendarEvent,
  userZone: string,
): { start: string; end: string; timeZone: string } | null {
  const timeZone = validZone(event.start?.timeZone) ?? userZone;
  const start = instant(event.start, timeZone);
  if (!start) return null;
  const end = instant(event.end, timeZone) ?? start;
  return { start: start.toISO()!, end: (end < start ? start : end).toISO()!, timeZone };
}

function instant(time: EventTime | undefined, zone: string): DateTime | null {
  if (!time) return null;
  const dt = time.dateTime
    ? DateTime.fromISO(time.dateTime, { setZone: true })
    : time.date
      ? DateTime.fromISO(time.date, { zone })
      : null;
  return dt && dt.isValid ? dt.toUTC() : null;
}

function validZone(zone: string | undefined): string | undefined {
  return zone && Info.isValidIANAZone(zone) ? zone : undefined;
}
