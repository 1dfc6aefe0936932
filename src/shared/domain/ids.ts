/** Id of the interview found in one calendar event; stable across syncs. */
export function interviewIdFor(source: string, calendarId: string, eventId: string): string {
  return `${source}:${safe(calendarId)}:${safe(eventId)}`;
}

/** Lowercase, id-safe rendering of arbitrary text (used inside ids only). */
export function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9_\-.@]/g, '_').slice(0, 200);
}
