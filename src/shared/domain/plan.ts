import { z } from 'zod';
import { ChannelSchema, StepKindSchema } from './application';
import { STAGES } from './stages';

export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

export const StepStatusSchema = z.enum(['upcoming', 'due', 'overdue', 'done', 'skipped', 'superseded']);
export type StepStatus = z.infer<typeof StepStatusSchema>;

/** The five source articles, by file stem (see docs/etiquette.md). */
export const ArticleIdSchema = z.enum([
  'is-it-rude-to-follow-up',
  'is-it-ever-appropriate-to-follow-up',
  'follow-up-without-being-annoying',
  'should-you-follow-up',
  'etiquette-and-strategies',
]);
export type ArticleId = z.infer<typeof ArticleIdSchema>;

export const DraftSchema = z.object({
  subject: z.string(),
  body: z.string(),
  /** `mailto:` link with subject and body percent-encoded; absent for phone / handwritten. */
  mailto: z.string().optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

export const PlannedStepSchema = z.object({
  /** Deterministic: `${applicationId}/${roundId}/${kind}` (+ `/${n}` per interviewer). */
  id: z.string(),
  kind: StepKindSchema,
  roundId: z.string().nullable(),
  /** For per-interviewer thank-you notes. */
  interviewer: z.string().optional(),
  /** Due window, ISO-8601 instants (UTC). */
  dueStart: z.string(),
  dueEnd: z.string(),
  status: StepStatusSchema,
  channel: ChannelSchema,
  /** One line, in plain words, ending with the source article's title. */
  reason: z.string(),
  source: ArticleIdSchema,
  /** When the user marked it sent / skipped. */
  doneAt: z.string().optional(),
  draft: DraftSchema.optional(),
});
export type PlannedStep = z.infer<typeof PlannedStepSchema>;

export const TimelineReadingSchema = z.object({
  text: z.string(),
  /** false = shown back as "not understood"; the default wait applies. */
  understood: z.boolean(),
  /** The instant the timeline ends, when it names one. */
  until: z.string().optional(),
  /** "they'll contact me": respect it, default wait, never sooner. */
  theyWillContact: z.boolean(),
  /** How the app read it, in words ("by Fri 23 Oct"). */
  explanation: z.string(),
});
export type TimelineReading = z.infer<typeof TimelineReadingSchema>;

export const ApplicationPlanSchema = z.object({
  applicationId: z.string(),
  stage: StageSchema,
  /** The stage in words, e.g. "Waiting until Fri 23 Oct". */
  stageLabel: z.string(),
  steps: z.array(PlannedStepSchema),
  /** Id of the next open step (due, overdue or upcoming), if any. */
  nextStepId: z.string().nullable(),
  timeline: TimelineReadingSchema.optional(),
  /** Shown when the app lets go ("no response"): put energy elsewhere. */
  note: z.string().optional(),
});
export type ApplicationPlan = z.infer<typeof ApplicationPlanSchema>;
