import { z } from 'zod';
import { StepKindSchema } from './application';

/**
 * One reminder for one open follow-up step: what both outputs write
 * (an event in the Tactful Google calendar, a VEVENT in the .ics export).
 * Derived from the plan, never hand-maintained.
 */
export const ReminderSchema = z.object({
  /** The planned step's id; the base of the Google event id and the .ics UID. */
  stepId: z.string(),
  applicationId: z.string(),
  roundId: z.string().nullable(),
  kind: StepKindSchema,
  /** "Thank-you note to Globex (Data Analyst)". */
  title: z.string(),
  /** Draft, reason and source, as plain text. */
  description: z.string(),
  /** ISO instants (UTC). */
  start: z.string(),
  end: z.string(),
  /** The user's IANA zone, for TZID / Google's start.timeZone. */
  timeZone: z.string(),
  categories: z.array(z.string()),
  /** Link to the rule's documentation (https). */
  url: z.string().optional(),
  /** Minutes before start for the popup / VALARM. */
  alarmMinutesBefore: z.number().int().min(0),
  /** Stable hash of everything above: equal fingerprint = nothing to rewrite. */
  fingerprint: z.string(),
});
export type Reminder = z.infer<typeof ReminderSchema>;
