import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32hex, reminderEventBody, reminderEventId } from './reminderEvent';

describe('reminderEventId', () => {
  it('is deterministic, base32hex and long enough for Google', () => {
    fc.assert(
      fc.property(fc.string(), (stepId) => {
        const id = reminderEventId(stepId);
        expect(id).toBe(reminderEventId(stepId));
        expect(id).toMatch(/^[a-v0-9]{26,1024}$/);
      }),
    );
    expect(reminderEventId('a')).not.toBe(reminderEventId('b'));
  });
  it('encodes RFC 4648 base32hex vectors', () => {
    const enc = (s: string) => base32hex(new TextEncoder().encode(s));
    expect(enc('f')).toBe('co');
    expect(enc('fo')).toBe('cpng');
    expect(enc('foobar')).toBe('cpnmuoj1e8');
  });
});

describe('reminderEventBody', () => {
  it('tags the event and sets a popup', () => {
    const body = reminderEventBody({
      stepId: 's1',
      applicationId: 'a',
      roundId: null,
      kind: 'thank-you' as never,
      title: 'Thank-you note',
      description: 'Draft…',
      start: '2026-09-03T13:30:00.000Z',
      end: '2026-09-03T13:45:00.000Z',
      timeZone: 'America/New_York',
      categories: [],
      alarmMinutesBefore: 100_000,
      fingerprint: 'f1',
      url: 'https://example.org/rule',
    });
    expect(body.extendedProperties?.private).toEqual({ tactful: '1', tactfulStep: 's1', tactfulFingerprint: 'b1:f1' });
    expect(body.reminders).toEqual({ useDefault: false, overrides: [{ method: 'popup', minutes: 40_320 }] });
    expect(body.start).toEqual({ dateTime: '2026-09-03T13:30:00.000Z', timeZone: 'America/New_York' });
    expect(body.description).toContain('Draft…');
  });
});
