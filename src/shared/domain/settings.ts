import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');

/** The etiquette numbers; every one a default the user may change (ETIQUETTE.md). */
export const PolicySchema = z
  .object({
    thankYouWithinHours: z.number().int().min(1).max(72).default(24),
    /** Wait before the first follow-up when no timeline was stated. */
    defaultWaitDays: z.number().int().min(3).max(30).default(7),
    /** Days between the first and the final follow-up (one to two weeks). */
    finalFollowUpAfterDays: z.number().int().min(7).max(14).default(7),
    /** 2 = first + final; 1 = "at most one polite reminder" (Is It Rude). */
    maxFollowUps: z.union([z.literal(1), z.literal(2)]).default(2),
    /** After the last follow-up, how long before the app lets go (no-response). */
    letGoAfterDays: z.number().int().min(1).max(30).default(7),
    rejectionReplyWithinHours: z.number().int().min(24).max(48).default(48),
    workdayStart: hhmm.default('09:30'),
    workdayEnd: hhmm.default('17:30'),
    /** ISO 3166 country code for public holidays (date-holidays), or null for none. */
    holidaysCountry: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  })
  .refine((p) => p.workdayStart < p.workdayEnd, {
    message: 'the working day must end after it starts',
    path: ['workdayEnd'],
  });
export type Policy = z.infer<typeof PolicySchema>;
export const defaultPolicy = (): Policy => PolicySchema.parse({});

export const ProfileSchema = z.object({
  /** The job seeker's name, for signatures. */
  name: z.string().max(200).default(''),
  /** The user's own address: identifies them among attendees (.ics files rarely say). */
  email: z.string().max(320).default(''),
  /** A recent project, certification or development: the "value" every follow-up adds. */
  recentWork: z.string().max(1000).default(''),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const GoogleSettingsSchema = z.object({
  clientId: z.string().max(500).default(''),
  clientSecret: z.string().max(500).default(''),
  /** Calendar ids read for interviews; default primary. */
  calendarsToRead: z.array(z.string().max(500)).default(['primary']),
  /** Where reminders go: a calendar Tactful creates (least privilege), or, opt-in, primary. */
  reminderTarget: z.enum(['tactful-calendar', 'primary']).default('tactful-calendar'),
});
export type GoogleSettings = z.infer<typeof GoogleSettingsSchema>;

export const SettingsSchema = z.object({
  /** IANA zone; empty = the system's. */
  timeZone: z.string().max(100).default(''),
  /** BCP 47 locale for dates; empty = the system's. */
  locale: z.string().max(50).default(''),
  policy: PolicySchema.default(defaultPolicy()),
  profile: ProfileSchema.default({ name: '', email: '', recentWork: '' }),
  google: GoogleSettingsSchema.default({
    clientId: '',
    clientSecret: '',
    calendarsToRead: ['primary'],
    reminderTarget: 'tactful-calendar',
  }),
  /** Path of an .ics file rewritten after every change, or '' for none. */
  icsExportPath: z.string().max(4096).default(''),
  notifications: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const defaultSettings = (): Settings => SettingsSchema.parse({});
