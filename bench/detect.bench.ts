/**
 * Detection throughput: classifies 100,000 events made by cycling the dev set with varied ids
 * and lightly mutated text (so no two consecutive events are identical), on one thread: the
 * whole detector (decision and extraction), the decision alone ({ details: false }), and the
 * whole detector over the same events mixed as a real calendar is (REAL_SHARE).
 * Prints `name: value unit` lines only.
 */
import { detectInterviews } from '../src/shared/detect/index';
import { detectWorkload } from './detect-workload';

const COUNT = Number(process.env.DETECT_BENCH_COUNT ?? 100_000);
const RUNS = Number(process.env.DETECT_BENCH_RUNS ?? 5);
const { events, owner } = detectWorkload(COUNT, process.argv[2]);
/** Interviews as a share of a real job seeker's calendar: two or three a week among some fifty events. */
const REAL_SHARE = 0.05;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const per100k = 100_000 / COUNT;
let sink = 0;

/** Median wall and process CPU time (ms) of RUNS passes of detectInterviews over the whole workload. */
function measure(details: boolean, batch = events): { wall: number; cpu: number } {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = detectInterviews(batch, owner, { details });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
    for (const d of out) if (d.isInterview) sink++;
  }
  return { wall: median(times), cpu: median(cpuTimes) };
}

// The whole detector: the decision with its confidence and reasons, then, for the ~40% of this
// workload that are interviews, company, role, kind, interviewers, round and link.
const full = measure(true);
// The decision alone (isInterview, confidence, reasons): what deciding costs per event.
const decide = measure(false);
// The whole detector again, over the same calendar's events with its interviews at REAL_SHARE
// instead of its own 41%: what a real calendar of 100,000 events costs. The target is judged on
// the line above (detect_100k_median), the dense mix; this one is for scale.
const real = measure(true, detectWorkload(COUNT, process.argv[2], REAL_SHARE).events);
if (sink < 0) console.log('unreachable');
console.log(`detect_events_per_second: ${Math.round((COUNT / full.wall) * 1000)} events/s`);
console.log(`detect_100k_median: ${Math.round(full.wall * per100k)} ms`);
// Wall time on a shared machine includes waiting for the CPU; process CPU time does not.
console.log(`detect_100k_cpu_median: ${Math.round(full.cpu * per100k)} ms`);
console.log(`detect_100k_at_5pct_interviews_median: ${Math.round(real.wall * per100k)} ms`);
console.log(`classify_events_per_second: ${Math.round((COUNT / decide.wall) * 1000)} events/s`);
console.log(`classify_100k_median: ${Math.round(decide.wall * per100k)} ms`);
console.log(`classify_100k_cpu_median: ${Math.round(decide.cpu * per100k)} ms`);
