/**
 * CI helper: writes the sample export and its expected UIDs/instants, for
 *   npx tsx src/main/ics/testing/write-check-files.ts DIR
 *   /usr/bin/python3 scripts/check-ics.py DIR/out.ics DIR/expected.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportReminders, uidForStep } from '../export';
import { sampleReminders } from './reminders';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: write-check-files.ts DIR');
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
const reminders = sampleReminders();
writeFileSync(join(dir, 'out.ics'), exportReminders({ reminders, book: {}, now: '2026-11-01T12:00:00Z' }).text);
writeFileSync(join(dir, 'expected.json'), JSON.stringify(reminders.map((r) => ({ uid: uidForStep(r.stepId), start: r.start, end: r.end })), null, 2));
console.log(`wrote ${join(dir, 'out.ics')} and ${join(dir, 'expected.json')}`);
