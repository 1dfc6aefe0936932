import { z } from 'zod';

/**
 * The one event shape every calendar source produces (Google, .ics, sample data).
 * Field names follow Google Calendar v3 `Event` so a Google event maps almost 1:1,
 * and an .ics VEVENT is mapped into the same names by the importer.
 */

export const EventPersonSchema = z.object({
  email: z.string().optional(),
  displayName: z.string().optional(),
  self: z.boolean().optional(),
  organizer: z.boolean().optional(),
  /** A room or other resource rather than a person. */
  resource: z.boolean().optional(),
  optional: z.boolean().optional(),
  responseStatus: z.enum(['needsAction', 'declined', 'tentative', 'accepted']).optional(),
});
export type EventPerson = z.infer<typeof EventPersonSchema>;

/** Either `dateTime` (RFC 3339 with offset) or `date` (all-day, YYYY-MM-DD; end is exclusive). */
export const EventTimeSchema = z.object({
  dateTime: z.string().optional(),
  date: z.string().optional(),
  /** IANA zone the event was created in, when known. */
  timeZone: z.string().optional(),
});
export type EventTime = z.infer<typeof EventTimeSchema>;

export const ConferenceEntryPointSchema = z.object({
  entryPointType: z.string(),
  uri: z.string(),
  label: z.string().optional(),
});

export const EventSourceSchema = z.enum(['google', 'ics', 'sample']);
export type EventSource = z.infer<typeof EventSourceSchema>;

export const CalendarEventSchema = z.object({
  /** Unique within (source, calendarId). For .ics: UID, plus `_<RECURRENCE-ID>` for instances. */
  id: z.string().min(1),
  source: EventSourceSchema,
  calendarId: z.string(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']),
  summary: z.string(),
  /** As the source gave it: may hold HTML (Google does). Never rendered as HTML. */
  description: z.string(),
  location: z.string(),
  start: EventTimeSchema.optional(),
  end: EventTimeSchema.optional(),
  organizer: EventPersonSchema.optional(),
  creator: EventPersonSchema.optional(),
  attendees: z.array(EventPersonSchema),
  hangoutLink: z.string().optional(),
  conferenceEntryPoints: z.array(ConferenceEntryPointSchema),
  /** Name of the conference product ("Google Meet", "Zoom Meeting"), when known. */
  conferenceName: z.string().optional(),
  /** Google's eventType: default, outOfOffice, focusTime, workingLocation, birthday, fromGmail… */
  eventType: z.string(),
  recurringEventId: z.string().optional(),
  originalStartTime: EventTimeSchema.optional(),
  iCalUID: z.string().optional(),
  updated: z.string().optional(),
  htmlLink: z.string().optional(),
});
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;

/** Who owns the calendar: the job seeker. Detection needs it to tell candidate from interviewer. */
export const CalendarOwnerSchema = z.object({
  email: z.string(),
  name: z.string().optional(),
});
export type CalendarOwner = z.infer<typeof CalendarOwnerSchema>;
