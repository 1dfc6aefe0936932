import { createHash } from 'node:crypto';
import type { calendar_v3 } from '@googleapis/calendar';
import type { Reminder } from '../../shared/domain/reminder';

/** Bump when the event body below changes shape, so every reminder is rewritten once. */
const BODY_VERSION = 'b1';
/** Google's popup reminders allow at most four weeks. */
const MAX_POPUP_MINUTES = 40_320;

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

/** RFC 4648 base32hex, lowercase, unpadded: exactly the alphabet Google accepts for event ids. */
export function base32hex(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32HEX[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32HEX[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The Google event id for a step: same step, same id, on every machine and every run, so an
 * insert that already happened answers 409 instead of creating a second copy.
 */
export function reminderEventId(stepId: string): string {
  return `tf${base32hex(createHash('sha256').update(`tactful-reminder:${stepId}`).digest())}`;
}

/** What we compare to decide whether a reminder must be rewritten. */
export function reminderFingerprint(reminder: Reminder): string {
  return `${BODY_VERSION}:${reminder.fingerprint}`;
}

/** The Google event for one reminder, tagged so Tactful can recognise its own events. */
export function reminderEventBody(reminder: Reminder): calendar_v3.Schema$Event {
  const body: calendar_v3.Schema$Event = {
    summary: reminder.title,
    description: reminder.url ? `${reminder.description}\n\n${reminder.url}` : reminder.description,
    start: { dateTime: reminder.start, timeZone: reminder.timeZone },
    end: { dateTime: reminder.end, timeZone: reminder.timeZone },
    // A reminder to write an email should not make the user look busy.
    transparency: 'transparent',
    reminders: {
      useDefault: false,
      overrides: [{ method: 'popup', minutes: Math.min(MAX_POPUP_MINUTES, reminder.alarmMinutesBefore) }],
    },
    extendedProperties: {
      private: {
        tactful: '1',
        tactfulStep: reminder.stepId,
        tactfulFingerprint: reminderFingerprint(reminder),
      },
    },
  };
  if (reminder.url?.startsWith('https://')) body.source = { title: 'Tactful etiquette notes', url: reminder.url };
  return body;
}

/** True when `event` is one Tactful wrote (and not a stranger with a colliding id). */
export function isTactfulEvent(event: calendar_v3.Schema$Event): boolean {
  return event.extendedProperties?.private?.['tactful'] === '1';
}

/** The fingerprint Tactful stamped on an event it wrote, if any. */
export function writtenFingerprint(event: calendar_v3.Schema$Event): string | undefined {
  return event.extendedProperties?.private?.['tactfulFingerprint'] ?? undefined;
}
