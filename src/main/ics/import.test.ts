import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CalendarEventSchema, type CalendarEvent } from '../../shared/domain/event';
import ICAL from 'ical.js';
import { exportReminders, uidForStep } from './export';
import { IcsImportError, guessOwner, parseIcs } from './import';
import { sampleReminders } from './testing/reminders';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'ics');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const WINDOW = { start: '2026-10-01T00:00:00Z', end: '2027-01-01T00:00:00Z' };
const parse = (text: string, window = WINDOW) => parseIcs(text, { calendarId: 'cal-1', window });

/** Wrap VEVENT lines in a minimal calendar. */
function cal(...lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

function errorOf(fn: () => unknown): IcsImportError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IcsImportError);
    return e as IcsImportError;
  }
  throw new Error('expected an IcsImportError');
}

const bySummary = (events: CalendarEvent[], s: string) => events.filter((e) => e.summary.startsWith(s));

describe('parseIcs on an Outlook export', () => {
  const { events, calendarName, ownerGuess } = parse(fixture('outlook.ics'));

  it('produces valid normalised events', () => {
    for (const e of events) expect(CalendarEventSchema.parse(e)).toEqual(e);
    expect(events.every((e) => e.source === 'ics' && e.calendarId === 'cal-1' && e.eventType === 'default')).toBe(true);
    expect(calendarName).toBe('Calendar');
  });

  it('maps Windows zone names to IANA and keeps the instants right', () => {
    const [contoso] = bySummary(events, 'Interview: Senior Product Designer');
    expect(contoso!.start).toEqual({ dateTime: '2026-11-04T10:00:00-08:00', timeZone: 'America/Los_Angeles' });
    expect(contoso!.end!.dateTime).toBe('2026-11-04T10:45:00-08:00');
    const [northwind] = bySummary(events, 'Onsite interview');
    expect(northwind!.start).toEqual({ dateTime: '2026-11-12T10:00:00+01:00', timeZone: 'Europe/Berlin' });
  });

  it("uses the file's VTIMEZONE for a display-name TZID", () => {
    const [fabrikam] = bySummary(events, 'Phone screen - Fabrikam');
    expect(fabrikam!.start!.dateTime).toBe('2026-10-21T14:30:00-04:00');
    expect(new Date(fabrikam!.end!.dateTime!).toISOString()).toBe('2026-10-21T19:00:00.000Z');
  });

  it('reads people: CN, PARTSTAT, optional, rooms, organizer, and marks the owner', () => {
    expect(ownerGuess).toEqual({ email: 'jordan.lee@outlook.com', name: 'Jordan Lee' });
    const [northwind] = bySummary(events, 'Onsite interview');
    expect(northwind!.organizer).toEqual({ email: 'maren.vogel@northwindtraders.de', displayName: 'Maren Vogel' });
    expect(northwind!.attendees).toContainEqual({ email: 'jordan.lee@outlook.com', displayName: 'Jordan Lee', responseStatus: 'tentative', self: true });
    expect(northwind!.attendees).toContainEqual({ email: 'room.spree@northwindtraders.de', displayName: 'Berlin HQ - Room Spree', resource: true });
    const [contoso] = bySummary(events, 'Interview: Senior Product Designer');
    expect(contoso!.attendees.find((a) => a.email === 'aisha.bello@contoso.com')?.optional).toBe(true);
    expect(northwind!.location).toBe('Northwind Traders GmbH, Torstrasse 49, 10119 Berlin');
  });

  it('finds the Teams and Zoom links', () => {
    const [contoso] = bySummary(events, 'Interview: Senior Product Designer');
    expect(contoso!.conferenceName).toBe('Microsoft Teams Meeting');
    expect(contoso!.conferenceEntryPoints[0]!.uri).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_NzI5/);
    expect(contoso!.conferenceEntryPoints).toHaveLength(1);
    const [fabrikam] = bySummary(events, 'Phone screen - Fabrikam');
    expect(fabrikam!.conferenceEntryPoints).toEqual([{ entryPointType: 'video', uri: 'https://fabrikam.zoom.us/j/88419203377?pwd=bWxQd0ZkV1JtT2hCeEVqR2ZkUT09', label: 'Zoom Meeting' }]);
    expect(contoso!.description).toContain('Senior Product Designer role at Contoso');
  });

  it('expands the weekly meeting with its moved instance and its EXDATE', () => {
    const series = events.filter((e) => e.recurringEventId?.startsWith('040000008200E00074C5B7101A82E00800000000A1B2'));
    const starts = series.map((e) => e.start!.dateTime);
    expect(starts).toContain('2026-10-16T12:00:00-07:00'); // moved from Thu 15th
    expect(starts).not.toContain('2026-10-15T09:00:00-07:00');
    expect(starts).not.toContain('2026-11-26T09:00:00-08:00'); // EXDATE
    expect(starts).toContain('2026-11-05T09:00:00-08:00'); // after the DST change, same wall time
    expect(starts.at(-1)).toBe('2026-12-17T09:00:00-08:00'); // UNTIL honoured
    expect(series).toHaveLength(11);
    const moved = series.find((e) => e.summary.endsWith('(moved)'))!;
    expect(moved.originalStartTime!.dateTime).toBe('2026-10-15T09:00:00-07:00');
    expect(moved.id).toMatch(/_20261015T160000Z$/);
    expect(new Set(series.map((e) => e.id)).size).toBe(series.length);
  });

  it('reads an all-day event with an exclusive end', () => {
    const [holiday] = bySummary(events, 'Thanksgiving break');
    expect(holiday!.start).toEqual({ date: '2026-11-26' });
    expect(holiday!.end).toEqual({ date: '2026-11-28' });
  });
});

describe('parseIcs on an Apple Calendar export', () => {
  const { events, calendarName, ownerGuess } = parse(fixture('apple.ics'));

  it('reads the calendar name, owner and interviews', () => {
    expect(calendarName).toBe('Job hunt');
    expect(ownerGuess).toEqual({ email: 'alex.morgan@icloud.com', name: 'Alex Morgan' });
    const [globex] = bySummary(events, 'Interview with Globex');
    expect(globex!.start).toEqual({ dateTime: '2026-10-28T10:00:00Z', timeZone: 'Europe/London' });
    expect(globex!.location).toBe('Globex Corporation\n1 Canada Square, London E14 5AB, United Kingdom');
    expect(globex!.updated).toBe('2026-10-12T09:20:10.000Z');
    const [initech] = bySummary(events, 'Initech');
    expect(initech!.hangoutLink).toBe('https://meet.google.com/abc-defg-hij');
    expect(initech!.conferenceName).toBe('Google Meet');
    expect(initech!.start!.dateTime).toBe('2026-10-20T12:45:00-04:00');
  });

  it('keeps a cancelled instance as cancelled and drops the EXDATE one', () => {
    const series = bySummary(events, 'Mock interview practice');
    expect(series.map((e) => e.start!.dateTime)).toEqual([
      '2026-10-06T18:00:00+01:00', '2026-10-13T18:00:00+01:00', '2026-10-20T18:00:00+01:00',
      '2026-11-03T18:00:00Z', '2026-11-10T18:00:00Z', '2026-11-17T18:00:00Z', '2026-11-24T18:00:00Z',
    ]);
    expect(series.find((e) => e.start!.dateTime === '2026-11-10T18:00:00Z')!.status).toBe('cancelled');
    expect(series.filter((e) => e.status === 'cancelled')).toHaveLength(1);
    expect(series[0]!.id).toBe('C0FFEE00-1234-4ABC-9DEF-5566778899AA_20261006T170000Z');
    expect(series[0]!.recurringEventId).toBe('C0FFEE00-1234-4ABC-9DEF-5566778899AA');
  });

  it('reads the all-day fair', () => {
    const [fair] = bySummary(events, 'Tech Careers Fair');
    expect(fair!.start).toEqual({ date: '2026-11-05' });
    expect(fair!.end).toEqual({ date: '2026-11-06' });
  });

  it('is deterministic', () => {
    expect(parse(fixture('apple.ics'))).toEqual(parse(fixture('apple.ics')));
  });
});

describe('parseIcs on a Google Calendar export', () => {
  const { events, calendarName, ownerGuess } = parse(fixture('google.ics'));

  it('takes the owner from the calendar name and finds the Meet link', () => {
    expect(calendarName).toBe('sam.rivera@gmail.com');
    expect(ownerGuess).toEqual({ email: 'sam.rivera@gmail.com', name: 'Sam Rivera' });
    const [umbrella] = bySummary(events, 'Umbrella Corp');
    expect(umbrella!.hangoutLink).toBe('https://meet.google.com/qrs-tuvw-xyz');
    expect(umbrella!.start).toEqual({ dateTime: '2026-11-09T15:00:00Z', timeZone: 'UTC' });
    expect(umbrella!.attendees.find((a) => a.self)?.displayName).toBe('Sam Rivera');
  });

  it('expands BYDAY=MO,WE,FR with its EXDATE', () => {
    const sweep = bySummary(events, 'Job board sweep');
    expect(sweep.slice(0, 5).map((e) => e.start!.dateTime)).toEqual([
      '2026-10-05T09:30:00-04:00', '2026-10-07T09:30:00-04:00', '2026-10-09T09:30:00-04:00', '2026-10-14T09:30:00-04:00', '2026-10-16T09:30:00-04:00',
    ]);
    expect(sweep.at(-1)!.start!.dateTime).toBe('2026-12-30T09:30:00-05:00');
  });
});

describe('parseIcs agrees with ical.js on single events', () => {
  it.each(['outlook.ics', 'apple.ics', 'google.ics'])('%s', (file) => {
    const text = fixture(file);
    const ours = new Map(parse(text).events.filter((e) => !e.recurringEventId).map((e) => [e.iCalUID, e]));
    const vevents = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').filter((v) => !v.hasProperty('rrule') && !v.hasProperty('recurrence-id'));
    expect(vevents.length).toBeGreaterThan(0);
    for (const v of vevents) {
      const e = new ICAL.Event(v);
      const mine = ours.get(e.uid)!;
      if (e.startDate.isDate) {
        expect(mine.start!.date).toBe(e.startDate.toString());
        expect(mine.end!.date).toBe(e.endDate.toString());
      } else {
        expect(new Date(mine.start!.dateTime!).getTime()).toBe(e.startDate.toJSDate().getTime());
        expect(new Date(mine.end!.dateTime!).getTime()).toBe(e.endDate.toJSDate().getTime());
      }
    }
  });
});

describe('parseIcs details', () => {
  it('expands RDATE and honours DURATION and the window', () => {
    const { events } = parse(cal(
      'BEGIN:VEVENT', 'UID:r1', 'DTSTART:20261005T100000Z', 'DURATION:PT45M', 'RRULE:FREQ=DAILY;COUNT=3', 'RDATE:20261020T100000Z,20270301T100000Z', 'SUMMARY:Daily', 'END:VEVENT',
    ));
    expect(events.map((e) => e.start!.dateTime)).toEqual(['2026-10-05T10:00:00Z', '2026-10-06T10:00:00Z', '2026-10-07T10:00:00Z', '2026-10-20T10:00:00Z']);
    expect(events[0]!.end!.dateTime).toBe('2026-10-05T10:45:00Z');
  });

  it('reads floating times in X-WR-TIMEZONE, or in the given zone', () => {
    const text = (tz: string) => cal(...(tz ? [`X-WR-TIMEZONE:${tz}`] : []), 'BEGIN:VEVENT', 'UID:f1', 'DTSTART:20261105T090000', 'DTEND:20261105T100000', 'SUMMARY:Floating', 'END:VEVENT');
    expect(parse(text('Asia/Tokyo')).events[0]!.start!.dateTime).toBe('2026-11-05T09:00:00+09:00');
    expect(parse(text('')).events[0]!.start!.dateTime).toBe('2026-11-05T09:00:00Z');
    expect(parseIcs(text(''), { calendarId: 'c', window: WINDOW, floatingTimeZone: 'America/Chicago' }).events[0]!.start!.dateTime).toBe('2026-11-05T09:00:00-06:00');
  });

  it('keeps a cancelled single event, marked cancelled', () => {
    const { events } = parse(cal('BEGIN:VEVENT', 'UID:c1', 'DTSTART:20261105T090000Z', 'STATUS:CANCELLED', 'SUMMARY:Interview (cancelled)', 'END:VEVENT'));
    expect(events[0]!.status).toBe('cancelled');
  });

  it('hashes UIDs that are not id-safe, deterministically', () => {
    const text = cal('BEGIN:VEVENT', 'UID:weird uid/with spaces', 'DTSTART:20261105T090000Z', 'SUMMARY:x', 'END:VEVENT');
    const a = parse(text).events[0]!;
    expect(a.id).toMatch(/^h[0-9a-f]{32}$/);
    expect(a.iCalUID).toBe('weird uid/with spaces');
    expect(parse(text).events[0]!.id).toBe(a.id);
  });

  it('reads its own export back', () => {
    const { text } = exportReminders({ reminders: sampleReminders(), book: {}, now: '2026-11-01T12:00:00Z' });
    const { events } = parseIcs(text, { calendarId: 'self', window: { start: '2026-01-01T00:00:00Z', end: '2028-01-01T00:00:00Z' } });
    expect(events).toHaveLength(sampleReminders().length);
    const thankYou = events.find((e) => e.iCalUID === uidForStep('app-globex/round-1/thank-you'))!;
    expect(thankYou.start).toEqual({ dateTime: '2026-11-05T09:00:00+01:00', timeZone: 'Europe/Berlin' });
    expect(thankYou.htmlLink).toBe('https://tactful.app/docs/etiquette#thank-you');
    expect(thankYou.description).toContain('Why now');
  });

  it('caps runaway recurrences', () => {
    const { events } = parse(cal('BEGIN:VEVENT', 'UID:m1', 'DTSTART:20261001T000000Z', 'RRULE:FREQ=MINUTELY', 'SUMMARY:Spam', 'END:VEVENT'));
    expect(events.length).toBe(5000);
  });

  it('refuses, as a whole, a file whose recurrences would take too long or give too many events', () => {
    const series = (n: number, start: string) => Array.from({ length: n }, (_, i) => ['BEGIN:VEVENT', `UID:s${i}`, `DTSTART:${start}`, 'RRULE:FREQ=HOURLY', 'SUMMARY:x', 'END:VEVENT']).flat();
    const steps = errorOf(() => parseIcs(cal(...series(3, '20200101T000000Z')), { calendarId: 'c', window: WINDOW, limits: { fileSteps: 20_000 } }));
    expect(steps.message).toMatch(/^line 7: the repeating events in this file take too many steps/);
    const many = errorOf(() => parseIcs(cal(...series(3, '20261001T000000Z')), { calendarId: 'c', window: WINDOW, limits: { events: 6000 } }));
    expect(many.problem).toMatch(/more than 6,000 events fall in the import window/);
  });

  it('refuses files over the size limit', () => {
    const e = errorOf(() => parseIcs(cal('X-PAD:' + 'x'.repeat(2000)), { calendarId: 'c', window: WINDOW, maxBytes: 1000 }));
    expect(e.problem).toMatch(/limit is 0\.0 MB|limit/);
  });
});

describe('parseIcs refuses bad input, naming the line, all or nothing', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['not a calendar', 'hello world\r\n', /line 1: expected NAME:VALUE|line 1/],
    ['a truncated file', cal('BEGIN:VEVENT', 'UID:a', 'DTSTART:20261105T090000Z').replace(/END:VCALENDAR\r\n$/, ''), /never closed/],
    ['mismatched END', cal('BEGIN:VEVENT', 'UID:a', 'DTSTART:20261105T090000Z', 'END:VTODO'), /line 7: END:VTODO does not close BEGIN:VEVENT opened on line 4/],
  ])('%s', (_name, text, pattern) => {
    expect(errorOf(() => parse(text)).message).toMatch(pattern);
  });

  it('names the line of a DTSTART without a value', () => {
    const text = cal('BEGIN:VEVENT', 'UID:ok', 'DTSTART:20261105T090000Z', 'SUMMARY:fine', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:bad', 'DTSTART:', 'END:VEVENT');
    const e = errorOf(() => parse(text));
    expect(e.line).toBe(11);
    expect(e.problem).toBe('DTSTART has no value');
    expect(e.message).toBe('line 11: DTSTART has no value');
  });

  it('names bad dates, impossible dates, bad RRULEs and bad durations', () => {
    expect(errorOf(() => parse(cal('BEGIN:VEVENT', 'UID:a', 'DTSTART:2026-11-05', 'END:VEVENT'))).message).toMatch(/^line 6: DTSTART value "2026-11-05" is not/);
    expect(errorOf(() => parse(cal('BEGIN:VEVENT', 'UID:a', 'DTSTART:20260231T100000Z', 'END:VEVENT'))).message).toMatch(/^line 6: DTSTART has an impossible date/);
    expect(errorOf(() => parse(cal('BEGIN:VEVENT', 'UID:a', 'DTSTART:20261105T100000Z', 'RRULE:COUNT=3', 'END:VEVENT'))).message).toMatch(/^line 7: RRULE/);
    expect(errorOf(() => parse(cal('BEGIN:VEVENT', 'UID:a', 'DTSTART:20261105T100000Z', 'DURATION:1 hour', 'END:VEVENT'))).message).toMatch(/^line 7: DURATION/);
    expect(errorOf(() => parse(cal('BEGIN:VEVENT', 'UID:a', 'SUMMARY:no start', 'END:VEVENT'))).message).toMatch(/^line 4: VEVENT has no DTSTART/);
  });

  it('reports the physical line even after folded lines', () => {
    const text = cal('BEGIN:VEVENT', 'UID:a', 'DESCRIPTION:long', ' folded', ' more', 'DTSTART:nope', 'END:VEVENT');
    expect(errorOf(() => parse(text)).line).toBe(9);
  });

  it('rejects a bad window', () => {
    expect(() => parseIcs(cal(), { calendarId: 'c', window: { start: 'soon', end: 'later' } })).toThrow(IcsImportError);
  });
});

describe('guessOwner', () => {
  const person = (email: string, extra = {}) => ({ email, ...extra });
  const ev = (id: string, people: string[]): CalendarEvent => ({
    id, source: 'ics', calendarId: 'c', status: 'confirmed', summary: '', description: '', location: '',
    attendees: people.map((p) => person(p)), conferenceEntryPoints: [], eventType: 'default',
  });

  it('picks the address present in most meetings', () => {
    expect(guessOwner([ev('1', ['me@x.com', 'a@y.com']), ev('2', ['me@x.com', 'b@y.com']), ev('3', ['me@x.com'])])).toEqual({ email: 'me@x.com' });
  });

  it('says nothing when no one clearly leads', () => {
    expect(guessOwner([ev('1', ['a@x.com', 'b@y.com'])])).toBeUndefined();
    expect(guessOwner([])).toBeUndefined();
  });

  it('trusts a self flag', () => {
    const e = ev('1', []);
    e.attendees = [{ email: 'me@x.com', self: true, displayName: 'Me' }];
    expect(guessOwner([e])).toEqual({ email: 'me@x.com', name: 'Me' });
  });
});
