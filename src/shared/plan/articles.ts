import type { ArticleId } from '../domain/plan';
import type { StepKind } from '../domain/application';

/** The five source articles: full title for the docs, short title for one-line reasons. */
export const ARTICLES: Record<ArticleId, { title: string; shortTitle: string }> = {
  'is-it-rude-to-follow-up': {
    title: 'Is It Rude To Follow Up On A Job Interview?',
    shortTitle: 'Is It Rude To Follow Up',
  },
  'is-it-ever-appropriate-to-follow-up': {
    title: 'Is It Ever Appropriate to Follow Up After a Job Interview',
    shortTitle: 'Is It Ever Appropriate to Follow Up',
  },
  'follow-up-without-being-annoying': {
    title: 'How to Follow Up After a Job Interview Without Being Annoying',
    shortTitle: 'Without Being Annoying',
  },
  'should-you-follow-up': {
    title: 'Should You Follow Up After a Job Interview?',
    shortTitle: 'Should You Follow Up',
  },
  'etiquette-and-strategies': {
    title: 'Following Up After Job Interviews: Etiquette and Strategies',
    shortTitle: 'Etiquette and Strategies',
  },
};

/** A reason line always ends by naming its article, so the "why" is checkable. */
export function cite(text: string, source: ArticleId): string {
  return `${text} (${ARTICLES[source].shortTitle})`;
}

/** Headings in docs/etiquette.md; the app's "Why?" links point at these. */
export type RuleAnchor =
  | StepKind
  | 'waiting'
  | 'no-response'
  | 'heard-back'
  | 'new-round'
  | 'cancelled'
  | 'timing'
  | 'channel'
  | 'content'
  | 'stated-timeline';

/** Anchor of the rule behind a step kind (or another rule), for `docs/etiquette.md#<anchor>`. */
export function ruleAnchorFor(kind: RuleAnchor): string {
  return kind;
}

/** Relative link to the rule's documentation. */
export function ruleLinkFor(kind: RuleAnchor): string {
  return `docs/etiquette.md#${ruleAnchorFor(kind)}`;
}
