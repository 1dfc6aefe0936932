/**
 * The program scripts/instructions.mjs runs under valgrind: RUNS passes of detectInterviews over
 * COUNT events of the detection benchmarks' workload, the decision alone (`classify`) or the
 * whole detector (`full`). Not a *.bench.ts file: `npm run bench` does not run it.
 */
import { detectInterviews } from '../src/shared/detect/index';
import { detectWorkload } from './detect-workload';

const mode = process.argv[2] === 'full' ? 'full' : 'classify';
const { events, owner } = detectWorkload(Number(process.env.COUNT ?? 5000), process.env.DEV_EVENTS || undefined);
let interviews = 0;
for (let r = 0; r < Number(process.env.RUNS ?? 2); r++) {
  for (const d of detectInterviews(events, owner, { details: mode === 'full' })) if (d.isInterview) interviews++;
}
console.log(`interviews: ${interviews}`);
