import { z } from 'zod';
import { InterviewKindSchema, StepKindSchema, ChannelSchema } from '../domain/application';
import { StageSchema, StepStatusSchema } from '../domain/plan';

/**
 * The `--json` outputs of the `tactful` CLI: a public interface scripts rely on. The CLI
 * validates what it prints against these, so the documented shape and the output cannot drift.
 */

/** ISO-8601 instant with an offset (the CLI prints UTC, with Z). */
const instant = z.iso.datetime({ offset: true });

/** `tactful detect --json`: one entry per calendar event detected as an interview of the owner. */
export const DetectedInterviewSchema = z.object({
  eventId: z.string(),
  company: z.string().nullable(),
  role: z.string().nullable(),
  kind: InterviewKindSchema,
  /** Names of the people interviewing the owner. */
  interviewers: z.array(z.string()),
  start: instant,
  end: instant,
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});
export type DetectedInterview = z.infer<typeof DetectedInterviewSchema>;

export const DetectOutputSchema = z.object({ interviews: z.array(DetectedInterviewSchema) });
export type DetectOutput = z.infer<typeof DetectOutputSchema>;

/** One planned step of an application, as `list --json` prints it. */
export const CliStepSchema = z.object({
  /** Pass it to `tactful sent <application> <step>`. */
  id: z.string(),
  kind: StepKindSchema,
  status: StepStatusSchema,
  dueStart: instant,
  dueEnd: instant,
  channel: ChannelSchema,
  reason: z.string(),
});
export type CliStep = z.infer<typeof CliStepSchema>;

export const CliApplicationSchema = z.object({
  id: z.string(),
  company: z.string(),
  role: z.string().nullable(),
  stage: StageSchema,
  /** The stage in words ("Waiting until Fri 23 Oct"). */
  stageLabel: z.string(),
  /** Id of the next open step, if any. */
  nextStepId: z.string().nullable(),
  steps: z.array(CliStepSchema),
});
export type CliApplication = z.infer<typeof CliApplicationSchema>;

/** `tactful list --json`. */
export const ListOutputSchema = z.object({ applications: z.array(CliApplicationSchema) });
export type ListOutput = z.infer<typeof ListOutputSchema>;

/** `tactful timeline|sent|heard|outcome --json`: the application as it stands after the change. */
export const ApplicationOutputSchema = z.object({ application: CliApplicationSchema });
export type ApplicationOutput = z.infer<typeof ApplicationOutputSchema>;

/** `tactful import --json`. */
export const ImportOutputSchema = z.object({
  file: z.string(),
  /** Calendar events read from the file. */
  events: z.number().int().min(0),
  /** Interviews found in it (new or updated). */
  interviews: z.number().int().min(0),
  added: z.number().int().min(0),
  removed: z.number().int().min(0),
  /** Applications in the data file after the import. */
  applications: z.number().int().min(0),
  skipped: z.array(z.object({ eventId: z.string(), reason: z.string() })),
});
export type ImportOutput = z.infer<typeof ImportOutputSchema>;
