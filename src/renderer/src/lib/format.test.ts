import { describe, expect, it } from 'vitest';
import { agoShort, dayNumber, isoDate, makeFormatters, zonedToUtc } from './format';

const NOW = '2026-10-13T13:30:00.000Z'; // Tue 13 Oct, 09:30 in New York

describe('makeFormatters', () => {
  const fmt = makeFormatters(NOW, 'en-US', 'America/New_York');

  it('formats days in the zone, not in UTC', () => {
    // 02:00 UTC on the 14th is still the evening of the 13th in New York.
    expect(fmt.day('2026-10-14T02:00:00Z')).toBe('Tue, Oct 13');
  });

  it('speaks relatively in calendar days', () => {
    expect(fmt.relative(NOW)).toBe('today');
    expect(fmt.relative('2026-10-14T15:00:00Z')).toBe('tomorrow');
    expect(fmt.relative('2026-10-16T15:00:00Z')).toBe('in 3 days');
    expect(fmt.relative('2026-10-11T15:00:00Z')).toBe('2 days ago');
  });

  it('switches to weeks past a fortnight', () => {
    expect(fmt.relative('2026-11-03T15:00:00Z')).toBe('in 3 weeks');
  });

  it('survives a bad locale or zone from settings', () => {
    const odd = makeFormatters(NOW, 'not a locale!!', 'Mars/Olympus');
    expect(odd.day(NOW)).toMatch(/13/);
  });
});

describe('zonedToUtc', () => {
  it('turns a local wall-clock time into the right instant', () => {
    expect(zonedToUtc('2026-10-14', '09:30', 'America/New_York')).toBe('2026-10-14T13:30:00.000Z');
    expect(zonedToUtc('2026-12-14', '09:30', 'America/New_York')).toBe('2026-12-14T14:30:00.000Z');
    expect(zonedToUtc('2026-10-14', '09:30', 'Asia/Kolkata')).toBe('2026-10-14T04:00:00.000Z');
  });

  it('handles the day the clocks change', () => {
    expect(zonedToUtc('2026-11-01', '09:30', 'America/New_York')).toBe('2026-11-01T14:30:00.000Z');
    expect(zonedToUtc('2026-03-29', '09:30', 'Europe/London')).toBe('2026-03-29T08:30:00.000Z');
  });
});

describe('day helpers', () => {
  it('counts calendar days in the zone', () => {
    expect(dayNumber(Date.parse('2026-10-14T03:00:00Z'), 'America/New_York')).toBe(
      dayNumber(Date.parse('2026-10-13T12:00:00Z'), 'America/New_York'),
    );
    expect(isoDate(Date.parse('2026-10-14T03:00:00Z'), 'America/New_York')).toBe('2026-10-13');
  });

  it('says how long ago a sync was', () => {
    const now = Date.parse(NOW);
    expect(agoShort(new Date(now - 20_000).toISOString(), now)).toBe('just now');
    expect(agoShort(new Date(now - 2 * 60_000).toISOString(), now)).toBe('2m ago');
    expect(agoShort(new Date(now - 3 * 3_600_000).toISOString(), now)).toBe('3h ago');
  });
});
