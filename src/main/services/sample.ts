import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { sameCompany } from '../../shared/detect';
import { OutcomeKindSchema, StepKindSchema } from '../../shared/domain/application';
import type { IngestBatch } from '../../shared/domain/ingest';
import { fromGoogleEvent } from '../../shared/events/google';
import type { TactfulService } from './tactful';

const SampleSchema = z.object({
  owner: z.object({ email: z.string(), name: z.string().optional() }),
  anchor: z.string(),
  items: z.array(z.unknown()),
  decisions: z.array(
    z.object({
      company: z.string(),
      review: z.boolean().optional(),
      timeline: z.string().optional(),
      notes: z.string().optional(),
      sent: z.array(z.object({ kind: StepKindSchema, at: z.string(), round: z.number().int().optional() })).optional(),
      outcome: z.object({ kind: OutcomeKindSchema, at: z.string() }).optional(),
    }),
  ),
});
type Sample = z.infer<typeof SampleSchema>;

/** Reads and checks the bundled sample calendar (resources/sample-calendar.json). */
export function readSample(path: string): Sample {
  return SampleSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/**
 * Whole weeks between the sample's anchor day and today, so the sample always shows the
 * same mix of stages on the same weekdays, whenever it is opened.
 */
export function sampleShiftDays(anchor: string, now: Date): number {
  const days = DateTime.fromJSDate(now, { zone: 'UTC' }).startOf('day').diff(DateTime.fromISO(anchor, { zone: 'UTC' }), 'days').days;
  return Math.round(days / 7) * 7;
}

const shift = (iso: string, days: number) =>
  DateTime.fromISO(iso, { setZone: true }).plus({ days }).toISO({ suppressMilliseconds: true })!;

/** The sample calendar as one ingest batch, moved to the current week. */
export function sampleBatch(sample: Sample, now: Date): IngestBatch {
  const days = sampleShiftDays(sample.anchor, now);
  const events = sample.items.flatMap((raw) => {
    const mapped = fromGoogleEvent(raw, 'sample');
    if (!('event' in mapped)) return [];
    const e = { ...mapped.event, source: 'sample' as const };
    if (e.start?.dateTime) e.start = { ...e.start, dateTime: shift(e.start.dateTime, days) };
    if (e.end?.dateTime) e.end = { ...e.end, dateTime: shift(e.end.dateTime, days) };
    return [e];
  });
  return { source: 'sample', calendarId: 'sample', owner: sample.owner, events, complete: true };
}

/** Loads the sample calendar and replays what the sample job seeker already did. */
export function seedSample(service: TactfulService, sample: Sample): void {
  const now = service.now();
  const days = sampleShiftDays(sample.anchor, now);
  service.update((d) => {
    d.sampleMode = true;
    d.settings.timeZone ||= '';
  });
  service.ingest(sampleBatch(sample, now));
  for (const decision of sample.decisions) {
    const view = service.views().find((v) => sameCompany(v.application.company, decision.company));
    if (!view) continue;
    const appId = view.application.id;
    service.update((d) => {
      for (const i of d.interviews.filter((x) => x.applicationId === appId)) {
        if (decision.review) continue;
        i.review = 'confirmed';
        d.feedback[i.id] = { ...d.feedback[i.id], decision: 'confirmed' };
      }
      const app = d.applications.find((a) => a.id === appId)!;
      if (decision.notes) app.notes = decision.notes;
      if (decision.timeline) {
        const lastEnd = view.interviews.at(-1)?.end ?? now.toISOString();
        app.decisions.statedTimeline = { text: decision.timeline, recordedAt: lastEnd };
      }
      if (decision.outcome) app.decisions.outcome = { kind: decision.outcome.kind, at: shift(decision.outcome.at, days) };
    });
    for (const sent of decision.sent ?? []) {
      const rounds = service.views().find((v) => v.application.id === appId)!;
      const roundId = rounds.interviews[(sent.round ?? 1) - 1]?.id;
      const steps = rounds.plan.steps.filter((s) => s.kind === sent.kind && (sent.kind !== 'thank-you' || s.roundId === roundId));
      service.update((d) => {
        const app = d.applications.find((a) => a.id === appId)!;
        for (const s of steps) app.decisions.steps[s.id] = { state: 'sent', at: shift(sent.at, days) };
      });
    }
  }
}
