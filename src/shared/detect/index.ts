/** Interview detection: which calendar events are job interviews of the owner, and their details. */
export { detectInterview, detectInterviews, type BatchOptions, type Detection, type DetectOptions } from './detect';
export { companyKey, sameCompany, sameRole, assignApplication } from './company';
export { WEIGHTS } from './score';
export { calendarContext, type CalendarContext } from './context';
