import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FIXTURE, scoreDetectionFile } from './measure-detection';

const here = path.dirname(fileURLToPath(import.meta.url));
const ownFixtures = path.resolve(here, '..', 'src', 'shared', 'detect', 'fixtures');

/** The targets the brief sets; a score below them fails the build. */
const TARGETS = { precision: 0.97, recall: 0.95, companyAccuracy: 0.9, kindAccuracy: 0.9, interviewerAccuracy: 0.85 };

function expectTargets(file: string): void {
  const s = scoreDetectionFile(file);
  const report = s.misses.map((m) => `${m.eventId} ${m.title}: ${m.problem}`).join('\n');
  expect(s.truePositives, report).toBeGreaterThan(0);
  expect(s.precision, report).toBeGreaterThanOrEqual(TARGETS.precision);
  expect(s.recall, report).toBeGreaterThanOrEqual(TARGETS.recall);
  expect(s.companyAccuracy, report).toBeGreaterThanOrEqual(TARGETS.companyAccuracy);
  expect(s.kindAccuracy, report).toBeGreaterThanOrEqual(TARGETS.kindAccuracy);
  expect(s.interviewerAccuracy, report).toBeGreaterThanOrEqual(TARGETS.interviewerAccuracy);
}

describe('detection quality', () => {
  it.skipIf(!existsSync(DEFAULT_FIXTURE))('meets the targets on the shared dev set', () => {
    expectTargets(DEFAULT_FIXTURE);
  });
  it.each([
    'extra-events.json',
    'work-calendar-events.json',
    'mixed-calendar-events.json',
    'varied-events.json',
    // Written by a session that never saw the detector; it scored below target on both before it was tuned on them.
    'independent-es-de-events.json',
    'independent-nl-fr-events.json',
    // Written the same way later, and first measured as a held-out check (see the README).
    'independent-us-en-events.json',
    'independent-fr-es-events.json',
  ])('meets the targets on our own labelled set %s', (name) => {
    expectTargets(path.join(ownFixtures, name));
  });
});
