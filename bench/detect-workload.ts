/**
 * The detection benchmarks' workload: COUNT events made by cycling a labelled calendar (the dev
 * set by default) with varied ids and lightly mutated text, so no two consecutive events are
 * identical and nothing can be memoised by string identity.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromGoogleEvent, ownerFromEventsList } from '../src/shared/events/google';
import type { CalendarEvent, CalendarOwner } from '../src/shared/domain/event';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_EVENTS = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'calendar', 'dev-events.json');

export function detectWorkload(count: number, file = DEV_EVENTS): { events: CalendarEvent[]; owner: CalendarOwner } {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[] };
  const owner = ownerFromEventsList(raw) ?? { email: 'owner@example.com' };
  const base: CalendarEvent[] = [];
  for (const item of raw.items) {
    const r = fromGoogleEvent(item, 'primary');
    if ('event' in r) base.push(r.event);
  }
  const events: CalendarEvent[] = [];
  for (let i = 0; i < count; i++) {
    const e = base[i % base.length]!;
    const n = Math.floor(i / base.length);
    // Vary id, title and description so nothing can be memoised by string identity.
    events.push({ ...e, id: `${e.id}_${i}`, summary: n % 2 ? `${e.summary} ` : `${e.summary} #${n}`, description: `${e.description}\n${n}` });
  }
  return { events, owner };
}
