/**
 * .ics speed: imports a generated 10,000-VEVENT file (IANA, Windows and UTC zones,
 * weekly series with exceptions) and exports 1,000 reminders; prints medians.
 *   ics_import_10k_events_median: N ms     (parseIcs: parse, zones, expansion, mapping)
 *   ics_import_events_per_second: N events/s  (VEVENTs read per second, from the median)
 *   ics_raw_parse_10k_median: N ms         (ical.js ICAL.parse alone, same file, for scale)
 *   ics_export_1000_steps_median: N ms
 */
import { performance } from 'node:perf_hooks';
import ICAL from 'ical.js';
import { exportReminders } from '../src/main/ics/export';
import { parseIcs } from '../src/main/ics/import';
import { sampleReminder } from '../src/main/ics/testing/reminders';
import { rng } from './rng';

const EVENTS = 10_000;
const RUNS = 7;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Pacific Standard Time', 'W. Europe Standard Time', 'UTC'];


function basic(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
}

/** A calendar of EVENTS VEVENTs: 90% single meetings, 8% weekly series, 2% moved instances. */
function generateIcs(): string {
  const rand = rng(7);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', 'X-WR-CALNAME:bench'];
  const base = Date.parse('2026-01-05T08:00:00Z');
  let lastSeries: { uid: string; start: number; tz: string } | undefined;
  for (let i = 0; i < EVENTS; i++) {
    const tz = ZONES[i % ZONES.length]!;
    const start = base + Math.floor(rand() * 360) * 86_400_000 + Math.floor(rand() * 20) * 1_800_000;
    const dt = (ms: number): string => (tz === 'UTC' ? `:${basic(ms)}Z` : `;TZID="${tz}":${basic(ms)}`);
    const roll = rand();
    const uid = `bench-${i}@example.com`;
    lines.push('BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z');
    if (roll < 0.02 && lastSeries) {
      const original = lastSeries.start + 7 * 86_400_000;
      lines[lines.length - 2] = `UID:${lastSeries.uid}`;
      const st = (ms: number): string => (lastSeries!.tz === 'UTC' ? `:${basic(ms)}Z` : `;TZID="${lastSeries!.tz}":${basic(ms)}`);
      lines.push(`RECURRENCE-ID${st(original)}`, `DTSTART${st(original + 3_600_000)}`, `DTEND${st(original + 5_400_000)}`, 'SUMMARY:Moved sync');
    } else {
      lines.push(`DTSTART${dt(start)}`, `DTEND${dt(start + 1_800_000)}`, `SUMMARY:Meeting ${i} with Globex about the Data Analyst role`);
      if (roll < 0.1) {
        lines.push('RRULE:FREQ=WEEKLY;COUNT=20', `EXDATE${dt(start + 14 * 86_400_000)}`);
        lastSeries = { uid, start, tz };
      }
    }
    lines.push(
      'DESCRIPTION:Agenda: portfolio review\\, questions.\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
      'LOCATION:Room 4',
      'ORGANIZER;CN=Emma Clarke:mailto:emma.clarke@globex.example',
      'ATTENDEE;CN=Alex Morgan;PARTSTAT=ACCEPTED:mailto:alex.morgan@example.com',
      `ATTENDEE;CN=Person ${i % 50};PARTSTAT=NEEDS-ACTION:mailto:p${i % 50}@globex.example`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const text = generateIcs();
const window = { start: '2026-01-01T00:00:00Z', end: '2027-06-01T00:00:00Z' };
parseIcs(text, { calendarId: 'bench', window }); // warm-up (JIT, zone caches)
const importMs = median(Array.from({ length: RUNS }, () => time(() => parseIcs(text, { calendarId: 'bench', window }))));
ICAL.parse(text);
const rawMs = median(Array.from({ length: RUNS }, () => time(() => ICAL.parse(text))));

const reminders = Array.from({ length: 1000 }, (_, i) =>
  sampleReminder({
    stepId: `app-${i}/round-1/thank-you`,
    applicationId: `app-${i}`,
    start: new Date(Date.parse('2026-11-01T08:00:00Z') + i * 3_600_000).toISOString(),
    end: new Date(Date.parse('2026-11-01T08:15:00Z') + i * 3_600_000).toISOString(),
    timeZone: ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'][i % 4]!,
    fingerprint: `fp-${i}`,
  }),
);
exportReminders({ reminders, book: {}, now: '2026-11-01T00:00:00Z' });
const exportMs = median(Array.from({ length: RUNS }, () => time(() => exportReminders({ reminders, book: {}, now: '2026-11-01T00:00:00Z' }))));

console.log(`ics_import_10k_events_median: ${importMs.toFixed(0)} ms`);
console.log(`ics_import_events_per_second: ${Math.round(EVENTS / (importMs / 1000))} events/s`);
console.log(`ics_raw_parse_10k_median: ${rawMs.toFixed(0)} ms`);
console.log(`ics_export_1000_steps_median: ${exportMs.toFixed(0)} ms`);
