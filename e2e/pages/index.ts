export { TactfulApp, type ViewName } from './app';
export { TodayPage } from './today';
export { TimelinePage, DetailPanel } from './timeline';
export { ReviewPage } from './review';
export { SettingsPage } from './settings';
