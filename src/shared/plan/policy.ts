import type { z } from 'zod';
import { PolicySchema, type Policy } from '../domain/settings';
import { knowsHolidaysOf } from './calendar';

/** The settings' names in words, so an error says what to fix, not a field path. */
const FIELD_WORDS: Record<string, string> = {
  thankYouWithinHours: 'Thank-you note window (hours)',
  defaultWaitDays: 'Wait before the first follow-up (days)',
  finalFollowUpAfterDays: 'Days between the first and the final follow-up',
  maxFollowUps: 'Most follow-ups to send',
  letGoAfterDays: 'Days before letting go after the last follow-up',
  rejectionReplyWithinHours: 'Reply to a rejection within (hours)',
  workdayStart: 'Working day starts',
  workdayEnd: 'Working day ends',
  holidaysCountry: 'Public holidays country',
};

function describe(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '');
  const words = FIELD_WORDS[field] ?? (field === '' ? 'Policy' : field);
  let what = issue.message;
  if (issue.code === 'too_small') what = `must be at least ${String(issue.minimum)}`;
  else if (issue.code === 'too_big') what = `must be at most ${String(issue.maximum)}`;
  else if (issue.code === 'invalid_type') what = `must be a ${issue.expected}`;
  else if (issue.code === 'invalid_union' && field === 'maxFollowUps') what = 'must be 1 or 2';
  else if (issue.code === 'invalid_format' && field === 'holidaysCountry') what = 'use a two-letter country code such as US or DE, or none';
  return `${words}: ${what}`;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Checks a policy (zod shape + rules across fields); every message names the setting in words. */
export function validatePolicy(input: unknown): { ok: true; policy: Policy } | { ok: false; errors: string[] } {
  const parsed = PolicySchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describe) };
  const p = parsed.data;
  const errors: string[] = [];
  if (minutesOf(p.workdayEnd) - minutesOf(p.workdayStart) < 60) {
    errors.push('Working day ends: leave at least one hour after the working day starts');
  }
  // The thank-you belongs before any follow-up: its window must close before the wait ends.
  if (p.thankYouWithinHours > p.defaultWaitDays * 24) {
    errors.push(`Thank-you note window (hours): must close before the first follow-up (${p.defaultWaitDays} days)`);
  }
  if (p.maxFollowUps === 2 && p.finalFollowUpAfterDays < 1) {
    errors.push('Days between the first and the final follow-up: the final follow-up must come after the first');
  }
  if (p.holidaysCountry !== null && !knowsHolidaysOf(p.holidaysCountry)) {
    errors.push(`Public holidays country: no holiday calendar is known for "${p.holidaysCountry}"`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policy: p };
}
