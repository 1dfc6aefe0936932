/**
 * Run the Google stand-in on its own for manual testing:
 *   npx tsx e2e/google-standin/cli.ts [--port 8765] [--seed path/to/events.json] [--max-page-size 50] [--short-pages]
 * then point the app at it with TACTFUL_GOOGLE_API_ROOT=http://127.0.0.1:8765
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startGoogleStandIn } from './index';

// Accepts `{items:[...]}` (an events.list page) or the shared fixture format (adds owner/timeZone).
const SeedFile = z.object({
  owner: z.object({ email: z.string() }).partial().optional(),
  items: z.array(z.record(z.string(), z.unknown())),
});

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8765' },
    seed: { type: 'string' },
    'max-page-size': { type: 'string' },
    'short-pages': { type: 'boolean', default: false },
  },
});

const seed = values.seed ? SeedFile.parse(JSON.parse(readFileSync(values.seed, 'utf8'))) : undefined;
const ownerEmail = seed?.owner?.email ?? 'sam.rivera@gmail.com';
const standIn = await startGoogleStandIn({
  port: Number(values.port),
  ownerEmail,
  maxPageSize: values['max-page-size'] ? Number(values['max-page-size']) : undefined,
  shortPages: values['short-pages'],
});
if (seed) standIn.seedEvents(ownerEmail, seed.items);
console.log(standIn.origin);
console.error(
  `[google-standin] ${seed?.items.length ?? 0} events in ${ownerEmail}; client_id=test-client.apps.googleusercontent.com client_secret=test-secret; Ctrl-C to stop`,
);
process.on('SIGINT', () => {
  void standIn.close().then(() => process.exit(0));
});
