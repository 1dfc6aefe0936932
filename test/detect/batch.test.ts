import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent, CalendarOwner, EventPerson } from '../../src/shared/domain/event';
import { fromGoogleEvent, ownerFromEventsList } from '../../src/shared/events/google';
import { calendarContext, detectInterview, detectInterviews, type Detection } from '../../src/shared/detect/index';

const FIXTURES = resolve(__dirname, '../../src/shared/detect/fixtures');

const withoutCompany = (d: Detection): Detection => ({ ...d, company: null });

describe('detectInterviews over a calendar', () => {
  it('gives the same detections as one event at a time (it decides them all first, then extracts details)', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(9);
    let lent = 0;
    let later = 0;
    for (const file of files) {
      const raw = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { items: unknown[] };
      const events = raw.items.flatMap((item) => {
        const r = fromGoogleEvent(item, 'primary');
        return 'event' in r ? [r.event] : [];
      });
      const owner = ownerFromEventsList(raw) ?? { email: 'owner@example.com' };
      const context = calendarContext(events, owner);
      const batch = detectInterviews(events, owner);
      const single = events.map((e) => detectInterview(e, owner, context));
      expect(batch.some((d) => d.isInterview && d.company), file).toBe(true);
      // A meeting just short of an interview that names the owner with an employer another
      // round is an interview with is the next round (laterRounds): only the batch knows.
      // So is the owner's note of meeting an employer the calendar interviews with (notedRounds).
      batch.forEach((d, k) => {
        if (!d.reasons.some((r) => r.startsWith('another round with ') || r.startsWith('your note of meeting '))) return;
        later++;
        expect(single[k]!.isInterview, `${file} ${d.eventId}`).toBe(false);
        expect(d.isInterview).toBe(true);
        single[k] = d;
      });
      expect(batch.map(withoutCompany), file).toEqual(single.map(withoutCompany));
      // The company differs only where another round of the calendar lent its name.
      batch.forEach((d, k) => {
        if (d.company === single[k]!.company) return;
        lent++;
        expect(batch.some((o, j) => j !== k && o.company === d.company), `${file} ${d.eventId}`).toBe(true);
      });
    }
    expect(lent).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(0);
  });

  it('takes a meeting naming the owner with an employer another round is with for the next round', () => {
    const owner: CalendarOwner = { email: 'marisa.quintero@gmail.com', name: 'Marisa Quintero' };
    const me: EventPerson = { email: owner.email, self: true, responseStatus: 'accepted' };
    const event = (id: string, summary: string, description: string, from: EventPerson, location = ''): CalendarEvent => ({
      id, source: 'google', calendarId: 'primary', status: 'confirmed', summary, description, location,
      start: { dateTime: '2027-01-10T10:00:00-06:00' }, end: { dateTime: '2027-01-10T11:00:00-06:00' },
      organizer: from, attendees: [from, me], conferenceEntryPoints: [], eventType: 'default',
    });
    const recruiter: EventPerson = { email: 'dana@sablewood.example', displayName: 'Dana Ortiz', organizer: true, responseStatus: 'accepted' };
    const vp: EventPerson = { email: 'lorraine.whitcomb@sablewood.example', displayName: 'Lorraine Whitcomb', organizer: true, responseStatus: 'accepted' };
    const screen = event('a', 'Sablewood - Recruiter Screen (Account Executive)', 'Thanks for applying. This interview covers the role.', recruiter);
    const next = event('b', 'Marisa Quintero / Lorraine Whitcomb - Sablewood', '', vp, "Lorraine to call Marisa's cell - (512) 555-0147");
    expect(detectInterview(next, owner).isInterview).toBe(false);
    const [, b] = detectInterviews([screen, next], owner);
    expect(b!.isInterview, b!.reasons.join('; ')).toBe(true);
    expect(b!.reasons).toContain('another round with sablewood.example in this calendar');
    expect(b!.kind).toBe('phone');
    expect(b!.interviewers.map((i) => i.name)).toEqual(['Lorraine Whitcomb']);
    // Alone, or after a screen with another employer, it stays a meeting.
    expect(detectInterviews([next], owner)[0]!.isInterview).toBe(false);
    const other = event('c', 'Quarry - Recruiter Screen (Account Executive)', 'Thanks for applying.', { ...recruiter, email: 'dana@quarry.example' });
    expect(detectInterviews([other, next], owner)[1]!.isInterview).toBe(false);
    // An earlier sync's round counts too: the employer names it remembers.
    expect(detectInterviews([next], owner, { names: new Map([['sablewood', 'Sablewood']]) })[0]!.isInterview).toBe(true);
  });

  it('lends a round the name another round of the same employer spelled', () => {
    const owner: CalendarOwner = { email: 'gabriela.wojcik@gmail.com', name: 'Gabriela Wojcik' };
    const me: EventPerson = { email: owner.email, self: true, responseStatus: 'accepted' };
    const renata: EventPerson = { email: 'renata@glcold.example', displayName: 'Renata Salgado', organizer: true, responseStatus: 'accepted' };
    const event = (id: string, summary: string, description: string): CalendarEvent => ({
      id, source: 'google', calendarId: 'primary', status: 'confirmed', summary, description, location: '',
      start: { dateTime: '2027-01-10T10:00:00-06:00' }, end: { dateTime: '2027-01-10T11:00:00-06:00' },
      organizer: renata, attendees: [renata, me], conferenceEntryPoints: [], eventType: 'default',
    });
    const first = event('a', 'Recruiter Screen – Operations Finance Manager', 'Thanks for applying to Great Lakes Cold Storage. This phone interview covers the role.');
    const second = event('b', 'Follow up – Gabriela Wojcik', 'This is your second-round interview for the role, with our VP Finance.');
    expect(detectInterview(second, owner).company).toBe('Glcold');
    const [a, b] = detectInterviews([first, second], owner);
    expect(a!.company).toBe('Great Lakes Cold');
    expect(b!.company).toBe('Great Lakes Cold');
    // Alone, the round keeps what its own invite says.
    expect(detectInterviews([second], owner)[0]!.company).toBe('Glcold');
  });

  it('gives a round that spells the name short the fuller name another round spelled', () => {
    const owner: CalendarOwner = { email: 'daan.verhoef@ziggo.example', name: 'Daan Verhoef' };
    const me: EventPerson = { email: owner.email, self: true, responseStatus: 'accepted' };
    const clerk: EventPerson = { email: 'a.vos@vechtstede.example', displayName: 'Annelies Vos', organizer: true, responseStatus: 'accepted' };
    const event = (id: string, summary: string, description: string): CalendarEvent => ({
      id, source: 'google', calendarId: 'primary', status: 'confirmed', summary, description, location: '',
      start: { dateTime: '2027-01-10T10:00:00+01:00' }, end: { dateTime: '2027-01-10T11:00:00+01:00' },
      organizer: clerk, attendees: [clerk, me], conferenceEntryPoints: [], eventType: 'default',
    });
    const first = event('a', 'Selectiegesprek Beleidsmedewerker Mobiliteit', 'Uitnodiging voor de functie.\n\nMet vriendelijke groet,\nAnnelies Vos\nGemeente Vechtstede');
    const second = event('b', 'Tweede gesprek Beleidsmedewerker Mobiliteit', 'Graag tot ziens op het Stadskantoor Vechtstede voor de functie.');
    expect(detectInterview(second, owner).company).toBe('Vechtstede');
    for (const order of [[first, second], [second, first]]) {
      for (const d of detectInterviews(order, owner)) expect(d.company).toBe('Gemeente Vechtstede');
    }
  });
});
