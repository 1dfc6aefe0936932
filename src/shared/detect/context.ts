import type { CalendarEvent, CalendarOwner } from '../domain/event';
import { emailDomain, isCompanyDomain } from './domains';
import { INTERVIEW_STRONG, ORDINARY_MEETING } from './lexicon';
import { fold } from './text';

/**
 * What a whole calendar says that one event cannot: the domain of the owner's current
 * colleagues. A job seeker with a gmail address still has a work calendar full of stand-ups
 * and 1:1s with one employer; interviews organised from that domain are ones the owner runs.
 */
export interface CalendarContext {
  colleagueDomains: ReadonlySet<string>;
}

export const EMPTY_CONTEXT: CalendarContext = { colleagueDomains: new Set() };

/** Domains that share recurring or routine meetings with the owner on at least two events. */
export function calendarContext(events: readonly CalendarEvent[], owner: CalendarOwner): CalendarContext {
  const ownerEmail = owner.email.toLowerCase();
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!e || typeof e.summary !== 'string' || !Array.isArray(e.attendees) || (e.eventType && e.eventType !== 'default')) continue;
    const title = fold(e.summary.slice(0, 300));
    // Recurring or routine, and not an interview (the cheaper tests first).
    if (!e.recurringEventId && !ORDINARY_MEETING.test(title)) continue;
    if (INTERVIEW_STRONG.test(title)) continue;
    const seen = new Set<string>();
    for (const p of [e.organizer, ...e.attendees]) {
      const email = (p?.email ?? '').toLowerCase();
      if (!email || email === ownerEmail || p?.resource) continue;
      const d = emailDomain(email);
      if (isCompanyDomain(d)) seen.add(d);
    }
    for (const d of seen) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const colleagueDomains = new Set<string>();
  for (const [d, n] of counts) if (n >= 2) colleagueDomains.add(d);
  return { colleagueDomains };
}
