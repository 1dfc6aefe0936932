/**
 * The detection benchmarks' workload: COUNT events made by cycling a labelled calendar (the dev
 * set by default) with varied ids and lightly mutated text, so no two consecutive events are
 * identical and nothing can be memoised by string identity.
 *
 * By default the calendar's own mix is kept: the dev set is a labelled set built for detection,
 * and 41% of it are interviews. With `interviewShare`, its interviews (by its labels) are spread
 * evenly through its other events at that share instead, as in a real calendar, where interviews
 * are a small part of what the owner has on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromGoogleEvent, ownerFromEventsList } from '../src/shared/events/google';
import type { CalendarEvent, CalendarOwner } from '../src/shared/domain/event';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_EVENTS = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'calendar', 'dev-events.json');

export function detectWorkload(count: number, file = DEV_EVENTS, interviewShare?: number): { events: CalendarEvent[]; owner: CalendarOwner } {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[]; labels?: Record<string, { interview?: boolean }> };
  const owner = ownerFromEventsList(raw) ?? { email: 'owner@example.com' };
  const base: CalendarEvent[] = [];
  for (const item of raw.items) {
    const r = fromGoogleEvent(item, 'primary');
    if ('event' in r) base.push(r.event);
  }
  const vary = (e: CalendarEvent, i: number, n: number): CalendarEvent =>
    // Vary id, title and description so nothing can be memoised by string identity.
    ({ ...e, id: `${e.id}_${i}`, summary: n % 2 ? `${e.summary} ` : `${e.summary} #${n}`, description: `${e.description}\n${n}` });
  const events: CalendarEvent[] = [];
  if (interviewShare === undefined) {
    for (let i = 0; i < count; i++) events.push(vary(base[i % base.length]!, i, Math.floor(i / base.length)));
    return { events, owner };
  }
  if (!(interviewShare >= 0 && interviewShare <= 1) || !raw.labels) throw new Error('an interview share needs a share in 0..1 and a labelled calendar');
  const yes = base.filter((e) => raw.labels![e.id]?.interview === true);
  const no = base.filter((e) => raw.labels![e.id]?.interview !== true);
  let y = 0;
  let n = 0;
  for (let i = 0; i < count; i++) {
    // Evenly spread: event i is an interview when the running count of interviews due steps up.
    if (Math.floor((i + 1) * interviewShare) > Math.floor(i * interviewShare)) {
      events.push(vary(yes[y % yes.length]!, i, Math.floor(y / yes.length)));
      y++;
    } else {
      events.push(vary(no[n % no.length]!, i, Math.floor(n / no.length)));
      n++;
    }
  }
  return { events, owner };
}
