import type { Policy, Profile } from '../../../shared/domain/settings';

/** Field → message; empty when the section may be saved. Mirrors the limits in settings.ts. */
export type FieldErrors = Record<string, string>;

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

function intIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** The policy knobs and working hours, checked before they leave the window. */
export function validatePolicy(p: Policy): FieldErrors {
  const e: FieldErrors = {};
  if (!intIn(p.thankYouWithinHours, 1, 72)) e.thankYouWithinHours = 'Choose between 1 and 72 hours.';
  if (!intIn(p.defaultWaitDays, 3, 30)) e.defaultWaitDays = 'Choose between 3 and 30 days.';
  if (!intIn(p.finalFollowUpAfterDays, 7, 14)) e.finalFollowUpAfterDays = 'One to two weeks: choose between 7 and 14 days.';
  if (p.maxFollowUps !== 1 && p.maxFollowUps !== 2) e.maxFollowUps = 'Choose one or two follow-ups.';
  if (!intIn(p.letGoAfterDays, 1, 30)) e.letGoAfterDays = 'Choose between 1 and 30 days.';
  if (!intIn(p.rejectionReplyWithinHours, 24, 48)) e.rejectionReplyWithinHours = 'Choose between 24 and 48 hours.';
  if (!hhmm.test(p.workdayStart)) e.workdayStart = 'Use HH:MM, 24-hour (e.g. 09:30).';
  if (!hhmm.test(p.workdayEnd)) e.workdayEnd = 'Use HH:MM, 24-hour (e.g. 17:30).';
  else if (hhmm.test(p.workdayStart) && p.workdayStart >= p.workdayEnd) e.workdayEnd = 'The working day must end after it starts.';
  if (p.holidaysCountry !== null && !/^[A-Z]{2}$/.test(p.holidaysCountry))
    e.holidaysCountry = 'Use a two-letter country code such as US, GB or DE, or leave it empty.';
  return e;
}

/** The profile used in signatures and to find the user among attendees. */
export function validateProfile(p: Profile): FieldErrors {
  const e: FieldErrors = {};
  if (p.name.length > 200) e.name = 'Keep the name under 200 characters.';
  if (p.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.email)) e.email = 'That does not look like an email address.';
  if (p.recentWork.length > 1000) e.recentWork = 'Keep this under 1,000 characters.';
  return e;
}

/** A time zone the browser's Intl knows; empty means the system's. */
export function validateTimeZone(zone: string): string | null {
  if (!zone) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return null;
  } catch {
    return 'Unknown time zone: use a name like Europe/Paris or America/New_York.';
  }
}

/** Calendar ids typed one per line or separated by commas. */
export function parseCalendarList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
