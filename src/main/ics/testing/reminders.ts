/**
 * Sample reminders shared by the export tests, the TZ round-trip script and the
 * benchmark: zones with and without DST, a half-hour zone, UTC, odd characters.
 */
import type { Reminder } from '../../../shared/domain/reminder';

/** A reminder with sensible defaults; override what the test is about. */
export function sampleReminder(over: Partial<Reminder> = {}): Reminder {
  return {
    stepId: 'app-globex/round-1/thank-you',
    applicationId: 'app-globex',
    roundId: 'round-1',
    kind: 'thankYou' as Reminder['kind'],
    title: 'Thank-you note to Globex (Data Analyst)',
    description: 'Draft:\nHi Hannah, thank you for today; I enjoyed the SQL case study.\n\nWhy now: a thank-you within 24 hours is expected.\nSource: ETIQUETTE.md',
    start: '2026-11-05T08:00:00.000Z',
    end: '2026-11-05T08:15:00.000Z',
    timeZone: 'Europe/Berlin',
    categories: ['Tactful', 'Thank-you'],
    url: 'https://tactful.app/docs/etiquette#thank-you',
    alarmMinutesBefore: 15,
    fingerprint: 'fp-1',
    ...over,
  };
}

/** A spread of reminders across zones and DST edges. */
export function sampleReminders(): Reminder[] {
  return [
    sampleReminder(),
    sampleReminder({ stepId: 'app-initech/round-2/follow-up', applicationId: 'app-initech', title: 'Follow up with Initech — Grüße, naïve café ✉️ and a title long enough to need folding twice over', start: '2026-03-29T00:30:00Z', end: '2026-03-29T01:30:00Z', timeZone: 'America/New_York', alarmMinutesBefore: 0 }),
    sampleReminder({ stepId: 'app-contoso/round-1/check-in', applicationId: 'app-contoso', start: '2026-10-25T00:45:00Z', end: '2026-10-25T01:15:00Z', timeZone: 'Europe/Berlin', categories: ['Tactful', 'Check-in, polite'] }),
    sampleReminder({ stepId: 'app-umbrella/round-1/thank-you', applicationId: 'app-umbrella', start: '2026-12-31T20:00:00Z', end: '2026-12-31T20:10:00Z', timeZone: 'Asia/Kolkata', url: 'https://tactful.app/docs/rules#thank you;now' }),
    sampleReminder({ stepId: 'app-hooli/round-1/thank-you', applicationId: 'app-hooli', start: '2027-01-10T09:00:00Z', end: '2027-01-10T09:20:00Z', timeZone: 'UTC', url: undefined, categories: [] }),
    sampleReminder({ stepId: 'weird step id: ä/ö (1)', applicationId: 'app-x', start: '2026-07-01T12:00:00Z', end: '2026-07-01T12:30:00Z', timeZone: 'Australia/Lord_Howe' }),
  ];
}
