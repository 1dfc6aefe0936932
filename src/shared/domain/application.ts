import { z } from 'zod';

/** Stable ids: letters, digits, '-', '_', ':', '.', '@' only; never user text. */
export const IdSchema = z.string().min(1).max(512).regex(/^[A-Za-z0-9_\-:.@]+$/, 'not a valid id');

export const InterviewKindSchema = z.enum(['phone', 'video', 'onsite']);
export type InterviewKind = z.infer<typeof InterviewKindSchema>;

export const ChannelSchema = z.enum(['email', 'phone', 'linkedin', 'handwritten']);
export type Channel = z.infer<typeof ChannelSchema>;

export const ReviewStateSchema = z.enum(['suggested', 'confirmed', 'dismissed']);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const InterviewerSchema = z.object({
  name: z.string(),
  email: z.string().optional(),
});
export type Interviewer = z.infer<typeof InterviewerSchema>;

/** One interview round, as found in a calendar event and as the user corrected it. */
export const InterviewSchema = z.object({
  /** `${source}:${calendarId}:${eventId}`, see interviewIdFor(). */
  id: IdSchema,
  applicationId: IdSchema,
  source: z.enum(['google', 'ics', 'sample']),
  calendarId: z.string(),
  eventId: z.string(),
  title: z.string(),
  /** ISO-8601 instants (UTC, with Z). */
  start: z.string(),
  end: z.string(),
  /** IANA time zone of the event (falls back to the user's). */
  timeZone: z.string(),
  kind: InterviewKindSchema,
  interviewers: z.array(InterviewerSchema),
  /** 1-based round number within its application, by start time. */
  round: z.number().int().min(1),
  /** `cancelled` removes the round's steps (ETIQUETTE: cancelled interview). */
  status: z.enum(['scheduled', 'cancelled']),
  meetingLink: z.string().optional(),
  location: z.string().optional(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
  review: ReviewStateSchema,
  /** When the detector first suggested it (for "detected since your last look"). */
  detectedAt: z.string(),
});
export type Interview = z.infer<typeof InterviewSchema>;

export const OutcomeKindSchema = z.enum(['offer', 'rejected', 'withdrawn']);
export type OutcomeKind = z.infer<typeof OutcomeKindSchema>;

export const StepKindSchema = z.enum([
  'ask-timeline',
  'thank-you',
  'follow-up',
  'final-follow-up',
  'rejection-reply',
]);
export type StepKind = z.infer<typeof StepKindSchema>;

/** What the user did with one planned step, keyed by the step's id. */
export const StepDecisionSchema = z.object({
  /** `sent` / `skipped` close the step; absent = still open. */
  state: z.enum(['sent', 'skipped']).optional(),
  at: z.string().optional(),
  /** Snoozed: not due before this instant. */
  snoozedUntil: z.string().optional(),
  /** The user picked another day for it (ISO instant). */
  customDue: z.string().optional(),
});
export type StepDecision = z.infer<typeof StepDecisionSchema>;

/** Everything the user told the app about one application. */
export const DecisionsSchema = z.object({
  /** "within two weeks", "by Friday", a date…: in the user's own words, as typed. */
  statedTimeline: z
    .object({ text: z.string().max(500), recordedAt: z.string(), roundId: z.string().optional() })
    .optional(),
  steps: z.record(z.string(), StepDecisionSchema),
  /** Any reply from the employer: cancels pending follow-ups of the current round. */
  heardBackAt: z.string().optional(),
  outcome: z.object({ kind: OutcomeKindSchema, at: z.string() }).optional(),
});
export type Decisions = z.infer<typeof DecisionsSchema>;

export const ApplicationSchema = z.object({
  id: IdSchema,
  company: z.string().min(1),
  role: z.string().nullable(),
  /** Preferred channel; absent = the channel the process ran on (see planner). */
  channel: ChannelSchema.optional(),
  /** Contact address for mailto: links, when known. */
  contactEmail: z.string().optional(),
  /** Topics discussed, fed into the drafts. */
  notes: z.string().max(5000),
  decisions: DecisionsSchema,
  createdAt: z.string(),
  /** Set when the user merged/split/edited by hand: grouping must not regroup it. */
  pinned: z.boolean().optional(),
});
export type Application = z.infer<typeof ApplicationSchema>;

export const emptyDecisions = (): Decisions => ({ steps: {} });
