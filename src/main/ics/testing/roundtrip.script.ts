/**
 * Run under different TZ values by export.test.ts: exports the sample
 * reminders, reads them back with ical.js and with our importer, and prints
 * the instants as JSON, which must not depend on the machine's zone.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { exportReminders } from '../export';
import { parseIcs } from '../import';
import { sampleReminders } from './reminders';

const { text } = exportReminders({ reminders: sampleReminders(), book: {}, now: '2026-11-01T12:00:00Z' });
const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
const viaIcalJs = cal.getAllSubcomponents('vevent').map((v) => {
  const e = new ICAL.Event(v);
  return { uid: e.uid, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() };
});
const window = { start: '2026-01-01T00:00:00Z', end: '2028-01-01T00:00:00Z' };
const viaOurs = parseIcs(text, { calendarId: 'x', window }).events.map((e) => ({ uid: e.iCalUID, start: new Date(e.start!.dateTime!).toISOString() }));
const fixtures = ['outlook', 'apple', 'google'].map((f) =>
  parseIcs(readFileSync(new URL(`../../../../test/fixtures/ics/${f}.ics`, import.meta.url), 'utf8'), { calendarId: f, window: { start: '2026-10-01T00:00:00Z', end: '2027-01-01T00:00:00Z' } })
    .events.map((e) => `${e.id}|${e.start?.dateTime ?? e.start?.date}|${e.end?.dateTime ?? e.end?.date}`),
);
process.stdout.write(JSON.stringify({ viaIcalJs, viaOurs, fixtures }));
