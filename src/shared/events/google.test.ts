import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromGoogleEvent, ownerFromEventsList } from './google';
import { CalendarEventSchema } from '../domain/event';

const meetEvent = {
  kind: 'calendar#event',
  etag: '"1"',
  id: 'abc123',
  status: 'confirmed',
  summary: 'Phone Screen - Data Analyst',
  description: '<p>Hi</p>',
  start: { dateTime: '2026-09-08T13:00:00-04:00', timeZone: 'America/New_York' },
  end: { dateTime: '2026-09-08T13:30:00-04:00' },
  organizer: { email: 'hr@acme.com', displayName: 'Acme HR' },
  creator: { email: 'hr@acme.com' },
  attendees: [
    { email: 'hr@acme.com', organizer: true, responseStatus: 'accepted' },
    { email: 'me@gmail.com', self: true, responseStatus: 'needsAction' },
    { email: 'room@resource.calendar.google.com', resource: true, responseStatus: 'weird' },
  ],
  hangoutLink: 'https://meet.google.com/abc-defg-hij',
  conferenceData: {
    entryPoints: [
      { entryPointType: 'video', uri: 'https://meet.google.com/abc-defg-hij', label: 'meet.google.com/abc-defg-hij' },
      { entryPointType: 'phone', uri: 'tel:+1-555-0100', pin: '123' },
      { entryPointType: 'broken' },
    ],
    conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
  },
  eventType: 'default',
  recurringEventId: 'abc',
  iCalUID: 'abc123@google.com',
  futureField: { anything: true },
};

describe('fromGoogleEvent', () => {
  it('maps a Google event to the normalised shape', () => {
    const r = fromGoogleEvent(meetEvent, 'primary');
    expect('event' in r).toBe(true);
    if (!('event' in r)) return;
    const e = r.event;
    expect(CalendarEventSchema.safeParse(e).success).toBe(true);
    expect(e).toMatchObject({
      id: 'abc123',
      source: 'google',
      calendarId: 'primary',
      status: 'confirmed',
      summary: 'Phone Screen - Data Analyst',
      location: '',
      hangoutLink: 'https://meet.google.com/abc-defg-hij',
      conferenceName: 'Google Meet',
      recurringEventId: 'abc',
    });
    expect(e.conferenceEntryPoints).toHaveLength(2);
    expect(e.attendees[1]).toEqual({ email: 'me@gmail.com', self: true, responseStatus: 'needsAction' });
    // An unknown responseStatus is dropped, the attendee kept.
    expect(e.attendees[2]).toEqual({ email: 'room@resource.calendar.google.com', resource: true });
  });

  it('defaults a missing title, status and event type', () => {
    const r = fromGoogleEvent({ id: 'x' }, 'cal');
    expect(r).toEqual({
      event: {
        id: 'x', source: 'google', calendarId: 'cal', status: 'confirmed', summary: '', description: '', location: '',
        attendees: [], conferenceEntryPoints: [], eventType: 'default',
      },
    });
  });

  it.each([
    [null, 'not an object'],
    [[1, 2], 'not an object'],
    [{ summary: 'no id' }, 'missing id'],
    [{ id: 7 }, 'missing id'],
    [{ id: 'a', summary: 42 }, 'summary is not a string'],
    [{ id: 'a', description: ['x'] }, 'description is not a string'],
    [{ id: 'a', status: 'exploded' }, 'unknown status'],
    [{ id: 'a', start: 'tomorrow' }, 'start'],
    [{ id: 'a', attendees: 'everyone' }, 'attendees is not a list'],
  ])('skips %j with a reason', (raw, reason) => {
    const r = fromGoogleEvent(raw, 'primary');
    expect('skipped' in r && r.skipped).toContain(reason);
  });

  it('never throws and always yields a valid event or a reason (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.record({ id: fc.string(), summary: fc.anything(), attendees: fc.anything(), conferenceData: fc.anything(), start: fc.anything() }, { requiredKeys: [] }), (a, b) => {
        for (const raw of [a, b]) {
          const r = fromGoogleEvent(raw, 'primary');
          if ('event' in r) expect(CalendarEventSchema.safeParse(r.event).success).toBe(true);
          else expect(typeof r.skipped).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives a throwing getter', () => {
    const evil = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(fromGoogleEvent(evil, 'primary')).toEqual({ skipped: 'unreadable event: boom' });
  });
});

describe('ownerFromEventsList', () => {
  it('prefers a top-level owner', () => {
    expect(ownerFromEventsList({ owner: { email: 'sam@gmail.com', name: 'Sam' }, items: [] })).toEqual({ email: 'sam@gmail.com', name: 'Sam' });
  });
  it('uses an events.list summary that is an address', () => {
    expect(ownerFromEventsList({ kind: 'calendar#events', summary: 'sam@gmail.com', items: [] })).toEqual({ email: 'sam@gmail.com' });
  });
  it('falls back to a self attendee', () => {
    const list = { summary: 'Work', items: [{ id: '1', attendees: [{ email: 'a@x.com' }, { email: 'me@x.com', self: true, displayName: 'Me' }] }] };
    expect(ownerFromEventsList(list)).toEqual({ email: 'me@x.com', name: 'Me' });
  });
  it('returns undefined when nothing says who owns the calendar', () => {
    expect(ownerFromEventsList({ items: [{ id: '1' }] })).toBeUndefined();
    expect(ownerFromEventsList('nope')).toBeUndefined();
  });
});
