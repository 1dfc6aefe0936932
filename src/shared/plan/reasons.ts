import type { ArticleId } from '../domain/plan';
import type { Policy } from '../domain/settings';
import { cite } from './articles';

/** Why a step is where it is: one line in plain words, ending with its article. */

export interface Reason {
  text: string;
  source: ArticleId;
}

function days(n: number): string {
  return n === 7 ? 'a week' : n === 14 ? 'two weeks' : `${n} days`;
}

function hours(n: number): string {
  return `${n}-hour`;
}

/** "2 days past" / "5 hours past": calm, exact enough to act on. */
export function howLate(nowMs: number, dueEndMs: number): string {
  const h = Math.max(1, Math.floor((nowMs - dueEndMs) / 3_600_000));
  if (h < 24) return `${h} hour${h === 1 ? '' : 's'}`;
  const d = Math.floor(h / 24);
  return `${d} day${d === 1 ? '' : 's'}`;
}

function r(text: string, source: ArticleId): Reason {
  return { text: cite(text, source), source };
}

export const reasons = {
  askTimeline: () =>
    r("At the end of the interview, ask when you'll likely hear from them", 'should-you-follow-up'),
  askTimelineAnswered: (said: string) => r(`They gave a timeline: "${said}"`, 'should-you-follow-up'),
  askTimelineUnanswered: (p: Policy) =>
    r(`No timeline was noted, so the default wait of ${days(p.defaultWaitDays)} applies`, 'should-you-follow-up'),

  thankYou: (p: Policy, who: string | undefined) =>
    r(`Thank ${who ?? 'them'} within ${p.thankYouWithinHours} hours of the interview's end`, 'etiquette-and-strategies'),
  thankYouLate: (p: Policy, late: string) =>
    r(`${late} past the ${hours(p.thankYouWithinHours)} window; a late thank-you is still better than none`, 'etiquette-and-strategies'),

  thankYouFolded: () =>
    r('Too late for a separate thank-you; thank them in your follow-up instead', 'etiquette-and-strategies'),
  followUpAfterTimeline: (said: string) =>
    r(`They said "${said}": no contact before then, so follow up on the first business day after it`, 'should-you-follow-up'),
  followUpTheyWillContact: (p: Policy) =>
    r(`They said they would contact you: respect that and wait ${days(p.defaultWaitDays)}, never sooner`, 'is-it-ever-appropriate-to-follow-up'),
  followUpTimelineUnread: (said: string, p: Policy) =>
    r(`"${said}" names no date we could read, so wait the default ${days(p.defaultWaitDays)} after the interview`, 'should-you-follow-up'),
  followUpDefault: (p: Policy) =>
    r(`No timeline was given: wait ${days(p.defaultWaitDays)} after the interview before following up`, 'should-you-follow-up'),
  finalFollowUp: (p: Policy) =>
    r(`One more, ${days(p.finalFollowUpAfterDays)} after your first follow-up if there is no reply; after that, wait`, 'etiquette-and-strategies'),
  followUpLate: (plannedDay: string, source: ArticleId) =>
    r(`Planned for ${plannedDay}; sending it now is still fine`, source),

  rejectionReply: (p: Policy) =>
    r(`Reply graciously within ${p.rejectionReplyWithinHours} hours: thank them and ask to be considered for future roles`, 'etiquette-and-strategies'),
  rejectionReplyLate: (p: Policy, late: string) =>
    r(`${late} past the ${hours(p.rejectionReplyWithinHours)} window; a gracious reply is still worth sending`, 'etiquette-and-strategies'),

  sent: (day: string | undefined, source: ArticleId) => r(day ? `Sent on ${day}` : 'Sent', source),
  skippedByYou: (source: ArticleId) => r('You chose to skip this one', source),
  supersededByRound: (day: string, source: ArticleId) =>
    r(`Your next interview (${day}) starts the cycle again, so this step is replaced`, source),
  invitedToNextRound: (day: string) =>
    r(`They invited you to another interview (${day}): that is their reply, so no follow-up is needed for this round`, 'is-it-ever-appropriate-to-follow-up'),
  supersededByRejection: () => r('No follow-ups after a rejection; a gracious reply is the last step', 'etiquette-and-strategies'),
  supersededByOutcome: (what: string) => r(`${what}, so this step is no longer needed`, 'etiquette-and-strategies'),
  heardBack: (day: string) =>
    r(`You heard back on ${day}, so no follow-up is needed; wait for their next update`, 'is-it-ever-appropriate-to-follow-up'),
  letGo: () =>
    r('No reply after your follow-ups: stop nudging and let this one go', 'follow-up-without-being-annoying'),
};

/** Shown on no-response: the pitfall is neglecting other opportunities. */
export function letGoNote(): string {
  return cite(
    'No reply after your follow-ups: stop nudging; put your energy into other applications. If they write back, mark that you heard back',
    'is-it-ever-appropriate-to-follow-up',
  );
}
