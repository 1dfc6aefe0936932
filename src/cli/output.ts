import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { ApplicationView } from '../shared/ipc/contract';
import type { CliApplication } from '../shared/cli/schemas';

/** Prints `value` as JSON after checking it against its documented schema (a mismatch is our bug, exit 1). */
export function printJson<S extends z.ZodType>(schema: S, value: z.input<S>): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`internal error: the --json output does not match its schema (${issue?.path.join('.')}: ${issue?.message}).`);
  }
  process.stdout.write(`${JSON.stringify(parsed.data, null, 2)}\n`);
}

/** Writes readable text to stdout. */
export const say = (text: string): void => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

/** Progress and hints go to stderr, so stdout stays clean for pipes. */
export const note = (text: string): void => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

/** A plain-text table with a header row; columns padded to the widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** An instant as the user reads it, in their zone: "Fri 23 Oct 09:30". */
export function when(iso: string, zone: string, locale = 'en-US'): string {
  const at = DateTime.fromISO(iso, { zone }).setLocale(locale);
  return at.isValid ? at.toFormat('ccc d LLL yyyy HH:mm') : iso;
}

/** An instant in UTC with Z, the form every --json instant takes. */
export const utc = (iso: string): string => {
  const at = DateTime.fromISO(iso, { setZone: true });
  return at.isValid ? at.toUTC().toISO({ suppressMilliseconds: true })! : iso;
};

/** An application and its plan in the `--json` shape. */
export function toCliApplication(view: ApplicationView): CliApplication {
  const { application, plan } = view;
  return {
    id: application.id,
    company: application.company,
    role: application.role,
    stage: plan.stage,
    stageLabel: plan.stageLabel,
    nextStepId: plan.nextStepId,
    steps: plan.steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      status: s.status,
      dueStart: utc(s.dueStart),
      dueEnd: utc(s.dueEnd),
      channel: s.channel,
      reason: s.reason,
    })),
  };
}

/** "thank-you via email, due Fri 23 Oct 09:30 – Sat 24 Oct 09:30 (overdue)", or "none". */
export function nextStepText(view: ApplicationView, zone: string): string {
  const step = view.plan.steps.find((s) => s.id === view.plan.nextStepId);
  if (!step) return 'none';
  const who = step.interviewer ? ` to ${step.interviewer}` : '';
  return `${step.kind}${who} by ${step.channel}, ${when(step.dueStart, zone)} – ${when(step.dueEnd, zone)} (${step.status})`;
}

/** One application in a sentence or two, after a change. */
export function applicationSummary(view: ApplicationView, zone: string): string {
  const { application, plan } = view;
  const name = `${application.company}${application.role ? ` — ${application.role}` : ''}`;
  const lines = [`${name}: ${plan.stageLabel} [${plan.stage}]`, `Next step: ${nextStepText(view, zone)}`];
  if (plan.timeline) lines.push(`Stated timeline: "${plan.timeline.text}" — ${plan.timeline.explanation}`);
  if (plan.note) lines.push(plan.note);
  return lines.join('\n');
}
