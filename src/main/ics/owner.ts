/**
 * Guesses whose calendar an .ics file is: a file has no "self" flag, but the
 * owner is the one address present in (nearly) every meeting, as organizer of
 * their own and as attendee of the invites they received.
 */
import type { CalendarEvent, CalendarOwner, EventPerson } from '../../shared/domain/event';

/** The address that appears in the most distinct meetings, when it clearly leads. */
export function guessOwner(events: CalendarEvent[]): CalendarOwner | undefined {
  const meetings = new Map<string, Set<string>>();
  const names = new Map<string, Map<string, number>>();
  const count = (p: EventPerson | undefined, meeting: string): void => {
    if (!p?.email || p.resource) return;
    const email = p.email.toLowerCase();
    let set = meetings.get(email);
    if (!set) meetings.set(email, (set = new Set()));
    set.add(meeting);
    if (p.displayName) {
      let byName = names.get(email);
      if (!byName) names.set(email, (byName = new Map()));
      byName.set(p.displayName, (byName.get(p.displayName) ?? 0) + 1);
    }
  };
  for (const e of events) {
    if (e.organizer?.self && e.organizer.email) return withName({ email: e.organizer.email }, e.organizer.displayName);
    const self = e.attendees.find((a) => a.self && a.email);
    if (self?.email) return withName({ email: self.email }, self.displayName);
    // A series counts once: a weekly stand-up must not outvote the owner.
    const meeting = e.recurringEventId ?? e.id;
    count(e.organizer, meeting);
    for (const a of e.attendees) count(a, meeting);
  }
  const ranked = [...meetings.entries()].map(([email, set]) => ({ email, n: set.size })).sort((a, b) => b.n - a.n || a.email.localeCompare(b.email));
  const best = ranked[0];
  const second = ranked[1];
  if (!best || best.n < 2 || (second && second.n >= best.n)) return undefined;
  const byName = names.get(best.email);
  const name = byName ? [...byName.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
  return withName({ email: best.email }, name);
}

function withName(owner: CalendarOwner, name: string | undefined): CalendarOwner {
  return name ? { ...owner, name } : owner;
}

/** Mark the owner's entries as `self`, as Google does, so every source looks alike downstream. */
export function markSelf(events: CalendarEvent[], owner: CalendarOwner): void {
  const email = owner.email.toLowerCase();
  for (const e of events) {
    if (e.organizer?.email === email) e.organizer.self = true;
    for (const a of e.attendees) if (a.email === email) a.self = true;
  }
}
