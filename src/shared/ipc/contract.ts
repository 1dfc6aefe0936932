import { z } from 'zod';
import {
  ApplicationSchema,
  ChannelSchema,
  IdSchema,
  InterviewKindSchema,
  InterviewSchema,
  OutcomeKindSchema,
} from '../domain/application';
import { ApplicationPlanSchema } from '../domain/plan';
import { SettingsSchema } from '../domain/settings';
import type { EventName, MethodName } from './methods';

/**
 * The one IPC contract: every method the renderer may call, with a zod schema for its
 * request and response. Main validates every request against it; the preload and the
 * browser bridge expose exactly these names; the compiler keeps all three in step.
 */

const iso = z.string().datetime({ offset: true });
const Empty = z.object({}).strict();

export const ApplicationViewSchema = z.object({
  application: ApplicationSchema,
  interviews: z.array(InterviewSchema),
  plan: ApplicationPlanSchema,
});
export type ApplicationView = z.infer<typeof ApplicationViewSchema>;

export const ReviewItemSchema = z.object({
  interview: InterviewSchema,
  company: z.string(),
  role: z.string().nullable(),
  /** Detected since the user last looked at Review. */
  isNew: z.boolean(),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const SyncStatusSchema = z.object({
  google: z.enum(['disconnected', 'connected', 'reconnect']),
  /** An OAuth client id is set (Settings or environment). */
  configured: z.boolean(),
  accountEmail: z.string().optional(),
  running: z.boolean(),
  phase: z.string().optional(),
  lastSyncAt: z.string().optional(),
  pendingWrites: z.number().int().min(0),
  lastError: z.string().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const OverviewSchema = z.object({
  now: z.string(),
  timeZone: z.string(),
  locale: z.string(),
  sampleMode: z.boolean(),
  applications: z.array(ApplicationViewSchema),
  review: z.array(ReviewItemSchema),
  sync: SyncStatusSchema,
  /** Something the user must know (a recovered data file, a failed export). */
  notice: z.string().optional(),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const NavigateSchema = z.object({
  view: z.enum(['today', 'timeline', 'review', 'settings', 'about']),
  applicationId: z.string().optional(),
});
export type Navigate = z.infer<typeof NavigateSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  versions: z.record(z.string(), z.string()),
  dataDir: z.string(),
  docsUrl: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const ImportResultSchema = z.object({
  events: z.number().int(),
  interviews: z.number().int(),
  overview: OverviewSchema,
});

export const ExportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), steps: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('download'), fileName: z.string(), text: z.string(), steps: z.number().int() }),
]);
export type ExportResult = z.infer<typeof ExportResultSchema>;

const SettingsPatchSchema = z
  .object({
    timeZone: z.string().max(100),
    locale: z.string().max(50),
    policy: z.record(z.string(), z.unknown()),
    profile: z.record(z.string(), z.unknown()),
    google: z.record(z.string(), z.unknown()),
    icsExportPath: z.string().max(4096),
    notifications: z.boolean(),
  })
  .partial()
  .strict();

const app = { applicationId: IdSchema };
const step = { ...app, stepId: z.string().min(1).max(1024) };

export const contract = {
  getOverview: { request: Empty, response: OverviewSchema },
  setStatedTimeline: {
    request: z.object({ ...app, text: z.string().max(500) }).strict(),
    response: OverviewSchema,
  },
  markStep: {
    request: z.object({ ...step, state: z.enum(['sent', 'skipped', 'open']) }).strict(),
    response: OverviewSchema,
  },
  snoozeStep: { request: z.object({ ...step, until: iso }).strict(), response: OverviewSchema },
  rescheduleStep: { request: z.object({ ...step, due: iso.nullable() }).strict(), response: OverviewSchema },
  recordHeardBack: { request: z.object({ ...app, heard: z.boolean() }).strict(), response: OverviewSchema },
  recordOutcome: {
    request: z.object({ ...app, outcome: OutcomeKindSchema.nullable() }).strict(),
    response: OverviewSchema,
  },
  updateApplication: {
    request: z
      .object({
        ...app,
        patch: z
          .object({
            company: z.string().trim().min(1).max(200),
            role: z.string().trim().max(200).nullable(),
            notes: z.string().max(5000),
            channel: ChannelSchema.nullable(),
            contactEmail: z.union([z.email().max(320), z.literal('')]),
          })
          .partial()
          .strict(),
      })
      .strict(),
    response: OverviewSchema,
  },
  reviewInterview: {
    request: z
      .object({
        interviewId: IdSchema,
        decision: z.enum(['confirm', 'dismiss']),
        edits: z
          .object({
            company: z.string().trim().min(1).max(200),
            role: z.string().trim().max(200).nullable(),
            kind: InterviewKindSchema,
          })
          .partial()
          .strict()
          .optional(),
      })
      .strict(),
    response: OverviewSchema,
  },
  markReviewSeen: { request: Empty, response: OverviewSchema },
  mergeApplications: {
    request: z.object({ targetId: IdSchema, sourceIds: z.array(IdSchema).min(1).max(100) }).strict(),
    response: OverviewSchema,
  },
  splitInterview: { request: z.object({ interviewId: IdSchema }).strict(), response: OverviewSchema },
  getSettings: { request: Empty, response: SettingsSchema },
  updateSettings: { request: z.object({ patch: SettingsPatchSchema }).strict(), response: SettingsSchema },
  setSampleMode: { request: z.object({ enabled: z.boolean() }).strict(), response: OverviewSchema },
  importIcs: {
    request: z
      .object({ fileName: z.string().max(500), text: z.string().max(20 * 1024 * 1024) })
      .strict(),
    response: ImportResultSchema,
  },
  importIcsUrl: { request: z.object({ url: z.string().url().max(2048) }).strict(), response: ImportResultSchema },
  exportIcs: {
    request: z.object({ applicationId: IdSchema.optional() }).strict(),
    response: ExportResultSchema,
  },
  chooseIcsExportPath: {
    request: Empty,
    response: z.object({ path: z.string().nullable(), supported: z.boolean() }),
  },
  connectGoogle: { request: Empty, response: SyncStatusSchema },
  disconnectGoogle: { request: z.object({ removeReminders: z.boolean().optional() }).strict(), response: SyncStatusSchema },
  syncNow: { request: Empty, response: SyncStatusSchema },
  openExternal: { request: z.object({ url: z.string().max(4096) }).strict(), response: z.object({ opened: z.boolean() }) },
  getAppInfo: { request: Empty, response: AppInfoSchema },
} as const satisfies Record<MethodName, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Request<M extends MethodName> = z.input<Contract[M]['request']>;
export type Response<M extends MethodName> = z.output<Contract[M]['response']>;

/** Payloads pushed from main to the renderer. */
export const eventContract = {
  overviewChanged: OverviewSchema,
  syncStatus: SyncStatusSchema,
  navigate: NavigateSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>;

type Subscribe<E extends EventName> = (listener: (payload: EventPayload<E>) => void) => () => void;

/** The API object the renderer sees as `window.tactful`: named methods, never a raw channel. */
export type TactfulApi = { [M in MethodName]: (request: Request<M>) => Promise<Response<M>> } & {
  onOverviewChanged: Subscribe<'overviewChanged'>;
  onSyncStatus: Subscribe<'syncStatus'>;
  onNavigate: Subscribe<'navigate'>;
};

/** Every answer crosses the boundary in this envelope, so errors arrive as one clear sentence. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
