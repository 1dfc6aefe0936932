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
export const JOINED_LATER_MS = 28 * 86_400_000;

/** An event's start (epoch ms), or NaN when it has none that parses. */
export function startMs(e: CalendarEvent): number {
  const s = e.start;
  return s ? Date.parse(s.dateTime ?? s.date ?? '') : NaN;
}

/** Domains that share recurring or routine meetings with the owner on at least two events. */
export function calendarContext(events: readonly CalendarEvent[], owner: CalendarOwner): CalendarContext {
  const ownerEmail = owner.email.toLowerCase();
  // A title with the owner's full name is about the owner (an invite to interview them), not a team's routine.
  const ownerName = typeof owner.name === 'string' && owner.name.trim().includes(' ') ? fold(owner.name.trim()) : '';
  // Also without a second surname ("Rafael Ortega" for Rafael Ortega Ruiz).
  const ownerWords = ownerName.split(' ');
  const ownerShort = ownerWords.length >= 3 ? `${ownerWords[0]} ${ownerWords[1]}` : '';
  const counts = new Map<string, number>();
  // Each domain's first routine meeting, and the calendar's first event of any kind.
  const first = new Map<string, number>();
  let calendarStart = Infinity;
  // Domains of the event at hand, without repeats: a list, as invites have a handful of people.
  const seen: string[] = [];
  for (const e of events) {
    const at = e ? startMs(e) : NaN;
    if (at < calendarStart) calendarStart = at;
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
      if (!Number.isNaN(at) && !(first.get(d)! <= at)) first.set(d, at);
    }
  }
  const colleagueDomains = new Set<string>();
  let colleagueSince: Map<string, number> | undefined;
  for (const [d, n] of counts) {
    if (n < 2) continue;
    colleagueDomains.add(d);
    // A domain none of whose events has a start stays undated (undefined - n is NaN).
    const since = first.get(d)!;
    if (since - calendarStart >= JOINED_LATER_MS) (colleagueSince ??= new Map()).set(d, since);
  }
  return colleagueSince ? { colleagueDomains, colleagueSince } : { colleagueDomains };
}

/**
 * The colleague domains as they were at `at` (epoch ms): without those the owner had not yet
 * begun to meet routinely (colleagueSince). The same object when nothing differs.
 */
export function contextAt(context: CalendarContext, at: number): CalendarContext {
  const since = context.colleagueSince;
  if (since === undefined || since.size === 0 || Number.isNaN(at)) return context;
  let later: string[] | undefined;
  for (const [d, t] of since) if (at < t) (later ??= []).push(d);
  if (later === undefined) return context;
  const key = later.sort().join(' ');
  let cache = AT_CACHE.get(context);
  if (cache === undefined) AT_CACHE.set(context, (cache = new Map()));
  let c = cache.get(key);
  if (c === undefined) {
    const domains = new Set(context.colleagueDomains);
    for (const d of later) domains.delete(d);
    c = { colleagueDomains: domains };
    cache.set(key, c);
  }
  return c;
}

/** contextAt's narrower contexts, per context and set of domains left out: a calendar has a few. */
const AT_CACHE = new WeakMap<CalendarContext, Map<string, CalendarContext>>();

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
