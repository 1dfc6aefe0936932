import type { ApplicationView } from '../shared/ipc/contract';

export interface DueNotice {
  applicationId: string;
  stepId: string;
  title: string;
  body: string;
}

/**
 * Which steps became due since the last check: each step is announced once per run of the
 * app (and never for steps that were already due at start, to avoid a burst on launch).
 */
export class DueStepNotifier {
  private announced = new Set<string>();
  private primed = false;

  /** Returns the notices to show now. */
  check(views: ApplicationView[]): DueNotice[] {
    const due = views.flatMap(({ application, plan }) =>
      plan.steps
        .filter((s) => s.status === 'due' && s.kind !== 'ask-timeline')
        .map((s) => ({
          applicationId: application.id,
          stepId: s.id,
          title: `${application.company}: ${s.kind === 'thank-you' ? 'send your thank-you note' : s.kind === 'rejection-reply' ? 'reply to their message' : 'time to follow up'}`,
          body: s.reason,
        })),
    );
    const fresh = due.filter((n) => !this.announced.has(n.stepId));
    for (const n of due) this.announced.add(n.stepId);
    if (!this.primed) {
      this.primed = true;
      return [];
    }
    return fresh;
  }
}
