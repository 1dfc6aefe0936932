import { TactfulError } from '../../shared/ipc/client';
import type { AppInfo, ExportResult, SyncStatus } from '../../shared/ipc/contract';
import { SettingsSchema, type Settings } from '../../shared/domain/settings';
import { validatePolicy } from '../../shared/plan';
import type { IngestBatch } from '../../shared/domain/ingest';
import { isSafeExternalUrl } from '../security/url-guard';
import type { TactfulService } from '../services/tactful';
import type { IcsService } from '../services/ics';
import type { Handlers } from './dispatch';

/** What differs between the Electron window and the browser host. */
export interface HostCapabilities {
  /** Electron: a save dialog, then write; browser: null (the renderer downloads the text). */
  saveIcs?: (suggestedName: string, text: string) => Promise<string | null>;
  chooseIcsExportPath?: () => Promise<string | null>;
  openExternal: (url: string) => Promise<void>;
  google: {
    connect(): Promise<SyncStatus>;
    disconnect(options?: { removeReminders?: boolean }): Promise<SyncStatus>;
    syncNow(): Promise<SyncStatus>;
    /** Settings were saved (a new reminder target needs a sync); hosts without Google ignore it. */
    onSettingsChanged?(before: Settings, after: Settings): void;
  };
  appInfo: () => AppInfo;
  sampleBatch: () => IngestBatch;
}

/** Binds every contract method to the engine; the same table serves every host. */
export function createHandlers(service: TactfulService, ics: IcsService, host: HostCapabilities): Handlers {
  const acted = <T>(fn: () => T) => {
    const value = fn();
    service.clearNotice();
    return value;
  };
  const overviewAfter = (fn: () => void) => acted(() => {
    fn();
    return service.overview();
  });
  return {
    getOverview: () => service.overview(),
    setStatedTimeline: ({ applicationId, text }) => overviewAfter(() => service.setStatedTimeline(applicationId, text)),
    markStep: ({ applicationId, stepId, state }) => overviewAfter(() => service.markStep(applicationId, stepId, state)),
    snoozeStep: ({ applicationId, stepId, until }) => overviewAfter(() => service.snoozeStep(applicationId, stepId, until)),
    rescheduleStep: ({ applicationId, stepId, due }) =>
      overviewAfter(() => service.rescheduleStep(applicationId, stepId, due)),
    recordHeardBack: ({ applicationId, heard }) => overviewAfter(() => service.recordHeardBack(applicationId, heard)),
    recordOutcome: ({ applicationId, outcome }) => overviewAfter(() => service.recordOutcome(applicationId, outcome)),
    updateApplication: ({ applicationId, patch }) => overviewAfter(() => service.updateApplication(applicationId, patch)),
    reviewInterview: ({ interviewId, decision, edits }) =>
      overviewAfter(() => service.reviewInterview(interviewId, decision, edits)),
    markReviewSeen: () => overviewAfter(() => service.markReviewSeen()),
    mergeApplications: ({ targetId, sourceIds }) => overviewAfter(() => service.mergeApplications(targetId, sourceIds)),
    splitInterview: ({ interviewId }) => overviewAfter(() => service.splitInterview(interviewId)),
    getSettings: () => service.read().settings,
    updateSettings: ({ patch }) =>
      acted(() => {
        const before = service.read().settings;
        const after = updateSettings(service, patch);
        host.google.onSettingsChanged?.(before, after);
        return after;
      }),
    setSampleMode: ({ enabled }) => overviewAfter(() => service.setSampleMode(enabled, host.sampleBatch)),
    importIcs: ({ fileName, text }) => acted(() => ({ ...ics.importText(text, fileName), overview: service.overview() })),
    importIcsUrl: async ({ url }) => {
      const result = await ics.importUrl(url);
      service.clearNotice();
      return { ...result, overview: service.overview() };
    },
    exportIcs: async ({ applicationId }): Promise<ExportResult> => {
      const { text, steps, fileName } = ics.exportText(applicationId);
      if (!host.saveIcs) return { status: 'download', fileName, text, steps };
      const path = await host.saveIcs(fileName, text);
      return path ? { status: 'saved', path, steps } : { status: 'cancelled' };
    },
    chooseIcsExportPath: async () =>
      host.chooseIcsExportPath ? { path: await host.chooseIcsExportPath(), supported: true } : { path: null, supported: false },
    connectGoogle: () => host.google.connect(),
    disconnectGoogle: ({ removeReminders }) => host.google.disconnect(removeReminders === undefined ? {} : { removeReminders }),
    syncNow: () => host.google.syncNow(),
    openExternal: async ({ url }) => {
      if (!isSafeExternalUrl(url)) return { opened: false };
      await host.openExternal(url);
      return { opened: true };
    },
    getAppInfo: () => host.appInfo(),
  };
}

/** Merges a partial settings change and validates the whole; errors name the field. */
function updateSettings(service: TactfulService, patch: Record<string, unknown>): Settings {
  const current = service.read().settings;
  const merged = {
    ...current,
    ...patch,
    policy: { ...current.policy, ...(patch.policy as object | undefined) },
    profile: { ...current.profile, ...(patch.profile as object | undefined) },
    google: { ...current.google, ...(patch.google as object | undefined) },
  };
  // The policy first, with messages that name the setting in words (and know holiday countries).
  const policy = validatePolicy(merged.policy);
  if (!policy.ok) throw new TactfulError('invalid-settings', `policy: ${policy.errors[0]}`);
  const parsed = SettingsSchema.safeParse({ ...merged, policy: policy.policy });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TactfulError('invalid-settings', `${issue.path.join('.') || 'settings'}: ${issue.message}`);
  }
  if (parsed.data.timeZone && !Intl.supportedValuesOf('timeZone').includes(parsed.data.timeZone) && parsed.data.timeZone !== 'UTC') {
    throw new TactfulError('invalid-settings', `timeZone: "${parsed.data.timeZone}" is not a time zone this system knows.`);
  }
  return service.update((d) => {
    d.settings = parsed.data;
  }).settings;
}
