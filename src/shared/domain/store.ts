import { z } from 'zod';
import { ApplicationSchema, InterviewKindSchema, InterviewSchema } from './application';
import { CalendarOwnerSchema } from './event';
import { SettingsSchema, defaultSettings } from './settings';

/** Bump when the stored shape changes, and add a migration in src/main/store/migrations.ts. */
export const STORE_SCHEMA_VERSION = 1;

/** What the user decided about one detected interview; survives every later sync. */
export const InterviewFeedbackSchema = z.object({
  decision: z.enum(['confirmed', 'dismissed']).optional(),
  company: z.string().max(200).optional(),
  role: z.string().max(200).nullable().optional(),
  kind: InterviewKindSchema.optional(),
  /** The user moved it to this application (merge / split). */
  applicationId: z.string().optional(),
});
export type InterviewFeedback = z.infer<typeof InterviewFeedbackSchema>;

export const ReminderRecordSchema = z.object({
  /** Google event id (deterministic base32hex). */
  eventId: z.string(),
  etag: z.string().optional(),
  /** Hash of what was written: unchanged fingerprint = no write. */
  fingerprint: z.string(),
  /** The user deleted the reminder by hand: never recreate it. */
  dismissed: z.boolean().optional(),
});
export type ReminderRecord = z.infer<typeof ReminderRecordSchema>;

export const CalendarSyncStateSchema = z.object({
  syncToken: z.string().optional(),
  lastFullSyncAt: z.string().optional(),
  lastSyncAt: z.string().optional(),
});

export const GoogleStateSchema = z.object({
  status: z.enum(['disconnected', 'connected', 'reconnect']),
  accountEmail: z.string().optional(),
  /** The secondary calendar Tactful created for its reminders. */
  reminderCalendarId: z.string().optional(),
  calendars: z.record(z.string(), CalendarSyncStateSchema),
  reminders: z.record(z.string(), ReminderRecordSchema),
  /**
   * Reminder events Tactful wrote to a calendar it no longer writes to (the user switched where
   * reminders go, or disconnected and asked for them to be removed): deleted at the next chance.
   */
  retired: z.array(z.object({ calendarId: z.string(), eventId: z.string() })).optional(),
  /** Reminder writes not yet confirmed by Google (offline, rate-limited). */
  pendingWrites: z.number().int().min(0),
  lastSyncAt: z.string().optional(),
  lastError: z.string().optional(),
});
export type GoogleState = z.infer<typeof GoogleStateSchema>;

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const StoreDataSchema = z.object({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  settings: SettingsSchema,
  /** Showing the bundled sample calendar (first launch, nothing connected). */
  sampleMode: z.boolean(),
  /** The calendar's owner as last learned from a source. */
  owner: CalendarOwnerSchema.optional(),
  applications: z.array(ApplicationSchema),
  interviews: z.array(InterviewSchema),
  /** Keyed by interview id. */
  feedback: z.record(z.string(), InterviewFeedbackSchema),
  reviewSeenAt: z.string().optional(),
  /**
   * Per calendar (`source:calendarId`): the owner's colleagues' domains, learned from a full
   * snapshot, so an incremental batch is judged with the same knowledge.
   */
  colleagueDomains: z.record(z.string(), z.array(z.string().max(253)).max(200)).optional(),
  /**
   * Per calendar, as colleagueDomains: of those domains, the ones the owner began meeting
   * routinely only after the calendar's start (a new job), with when (epoch ms); see
   * CalendarContext.colleagueSince. Stores written before it have none: every domain undated.
   */
  colleagueSince: z.record(z.string(), z.record(z.string().max(253), z.number())).optional(),
  /**
   * Per calendar (`source:calendarId`): the fullest employer name an invite spelled for each
   * employer domain label, so a round synced later whose invite spells none ("Follow up –
   * Gabriela") is named, and grouped, like the rounds before it.
   */
  employerNames: z.record(z.string(), z.record(z.string().max(253), z.string().max(300))).optional(),
  google: GoogleStateSchema,
  /** SEQUENCE bookkeeping for .ics export, keyed by UID. */
  icsExport: z.object({
    sequences: z.record(z.string(), z.object({ fingerprint: z.string(), sequence: z.number().int().min(0) })),
  }),
  window: WindowStateSchema.optional(),
});
export type StoreData = z.infer<typeof StoreDataSchema>;

/** A fresh, empty store. */
export function emptyStore(): StoreData {
  return {
    schemaVersion: STORE_SCHEMA_VERSION,
    settings: defaultSettings(),
    sampleMode: false,
    applications: [],
    interviews: [],
    feedback: {},
    google: { status: 'disconnected', calendars: {}, reminders: {}, pendingWrites: 0 },
    icsExport: { sequences: {} },
  };
}
