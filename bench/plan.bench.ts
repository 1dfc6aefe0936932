/**
 * Plans 10,000 generated applications (2–3 rounds each, mixed decisions) and prints
 * the median wall time over several runs: `plan_10k_applications_median: N ms`.
 */
import Holidays from 'date-holidays';
import { performance } from 'node:perf_hooks';
import { planApplication, useHolidayLibrary, type PlanInput } from '../src/shared/plan';
import { input, interview } from '../src/shared/plan/testkit';
import { rng } from './rng';

// As the app's hosts do: date-holidays is handed in, loaded on first use.
useHolidayLibrary(() => Holidays);

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];
const PHRASES = ['within two weeks', 'by Friday', 'end of next week', "they'll contact me", 'early November', 'soon'];
const COUNT = 10_000;
const RUNS = Number(process.env.PLAN_BENCH_RUNS ?? 7);
const HALF_HOUR = 1_800_000;
const DAY = 86_400_000;


function generate(): PlanInput[] {
  const rand = rng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const base = Date.parse('2026-09-01T12:00:00Z');
  const now = '2026-10-20T15:00:00Z';
  const out: PlanInput[] = [];
  for (let n = 0; n < COUNT; n++) {
    const rounds = 2 + Math.floor(rand() * 2);
    let start = base + Math.floor(rand() * 60 * 48) * HALF_HOUR;
    const interviews = [];
    for (let r = 1; r <= rounds; r++) {
      const end = start + (1 + Math.floor(rand() * 4)) * HALF_HOUR;
      interviews.push(
        interview(`app${n}-r${r}`, new Date(start).toISOString(), new Date(end).toISOString(), {
          applicationId: `app${n}`,
          round: r,
          status: rand() < 0.05 ? 'cancelled' : 'scheduled',
          interviewers: Array.from({ length: Math.floor(rand() * 3) }, (_, k) => ({ name: `Person ${n}-${r}-${k}` })),
        }),
      );
      start = end + (3 + Math.floor(rand() * 12)) * DAY;
    }
    const firstEnd = Date.parse(interviews[0]!.end);
    const roll = rand();
    const inp = input(interviews, now, pick(ZONES), {
      app: { id: `app${n}`, company: `Company ${n}` },
      policy: { holidaysCountry: pick([null, null, 'US', 'DE']), maxFollowUps: rand() < 0.2 ? 1 : 2 },
      decisions: {
        ...(rand() < 0.5 ? { statedTimeline: { text: pick(PHRASES), recordedAt: new Date(firstEnd + 3_600_000).toISOString() } } : {}),
        ...(roll < 0.1 ? { heardBackAt: new Date(firstEnd + 5 * DAY).toISOString() } : {}),
        ...(roll > 0.85 ? { outcome: { kind: pick(['offer', 'rejected', 'withdrawn'] as const), at: new Date(firstEnd + 20 * DAY).toISOString() } } : {}),
        steps: rand() < 0.5 ? { [`app${n}/app${n}-r1/follow-up`]: { state: 'sent', at: new Date(firstEnd + 8 * DAY).toISOString() } } : {},
      },
    });
    out.push(inp);
  }
  return out;
}

const inputs = generate();
const times: number[] = [];
const cpuTimes: number[] = [];
let steps = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  steps = 0;
  for (const inp of inputs) steps += planApplication(inp).steps.length;
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpuTimes.push((c.user + c.system) / 1000);
}
const first = times[0]!;
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
// CPU time is steadier than wall time on a shared, busy machine.
console.log(`plan_10k_applications_cpu_median: ${cpuTimes[Math.floor(cpuTimes.length / 2)]!.toFixed(1)} ms`);
console.log(`plan_10k_applications_median: ${median.toFixed(1)} ms`);
console.log(`plan_per_application_median: ${((median * 1000) / COUNT).toFixed(1)} us`);
console.log(`plan_10k_applications_first_run: ${first.toFixed(1)} ms`);
console.log(`plan_steps_per_run: ${steps} steps`);
