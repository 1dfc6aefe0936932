/**
 * Measures interview detection against a labelled calendar file (format: shared fixtures
 * README): items → fromGoogleEvent → detectInterview, compared with the labels.
 *
 *   npx tsx scripts/measure-detection.ts [path] [--verbose]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fromGoogleEvent, ownerFromEventsList } from '../src/shared/events/google';
import { calendarContext, detectInterviews, sameCompany, type Detection } from '../src/shared/detect/index';
import type { CalendarEvent } from '../src/shared/domain/event';

export interface Label {
  interview: boolean;
  company?: string;
  role?: string | null;
  kind?: string;
  interviewers?: string[];
}

export interface Miss {
  eventId: string;
  title: string;
  problem: string;
  reasons: string[];
}

export interface DetectionScores {
  events: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  companyAccuracy: number;
  kindAccuracy: number;
  interviewerAccuracy: number;
  misses: Miss[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_FIXTURE = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'calendar', 'dev-events.json');

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseLabel(v: unknown): Label | undefined {
  if (!isRecord(v) || typeof v.interview !== 'boolean') return undefined;
  const label: Label = { interview: v.interview };
  if (typeof v.company === 'string') label.company = v.company;
  if (typeof v.role === 'string' || v.role === null) label.role = v.role;
  if (typeof v.kind === 'string') label.kind = v.kind;
  if (Array.isArray(v.interviewers)) label.interviewers = v.interviewers.filter((x): x is string => typeof x === 'string');
  return label;
}

function sameNames(a: string[], b: string[]): boolean {
  const sa = new Set(a.map((x) => x.trim().toLowerCase()));
  const sb = new Set(b.map((x) => x.trim().toLowerCase()));
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** Scores detection over a parsed labelled calendar file (`{ owner, items, labels }`). */
export function scoreDetection(file: unknown): DetectionScores {
  if (!isRecord(file) || !Array.isArray(file.items) || !isRecord(file.labels)) throw new Error('not a labelled calendar file');
  const owner = ownerFromEventsList(file);
  if (!owner) throw new Error('the file names no calendar owner');
  const labels = file.labels;
  let tp = 0, fp = 0, fn = 0, companyOk = 0, kindOk = 0, interviewersOk = 0, events = 0;
  const misses: Miss[] = [];
  const mappedAll = file.items.map((item) => fromGoogleEvent(item, 'primary'));
  const mappedEvents = mappedAll.flatMap((m): CalendarEvent[] => ('event' in m ? [m.event] : []));
  // The whole calendar in one batch, as the app ingests a sync.
  const detected = new Map<CalendarEvent, Detection>();
  detectInterviews(mappedEvents, owner, { context: calendarContext(mappedEvents, owner) }).forEach((d, k) => detected.set(mappedEvents[k]!, d));
  for (const [index, item] of file.items.entries()) {
    const mapped = mappedAll[index]!;
    const idOf = isRecord(item) && typeof item.id === 'string' ? item.id : '';
    const label = parseLabel(labels[idOf]);
    if (!label) continue;
    events++;
    const title = isRecord(item) && typeof item.summary === 'string' ? item.summary : '';
    const d: Detection | undefined = 'event' in mapped ? detected.get(mapped.event) : undefined;
    const predicted = d?.isInterview === true;
    if (predicted && !label.interview) {
      fp++;
      misses.push({ eventId: idOf, title, problem: 'false positive', reasons: d?.reasons ?? [] });
    } else if (!predicted && label.interview) {
      fn++;
      misses.push({ eventId: idOf, title, problem: 'missed interview', reasons: d?.reasons ?? ['skipped' in mapped ? mapped.skipped : ''] });
    } else if (predicted && label.interview && d) {
      tp++;
      const problems: string[] = [];
      if (label.company && d.company && sameCompany(label.company, d.company)) companyOk++;
      else problems.push(`company ${JSON.stringify(d.company)} ≠ ${JSON.stringify(label.company)}`);
      if (d.kind === label.kind) kindOk++;
      else problems.push(`kind ${d.kind} ≠ ${label.kind}`);
      const names = d.interviewers.map((i) => i.name);
      if (sameNames(names, label.interviewers ?? [])) interviewersOk++;
      else problems.push(`interviewers ${JSON.stringify(names)} ≠ ${JSON.stringify(label.interviewers ?? [])}`);
      if (problems.length > 0) misses.push({ eventId: idOf, title, problem: problems.join('; '), reasons: d.reasons });
    }
  }
  return {
    events,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    companyAccuracy: ratio(companyOk, tp),
    kindAccuracy: ratio(kindOk, tp),
    interviewerAccuracy: ratio(interviewersOk, tp),
    misses,
  };
}

/** Reads and scores a labelled calendar file from disk. */
export function scoreDetectionFile(file: string): DetectionScores {
  return scoreDetection(JSON.parse(readFileSync(file, 'utf8')) as unknown);
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const file = argv.find((a) => !a.startsWith('--')) ?? DEFAULT_FIXTURE;
  const s = scoreDetectionFile(path.resolve(file));
  const f = (x: number): string => x.toFixed(2);
  console.log(`precision: ${f(s.precision)}`);
  console.log(`recall: ${f(s.recall)}`);
  console.log(`company_accuracy: ${f(s.companyAccuracy)}`);
  console.log(`kind_accuracy: ${f(s.kindAccuracy)}`);
  console.log(`interviewer_accuracy: ${f(s.interviewerAccuracy)}`);
  if (verbose) {
    console.log(`events: ${s.events}, true positives: ${s.truePositives}, false positives: ${s.falsePositives}, missed: ${s.falseNegatives}`);
    for (const m of s.misses) {
      console.log(`- ${m.eventId} "${m.title}": ${m.problem}`);
      for (const r of m.reasons) console.log(`    · ${r}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
