import { DAY_MS, isoDate, zonedParts, zonedToUtc } from './format';

export interface SnoozeChoice {
  label: string;
  until: string;
}

/** Morning is when people write mail; snoozes land at 09:30 local (the planner's default hour). */
const MORNING = '09:30';

/** "1 day", "3 days", "next Monday": each to 09:30 in the user's zone. */
export function snoozeChoices(nowMs: number, timeZone: string): SnoozeChoice[] {
  const at = (days: number) => zonedToUtc(isoDate(nowMs + days * DAY_MS, timeZone), MORNING, timeZone);
  const weekday = zonedParts(nowMs, timeZone).weekday; // 0 = Sunday
  const toMonday = ((8 - weekday) % 7) || 7;
  return [
    { label: 'Tomorrow morning', until: at(1) },
    { label: 'In 3 days', until: at(3) },
    { label: 'Next Monday', until: at(toMonday) },
  ];
}

/** The instant for a date picked in <input type=date>, at 09:30 local. */
export function pickedDateToIso(date: string, timeZone: string): string {
  return zonedToUtc(date, MORNING, timeZone);
}
