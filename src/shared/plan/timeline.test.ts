import { describe, expect, it } from 'vitest';
import { readStatedTimeline } from './timeline';

// Recorded Thu 1 Oct 2026, 14:00 in New York.
const at = { recordedAt: '2026-10-01T18:00:00Z', timeZone: 'America/New_York' };
// `until` is the end of the named local day (EDT = UTC-4, EST from Nov 1 = UTC-5).
const endOf = (day: string, offsetHours: number): string =>
  new Date(Date.parse(`${day}T23:59:59.999Z`) + offsetHours * 3_600_000).toISOString();

describe('readStatedTimeline: phrases in the user’s words', () => {
  const table: [string, string | null, boolean][] = [
    ['within two weeks', endOf('2026-10-15', 4), false],
    ['in 10 days', endOf('2026-10-11', 4), false],
    ['by Friday', endOf('2026-10-02', 4), false],
    ['end of next week', endOf('2026-10-09', 4), false],
    ['next week', endOf('2026-10-09', 4), false],
    ['end of the week', endOf('2026-10-02', 4), false],
    ['early November', endOf('2026-11-10', 5), false],
    ['mid-November', endOf('2026-11-20', 5), false],
    ['late Nov', endOf('2026-11-30', 5), false],
    ['November', endOf('2026-11-30', 5), false],
    ['one to two weeks', endOf('2026-10-15', 4), false],
    ['a week or two', endOf('2026-10-15', 4), false],
    ['5 business days', endOf('2026-10-08', 4), false],
    ["we'll get back to you within two weeks", endOf('2026-10-15', 4), true],
    ['2026-11-03', endOf('2026-11-03', 5), false],
    ['Nov 3', endOf('2026-11-03', 5), false],
    ['by the 20th', endOf('2026-10-20', 4), false],
    ['end of the month', endOf('2026-10-31', 4), false],
    ["they'll contact me", null, true],
    ['They will be in touch', null, true],
    ['the recruiter will call me', null, true],
  ];
  for (const [text, until, theyWillContact] of table) {
    it(JSON.stringify(text), () => {
      const r = readStatedTimeline(text, at);
      expect(r.understood).toBe(true);
      expect(r.until).toBe(until ?? undefined);
      expect(r.theyWillContact).toBe(theyWillContact);
      expect(r.text).toBe(text);
    });
  }
  it('explains what it read, in words', () => {
    expect(readStatedTimeline('within two weeks', at).explanation).toBe('by Thu 15 Oct (read "two weeks from Thu 1 Oct")');
  });
  for (const text of ['soon', 'whenever', 'they may decide', 'at 5pm', '', 'ASAP hopefully']) {
    it(`keeps ${JSON.stringify(text)} and says it was not understood; no date invented`, () => {
      const r = readStatedTimeline(text, at);
      expect(r.understood).toBe(false);
      expect(r.until).toBeUndefined();
      expect(r.text).toBe(text);
      expect(r.explanation).toMatch(/default wait applies/);
    });
  }
  it('a date already past when noted is read but flagged', () => {
    const r = readStatedTimeline('2026-09-01', at);
    expect(r.until).toBe(endOf('2026-09-01', 4));
    expect(r.explanation).toMatch(/already passed/);
  });
  it('reads days in the user’s zone, not UTC', () => {
    // 07:30 Sat 10 Oct in Tokyo is still Friday in UTC: "tomorrow" is Sun 11 Oct in Tokyo.
    const r = readStatedTimeline('tomorrow', { recordedAt: '2026-10-09T22:30:00Z', timeZone: 'Asia/Tokyo' });
    expect(r.until).toBe('2026-10-11T14:59:59.999Z');
  });
});
