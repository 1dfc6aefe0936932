import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromGoogleEvent, ownerFromEventsList } from '../../src/shared/events/google';
import { calendarContext, detectInterview, detectInterviews } from '../../src/shared/detect/index';

const FIXTURES = resolve(__dirname, '../../src/shared/detect/fixtures');

describe('detectInterviews over a calendar', () => {
  it('gives the same detections as one event at a time (it decides them all first, then extracts details)', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const raw = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { items: unknown[] };
      const events = raw.items.flatMap((item) => {
        const r = fromGoogleEvent(item, 'primary');
        return 'event' in r ? [r.event] : [];
      });
      const owner = ownerFromEventsList(raw) ?? { email: 'owner@example.com' };
      const context = calendarContext(events, owner);
      const batch = detectInterviews(events, owner);
      expect(batch.some((d) => d.isInterview && d.company), file).toBe(true);
      expect(batch, file).toEqual(events.map((e) => detectInterview(e, owner, context)));
    }
  });
});
