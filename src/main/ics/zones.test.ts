import { describe, expect, it } from 'vitest';
import { parseIcs } from './import';
import { tzidToIana } from './zones';

const WINDOW = { start: '2026-01-01T00:00:00Z', end: '2027-01-01T00:00:00Z' };
const one = (dtstart: string) =>
  parseIcs(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', 'BEGIN:VEVENT', 'UID:z', dtstart, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'), { calendarId: 'c', window: WINDOW }).events[0]!;

describe('time zones on import', () => {
  it('maps Windows names to IANA', () => {
    expect(tzidToIana('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(tzidToIana('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(tzidToIana('Tokyo Standard Time')).toBe('Asia/Tokyo');
    expect(tzidToIana('/mozilla.org/20050126_1/Europe/Paris')).toBeUndefined();
    expect(tzidToIana('Europe/Paris')).toBe('Europe/Paris');
    expect(tzidToIana('(UTC+01:00) Amsterdam, Berlin')).toBeUndefined();
  });

  it('reads a Windows TZID even when the file has no VTIMEZONE for it', () => {
    expect(one('DTSTART;TZID="India Standard Time":20261105T090000').start).toEqual({ dateTime: '2026-11-05T09:00:00+05:30', timeZone: 'Asia/Kolkata' });
  });

  it('reads a repeated wall time as its first occurrence (RFC 5545 §3.3.5)', () => {
    // 02:30 happens twice in Berlin on 2026-10-25: first at +02:00.
    expect(new Date(one('DTSTART;TZID=Europe/Berlin:20261025T023000').start!.dateTime!).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads a skipped wall time with the offset before the gap', () => {
    // 02:30 does not exist in Berlin on 2026-03-29; read with +01:00, it is 01:30Z (03:30 CEST).
    expect(new Date(one('DTSTART;TZID=Europe/Berlin:20260329T023000').start!.dateTime!).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('falls back to the floating zone for an unknown TZID without definition', () => {
    expect(one('DTSTART;TZID=Mars/Olympus:20261105T090000').start!.dateTime).toBe('2026-11-05T09:00:00Z');
  });
});
