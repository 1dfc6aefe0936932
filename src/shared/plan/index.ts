/** The etiquette planner: pure, deterministic, time passed in. See docs/etiquette.md. */
export { planApplication, channelFor, type PlanInput } from './planner';
export { readStatedTimeline } from './timeline';
export { stepIdFor, slug } from './ids';
export { validatePolicy } from './policy';
export { draftFor, mailtoLink, topicFromNotes, wordCount, type DraftContext } from './drafts';
export { ARTICLES, cite, ruleAnchorFor, ruleLinkFor, type RuleAnchor } from './articles';
export { isBusinessDay, useHolidayLibrary, workCalendarFor, type WorkCalendar } from './calendar';
