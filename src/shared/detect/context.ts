import type { CalendarEvent, CalendarOwner, EventPerson } from '../domain/event';
import { emailDomain, isCompanyDomain } from './domains';
import { INTERVIEW_STRONG, ORDINARY_MEETING, ROLE_NOUN } from './lexicon';
import { fold } from './text';
import { GATE, gateMaskLine } from './gate';

/**
 * What a whole calendar says that one event cannot: the domain of the owner's current
 * colleagues. A job seeker with a gmail address still has a work calendar full of stand-ups
 * and 1:1s with one employer; interviews organised from that domain are ones the owner runs.
 */
export interface CalendarContext {
  colleagueDomains: ReadonlySet<string>;
  /**
   * Of those, the domains the owner only started meeting routinely well after the calendar
   * begins (a new job), with when (epoch ms): before then they were an outside employer, and
   * their invites ("Hannah Schultz / Derek Olmstead - Accounting Manager") the owner's own
   * interviews for that job. Absent: every domain counts for the whole calendar.
   */
  colleagueSince?: ReadonlyMap<string, number>;
}

export const EMPTY_CONTEXT: CalendarContext = { colleagueDomains: new Set() };

/**
 * How long after the calendar's first event a domain's routine has to begin for the domain to
 * count as a later employer (colleagueSince). A current employer's routine reaches back to the
 * calendar's start; a first routine meeting weeks later is a new job's.
 */
const JOINED_LATER_MS = 28 * 86_400_000;

/** Whether `s` opens with a date written YYYY-MM-DD, as RFC 3339 times and all-day dates do. */
function isoDate(s: string): boolean {
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (const i of DIGITS_AT) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9];

/** Domains that share recurring or routine meetings with the owner on at least two events. */
export function calendarContext(events: readonly CalendarEvent[], owner: CalendarOwner): CalendarContext {
  const ownerEmail = owner.email.toLowerCase();
  // A title with the owner's full name is about the owner (an invite to interview them), not a team's routine.
  const ownerName = typeof owner.name === 'string' && owner.name.trim().includes(' ') ? fold(owner.name.trim()) : '';
  // Also without a second surname ("Rafael Ortega" for Rafael Ortega Ruiz).
  const ownerWords = ownerName.split(' ');
  const ownerShort = ownerWords.length >= 3 ? `${ownerWords[0]} ${ownerWords[1]}` : '';
  const counts = new Map<string, number>();
  // Each domain's first routine meeting, and the calendar's first event of any kind, as their
  // starts are written (RFC 3339): compared as strings, as parsing every start costs more than
  // the rest of this loop. Starts written in different offsets may then be hours out of order,
  // which is nothing beside JOINED_LATER_MS.
  const first = new Map<string, string>();
  let firstWritten: string | undefined;
  // Domains of the event at hand, without repeats: a list, as invites have a handful of people.
  const seen: string[] = [];
  for (const e of events) {
    const written = e?.start?.dateTime ?? e?.start?.date;
    const dated = typeof written === 'string' && isoDate(written);
    if (dated && (firstWritten === undefined || written < firstWritten)) firstWritten = written;
    if (!e || typeof e.summary !== 'string' || !Array.isArray(e.attendees) || (e.eventType && e.eventType !== 'default')) continue;
    // Recurring or routine, and not an interview (the cheaper tests first). The gate tells
    // cheaply of most titles that a pattern cannot match (then the pattern is not run).
    const head = e.summary.length > 300 ? e.summary.slice(0, 300) : e.summary;
    const lower = head.toLowerCase();
    const gate = lower.length === head.length ? gateMaskLine(lower) : -1;
    const title = gate === -1 ? fold(head) : lower;
    if (!e.recurringEventId && !(may(gate, GATE.ordinaryMeeting) && routineWord(title) !== undefined)) continue;
    if (may(gate, GATE.interviewStrong) && INTERVIEW_STRONG.test(title)) continue;
    if (ownerName !== '' && (title.includes(ownerName) || (ownerShort !== '' && title.includes(ownerShort)))) continue;
    // A series of interview days ("Tallgrass AI - onsite pairing", two days running) is no routine.
    if (INTERVIEW_DAY.test(title)) continue;
    seen.length = 0;
    addDomain(seen, e.organizer, ownerEmail);
    for (const p of e.attendees) addDomain(seen, p, ownerEmail);
    for (const d of seen) {
      counts.set(d, (counts.get(d) ?? 0) + 1);
      // An event with no usable start tells nothing of when.
      if (dated && !(first.get(d)! <= written)) first.set(d, written);
    }
  }
  const calendarStart = firstWritten === undefined ? NaN : Date.parse(firstWritten);
  const colleagueDomains = new Set<string>();
  let colleagueSince: Map<string, number> | undefined;
  for (const [d, n] of counts) {
    if (n < 2) continue;
    colleagueDomains.add(d);
    // A domain none of whose events has a start stays undated (NaN compares false).
    const since = Date.parse(first.get(d) ?? '');
    if (since - calendarStart >= JOINED_LATER_MS) (colleagueSince ??= new Map()).set(d, since);
  }
  return colleagueSince ? { colleagueDomains, colleagueSince } : { colleagueDomains };
}

/**
 * The colleague domains as they were when `event` starts: without those the owner had not yet
 * begun to meet routinely (colleagueSince). The same object when nothing differs, or when the
 * event has no start to tell.
 */
export function contextAt(context: CalendarContext, event: CalendarEvent): CalendarContext {
  const since = context.colleagueSince;
  if (since === undefined || since.size === 0) return context;
  const written = event.start?.dateTime ?? event.start?.date;
  if (typeof written !== 'string' || !isoDate(written)) return context;
  const dated = datedOf(context);
  // The domains joined by then are a prefix of the bounds (ordered by date): count them.
  const { bounds } = dated;
  let k = 0;
  let at = NaN;
  for (; k < bounds.length; k++) {
    const bound = bounds[k]!;
    // Most starts are days from a bound: the date as written tells, without parsing the time.
    if (written < bound.dayBefore) break;
    if (written < bound.dayAfter) {
      if (Number.isNaN(at)) at = Date.parse(written);
      if (at < bound.since) break;
    }
  }
  return dated.contexts[k]!;
}

/** A dated colleague domain, with the UTC days before and after its date (YYYY-MM-DD). */
interface Bound {
  domain: string;
  since: number;
  dayBefore: string;
  dayAfter: string;
}

/** A context's dated domains in date order, and the context as it is once the first k are joined. */
interface Dated {
  bounds: Bound[];
  contexts: CalendarContext[];
}

const DAY_MS = 86_400_000;

/** A context's dated domains and narrower contexts, worked out once per context. */
function datedOf(context: CalendarContext): Dated {
  let dated = DATED.get(context);
  if (dated === undefined) {
    // A written time's offset is at most a day from UTC: a start dated before the day before
    // the bound's UTC day is before it, one dated on the day after or later is not. A date
    // that is no time (a store's NaN) is never reached: that domain counts throughout.
    const day = (t: number) => (Number.isFinite(t) && Math.abs(t) < 8.64e15 ? new Date(t).toISOString().slice(0, 10) : '');
    const bounds = [...context.colleagueSince!]
      .map(([domain, t]) => ({ domain, since: t, dayBefore: day(t - DAY_MS), dayAfter: day(t + DAY_MS) }))
      .sort((x, y) => (x.since < y.since ? -1 : x.since > y.since ? 1 : 0));
    const contexts: CalendarContext[] = [];
    for (let k = 0; k < bounds.length; k++) {
      const domains = new Set(context.colleagueDomains);
      for (let j = k; j < bounds.length; j++) domains.delete(bounds[j]!.domain);
      contexts.push({ colleagueDomains: domains });
    }
    contexts.push(context);
    dated = { bounds, contexts };
    DATED.set(context, dated);
  }
  return dated;
}

const DATED = new WeakMap<CalendarContext, Dated>();

/** Words of an interview day that a team's routine meetings do not use. */
const INTERVIEW_DAY = /\b(?:on-?site|panel|loop|pairing|screening|case (?:study|session)s?|pruebas? de seleccion|selection (?:tests?|days?)|assessment (?:days?|cent(?:er|re)))\b/;

/** False when the gate rules the pattern out; -1 is no gate (text the gate does not read). */
function may(gate: number, bit: number): boolean {
  return gate === -1 || (gate & bit) !== 0;
}

function addDomain(seen: string[], p: EventPerson | undefined, ownerEmail: string): void {
  const email = p?.email;
  if (!email || p.resource) return;
  // emailDomain lower-cases the domain; the whole address is lower-cased only to tell the owner apart.
  const d = emailDomain(email);
  if (!isCompanyDomain(d) || seen.includes(d) || email.toLowerCase() === ownerEmail) return;
  seen.push(d);
}

/**
 * The routine-meeting word in a folded title ("stand-up", "planning"), or undefined. A word that
 * ends a job title is part of the job ("Teamleider Planning", "Manager, Inventory").
 */
export function routineWord(title: string): string | undefined {
  const m = ORDINARY_MEETING.exec(title);
  if (m === null) return undefined;
  // The word before it, past blanks and a comma.
  let end = m.index;
  while (end > 0 && (title.charCodeAt(end - 1) === 32 || title.charCodeAt(end - 1) === 44)) end--;
  if (end === m.index) return m[0];
  let start = end;
  while (start > 0 && title.charCodeAt(start - 1) !== 32 && title.charCodeAt(start - 1) !== 44) start--;
  // A "mock QBR" is an exercise, not the team's routine.
  const before = title.slice(start, end);
  return start < end && (ROLE_NOUN.test(before) || before === 'mock') ? undefined : m[0];
}
