import { TactfulError } from '../../shared/ipc/client';
import type { OutcomeKind, StepDecision } from '../../shared/domain/application';
import type { IngestBatch } from '../../shared/domain/ingest';
import type { Reminder } from '../../shared/domain/reminder';
import type { StoreData } from '../../shared/domain/store';
import type { ApplicationView, Overview, SyncStatus } from '../../shared/ipc/contract';
import type { Repository } from '../store/repository';
import { applyIngest, leaveSampleMode, newApplicationId, tidyApplications, type IngestResult } from './ingest';
import { buildOverview, planAll, remindersFrom, type Moment } from './overview';

export interface TactfulServiceDeps {
  repo: Repository;
  clock: () => Date;
  /** The system's zone and locale, used when Settings leave them empty. */
  systemTimeZone: string;
  systemLocale: string;
  /** Wins over Settings for this run (the CLI's --tz). */
  timeZoneOverride?: string;
  /** Where the etiquette rules are documented; reminders link to `${docsUrl}#<step kind>`. */
  docsUrl: string;
  /** Current Google sync status, from whichever host runs the sync. */
  syncStatus?: () => SyncStatus;
  /** Shown once in the overview (e.g. a recovered data file). */
  notice?: string;
}

export const disconnectedSync = (data: StoreData): SyncStatus => ({
  google: data.google.status,
  configured: Boolean(data.settings.google.clientId),
  ...(data.google.accountEmail ? { accountEmail: data.google.accountEmail } : {}),
  running: false,
  ...(data.google.lastSyncAt ? { lastSyncAt: data.google.lastSyncAt } : {}),
  pendingWrites: data.google.pendingWrites,
  ...(data.google.lastError ? { lastError: data.google.lastError } : {}),
});

/**
 * The engine both hosts share (the Electron window and the CLI): ingest calendars, record what
 * the user knows, and derive plans and reminders. No Electron here.
 */
export class TactfulService {
  private notice: string | undefined;
  /** The last plans and what they were computed from (the data object changes on every write). */
  private planned: { data: StoreData; key: string; views: ApplicationView[] } | undefined;

  constructor(private readonly deps: TactfulServiceDeps) {
    this.notice = deps.notice;
  }

  /** The store, for hosts that need raw access (sync bookkeeping). */
  read(): StoreData {
    return this.deps.repo.read();
  }

  /** Persisted change; see Repository.update. */
  update(mutate: (draft: StoreData) => void): StoreData {
    return this.deps.repo.update(mutate);
  }

  /** Subscribe to every persisted change. */
  onChange(listener: (data: StoreData) => void): () => void {
    return this.deps.repo.onChange(listener);
  }

  now(): Date {
    return this.deps.clock();
  }

  /** The zone, locale and instant plans are computed in. */
  moment(): Moment {
    const { settings } = this.read();
    return {
      now: this.deps.clock().toISOString(),
      timeZone: this.deps.timeZoneOverride || settings.timeZone || this.deps.systemTimeZone,
      locale: settings.locale || this.deps.systemLocale,
    };
  }

  /** Detects interviews in a batch of events and files them into applications. */
  ingest(batch: IngestBatch): IngestResult {
    let result: IngestResult | undefined;
    const moment = this.moment();
    this.update((draft) => {
      result = applyIngest(draft, batch, moment.now, moment.timeZone);
    });
    return result!;
  }

  /** Applications with their plans, planned once per change of data and minute. */
  views(): ApplicationView[] {
    const data = this.read();
    const moment = this.moment();
    const key = `${moment.now.slice(0, 16)}|${moment.timeZone}|${moment.locale}`;
    if (this.planned?.data !== data || this.planned.key !== key) {
      this.planned = { data, key, views: planAll(data, { ...moment, now: `${moment.now.slice(0, 16)}:00.000Z` }) };
    }
    return this.planned.views;
  }

  /** Everything the window shows. The notice is shown until the user's next change. */
  overview(): Overview {
    return buildOverview(this.read(), this.moment(), this.views(), this.syncStatus(), this.notice);
  }

  syncStatus(): SyncStatus {
    return this.deps.syncStatus?.() ?? disconnectedSync(this.read());
  }

  /** One reminder per open step, as of now (Google calendar and .ics export). */
  reminders(): Reminder[] {
    return remindersFrom(this.views(), this.moment().timeZone, this.deps.docsUrl);
  }

  get docsUrl(): string {
    return this.deps.docsUrl;
  }

  setStatedTimeline(applicationId: string, text: string): void {
    const trimmed = text.trim();
    this.change(applicationId, (app) => {
      if (!trimmed) delete app.decisions.statedTimeline;
      else app.decisions.statedTimeline = { text: trimmed, recordedAt: this.nowIso() };
    });
  }

  markStep(applicationId: string, stepId: string, state: 'sent' | 'skipped' | 'open'): void {
    this.changeStep(applicationId, stepId, (d) => {
      if (state === 'open') {
        delete d.state;
        delete d.at;
      } else {
        d.state = state;
        d.at = this.nowIso();
      }
    });
  }

  snoozeStep(applicationId: string, stepId: string, until: string): void {
    this.changeStep(applicationId, stepId, (d) => {
      d.snoozedUntil = new Date(until).toISOString();
    });
  }

  rescheduleStep(applicationId: string, stepId: string, due: string | null): void {
    this.changeStep(applicationId, stepId, (d) => {
      if (due === null) delete d.customDue;
      else d.customDue = new Date(due).toISOString();
      delete d.snoozedUntil;
    });
  }

  recordHeardBack(applicationId: string, heard: boolean): void {
    this.change(applicationId, (app) => {
      if (heard) app.decisions.heardBackAt = this.nowIso();
      else delete app.decisions.heardBackAt;
    });
  }

  recordOutcome(applicationId: string, outcome: OutcomeKind | null): void {
    this.change(applicationId, (app) => {
      if (outcome === null) delete app.decisions.outcome;
      else app.decisions.outcome = { kind: outcome, at: this.nowIso() };
    });
  }

  updateApplication(
    applicationId: string,
    patch: { company?: string; role?: string | null; notes?: string; channel?: StoreData['applications'][number]['channel'] | null; contactEmail?: string },
  ): void {
    this.change(applicationId, (app, draft) => {
      if (patch.company !== undefined) app.company = patch.company;
      if (patch.role !== undefined) app.role = patch.role || null;
      if (patch.notes !== undefined) app.notes = patch.notes;
      if (patch.channel !== undefined) {
        if (patch.channel === null) delete app.channel;
        else app.channel = patch.channel;
      }
      if (patch.contactEmail !== undefined) {
        if (patch.contactEmail) app.contactEmail = patch.contactEmail;
        else delete app.contactEmail;
      }
      if (patch.company !== undefined || patch.role !== undefined) {
        app.pinned = true;
        // Remember the correction per interview, so a later sync cannot undo it.
        for (const i of draft.interviews.filter((x) => x.applicationId === app.id)) {
          draft.feedback[i.id] = { ...draft.feedback[i.id], company: app.company, role: app.role, applicationId: app.id };
        }
      }
    });
  }

  /** Confirm (optionally corrected) or dismiss a detected interview; remembered across syncs. */
  reviewInterview(
    interviewId: string,
    decision: 'confirm' | 'dismiss',
    edits: { company?: string; role?: string | null; kind?: 'phone' | 'video' | 'onsite' } = {},
  ): void {
    this.update((draft) => {
      const interview = draft.interviews.find((i) => i.id === interviewId);
      if (!interview) throw new TactfulError('not-found', 'That interview is no longer in your calendar.');
      const feedback = { ...draft.feedback[interviewId] };
      if (decision === 'dismiss') {
        draft.feedback[interviewId] = { ...feedback, decision: 'dismissed' };
        draft.interviews = draft.interviews.filter((i) => i.id !== interviewId);
        tidyApplications(draft);
        return;
      }
      feedback.decision = 'confirmed';
      interview.review = 'confirmed';
      if (edits.kind) {
        feedback.kind = edits.kind;
        interview.kind = edits.kind;
      }
      const app = draft.applications.find((a) => a.id === interview.applicationId);
      const company = edits.company ?? app?.company ?? 'Unknown company';
      const role = edits.role !== undefined ? edits.role || null : (app?.role ?? null);
      if (app && (company !== app.company || role !== app.role)) {
        const others = draft.interviews.filter((i) => i.applicationId === app.id && i.id !== interviewId);
        if (others.length === 0) Object.assign(app, { company, role, pinned: true });
        else {
          const id = newApplicationId(draft, company, role);
          draft.applications.push({ ...app, id, company, role, decisions: { steps: {} }, notes: '', pinned: true });
          interview.applicationId = id;
        }
        feedback.company = company;
        feedback.role = role;
      }
      feedback.applicationId = interview.applicationId;
      draft.feedback[interviewId] = feedback;
      tidyApplications(draft);
    });
  }

  markReviewSeen(): void {
    this.update((draft) => {
      draft.reviewSeenAt = this.nowIso();
    });
  }

  /** Moves every interview of `sourceIds` into `targetId`; the user's grouping then sticks. */
  mergeApplications(targetId: string, sourceIds: string[]): void {
    this.update((draft) => {
      const target = draft.applications.find((a) => a.id === targetId);
      if (!target) throw new TactfulError('not-found', 'The application to merge into no longer exists.');
      for (const sourceId of sourceIds.filter((s) => s !== targetId)) {
        const source = draft.applications.find((a) => a.id === sourceId);
        if (!source) throw new TactfulError('not-found', 'One of the applications to merge no longer exists.');
        for (const i of draft.interviews.filter((x) => x.applicationId === sourceId)) {
          i.applicationId = targetId;
          draft.feedback[i.id] = { ...draft.feedback[i.id], applicationId: targetId };
        }
        if (!target.notes && source.notes) target.notes = source.notes;
      }
      target.pinned = true;
      tidyApplications(draft);
    });
  }

  /** Takes one interview out into an application of its own. */
  splitInterview(interviewId: string): void {
    this.update((draft) => {
      const interview = draft.interviews.find((i) => i.id === interviewId);
      if (!interview) throw new TactfulError('not-found', 'That interview is no longer in your calendar.');
      const app = draft.applications.find((a) => a.id === interview.applicationId);
      if (!app) throw new TactfulError('not-found', 'That application no longer exists.');
      if (draft.interviews.filter((i) => i.applicationId === app.id).length < 2) {
        throw new TactfulError('invalid-request', 'This interview is already the only one in its application.');
      }
      const id = newApplicationId(draft, app.company, app.role);
      draft.applications.push({ ...app, id, decisions: { steps: {} }, notes: '', pinned: true, createdAt: this.nowIso() });
      interview.applicationId = id;
      draft.feedback[interviewId] = { ...draft.feedback[interviewId], applicationId: id };
      app.pinned = true;
      tidyApplications(draft);
    });
  }

  /** Leaves sample mode (removing the sample calendar) or returns to it. */
  setSampleMode(enabled: boolean, loadSample: () => IngestBatch): void {
    if (!enabled) {
      this.update((draft) => leaveSampleMode(draft));
      return;
    }
    if (this.read().interviews.some((i) => i.source !== 'sample')) {
      throw new TactfulError('invalid-request', 'Sample data can only be shown while no calendar of yours is loaded.');
    }
    this.update((draft) => {
      draft.sampleMode = true;
    });
    this.ingest(loadSample());
  }

  /** Clears the one-time notice once the user has seen the overview and acted. */
  clearNotice(): void {
    this.notice = undefined;
  }

  private change(applicationId: string, mutate: (app: StoreData['applications'][number], draft: StoreData) => void): void {
    this.update((draft) => {
      const app = draft.applications.find((a) => a.id === applicationId);
      if (!app) throw new TactfulError('not-found', `There is no application "${applicationId}".`);
      mutate(app, draft);
    });
  }

  private changeStep(applicationId: string, stepId: string, mutate: (d: StepDecision) => void): void {
    const view = this.views().find((v) => v.application.id === applicationId);
    if (!view) throw new TactfulError('not-found', `There is no application "${applicationId}".`);
    if (!view.plan.steps.some((s) => s.id === stepId)) {
      throw new TactfulError('not-found', `Application "${applicationId}" has no step "${stepId}".`);
    }
    this.change(applicationId, (app) => {
      const decision = { ...app.decisions.steps[stepId] };
      mutate(decision);
      app.decisions.steps[stepId] = decision;
    });
  }

  private nowIso(): string {
    return this.deps.clock().toISOString();
  }
}
