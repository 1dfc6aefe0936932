import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarEvent, CalendarOwner } from '../../src/shared/domain/event';
import { fromGoogleEvent, ownerFromEventsList } from '../../src/shared/events/google';
import { detectInterviews } from '../../src/shared/detect/detect';
import { setGateEnabled } from '../../src/shared/detect/gate';

// The gate's word tables are kept by hand beside the lexicon's regexes. If they drift, the
// gate would silently skip a pattern: these tests compare detection with the gate on and off.
const here = resolve(__dirname, '../../src/shared/detect');
const files = [
  ...readdirSync(join(here, 'fixtures')).map((f) => join(here, 'fixtures', f)),
  resolve(here, '../../../../shared/fixtures/calendar/dev-events.json'),
].filter((f) => {
  try {
    readFileSync(f);
    return true;
  } catch {
    return false;
  }
});

function load(file: string): { events: CalendarEvent[]; owner: CalendarOwner } {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[] };
  const events = raw.items.flatMap((item) => {
    const r = fromGoogleEvent(item, 'primary');
    return 'event' in r ? [r.event] : [];
  });
  return { events, owner: ownerFromEventsList(raw) ?? { email: 'owner@example.com' } };
}

function both(events: CalendarEvent[], owner: CalendarOwner) {
  setGateEnabled(true);
  const gated = detectInterviews(events, owner);
  setGateEnabled(false);
  const full = detectInterviews(events, owner);
  setGateEnabled(true);
  return { gated, full };
}

afterEach(() => setGateEnabled(true));

describe('the pre-check gate', () => {
  it('changes nothing on every labelled calendar', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const { events, owner } = load(file);
      const { gated, full } = both(events, owner);
      expect(gated, file).toEqual(full);
    }
  });

  it('changes nothing when titles and descriptions are cut, cased and recombined', () => {
    const pool = files.flatMap((f) => load(f).events);
    const owner = { email: 'sam.rivera@gmail.com' };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: pool.length - 1 }),
        fc.integer({ min: 0, max: pool.length - 1 }),
        fc.nat(200),
        fc.boolean(),
        (a, b, cut, upper) => {
          const x = pool[a]!;
          const y = pool[b]!;
          const summary = `${x.summary.slice(cut % (x.summary.length + 1))} ${y.summary.slice(0, cut)}`;
          const event = { ...x, summary: upper ? summary.toUpperCase() : summary, description: `${y.description.slice(cut)}\n${x.description.slice(0, cut * 3)}` };
          const { gated, full } = both([event], owner);
          expect(gated).toEqual(full);
        },
      ),
      { numRuns: 300 },
    );
  });
});
