import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationOutputSchema,
  DetectOutputSchema,
  ImportOutputSchema,
  ListOutputSchema,
  type CliApplication,
} from '../../src/shared/cli/schemas';
import { buildCli, cleanup, devFixture, json, NOW, tactful, tempDir, type RunResult } from './harness';

const at = ['--now', NOW];

/** A one-line error on stderr, with no stack trace. */
function expectOneLineError(result: RunResult, code: number, pattern?: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^tactful: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  if (pattern) expect(lines[0]).toMatch(pattern);
}

async function list(dataDir: string): Promise<CliApplication[]> {
  const result = await tactful(['list', '--json', '--data-dir', dataDir, ...at]);
  expect(result.code, result.stderr).toBe(0);
  return ListOutputSchema.parse(json(result)).applications;
}

const byCompany = (apps: CliApplication[], company: string) => apps.find((a) => a.company === company)!;

let data: string;
/** The applications right after the import, before any change. */
let initial: CliApplication[];

beforeAll(async () => {
  buildCli();
  data = tempDir();
  const imported = await tactful(['import', devFixture, '--json', '--data-dir', data, ...at]);
  expect(imported.code, imported.stderr).toBe(0);
}, 60_000);

afterAll(cleanup);

// Each command is a Node process (~1 s of CPU): generous timeouts for a busy 2-core machine.
describe('tactful CLI (built, as a subprocess)', { timeout: 90_000 }, () => {
  it('answers --help on every command, and --version', async () => {
    const commands = [[], ['detect'], ['import'], ['list'], ['timeline'], ['sent'], ['heard'], ['outcome'], ['export'], ['auth'], ['sync'], ['settings'], ['settings', 'get'], ['settings', 'set']];
    const results = await Promise.all(commands.map((c) => tactful([...c, '--help'])));
    results.forEach((r, i) => {
      expect(r.code, `${commands[i]!.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toContain(`Usage: tactful ${commands[i]!.join(' ')}`.trimEnd());
      expect(r.stdout).toContain('--data-dir');
    });
    const version = await tactful(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('detect --json lists the interviews of the dev fixture, in the documented shape', async () => {
    const [asJson, asTable] = await Promise.all([tactful(['detect', devFixture, '--json']), tactful(['detect', devFixture])]);
    expect(asJson.code, asJson.stderr).toBe(0);
    const { interviews } = DetectOutputSchema.parse(json(asJson));
    expect(interviews.length).toBeGreaterThan(10);
    const globex = interviews.find((i) => i.company === 'Globex');
    expect(globex?.interviewers.length).toBeGreaterThan(0);
    expect(globex?.start).toMatch(/Z$/);
    expect(asTable.code).toBe(0);
    expect(asTable.stdout).toMatch(/^START\s+COMPANY/);
    expect(asTable.stdout).toContain('Globex');
  });

  it('import files interviews into applications; importing again updates instead of duplicating', async () => {
    const apps = (initial = await list(data));
    expect(apps.length).toBeGreaterThan(5);
    for (const app of apps) expect(app.stage).toBeTruthy();
    expect(apps.some((a) => a.steps.some((s) => ['due', 'overdue', 'upcoming'].includes(s.status)))).toBe(true);
    const again = await tactful(['import', devFixture, '--json', '--data-dir', data, ...at]);
    const summary = ImportOutputSchema.parse(json(again));
    expect(summary.added).toBe(0);
    expect(summary.applications).toBe(apps.length);
  });

  it('timeline, sent, heard and outcome change what list shows', async () => {
    const dir = ['--data-dir', data, ...at];

    const sent = await tactful(['sent', 'globex', 'follow-up', '--json', ...dir]);
    expect(sent.code, sent.stderr).toBe(0);
    const globex = ApplicationOutputSchema.parse(json(sent)).application;
    const followUps = globex.steps.filter((s) => s.kind === 'follow-up');
    expect(followUps.some((s) => s.status === 'done')).toBe(true);

    const contosoBefore = byCompany(initial, 'Contoso').steps.find((s) => s.kind === 'follow-up')!;
    expect((await tactful(['timeline', 'contoso', 'within', 'three', 'weeks', ...dir])).code).toBe(0);
    expect((await tactful(['heard', 'Acme', ...dir])).code).toBe(0);
    const offer = await tactful(['outcome', 'app-initech-software-engineer-ii', 'offer', ...dir]);
    expect(offer.code, offer.stderr).toBe(0);
    expect(offer.stdout).toContain('Initech');

    const after = await list(data);
    expect(byCompany(after, 'Globex').steps.filter((s) => s.kind === 'follow-up').some((s) => s.status === 'done')).toBe(true);
    const contosoAfter = byCompany(after, 'Contoso').steps.find((s) => s.kind === 'follow-up')!;
    expect(contosoAfter.dueStart > contosoBefore.dueStart).toBe(true);
    const acme = byCompany(after, 'Acme Robotics');
    expect(acme.steps.filter((s) => s.kind.includes('follow-up') && ['due', 'overdue', 'upcoming'].includes(s.status))).toHaveLength(0);
    expect(byCompany(after, 'Initech').stage).toBe('offer');
  });

  it('sent with a kind that names several open steps is a usage error listing them; --all sends them all', async () => {
    const dir = ['--data-dir', data, ...at];
    const ambiguous = await tactful(['sent', 'umbrella', 'thank-you', ...dir]);
    expectOneLineError(ambiguous, 2, /open thank-you steps \(thank-you\/.+\); name one of them, or add --all/);
    const all = await tactful(['sent', 'umbrella', 'thank-you', '--all', '--json', ...dir]);
    expect(all.code, all.stderr).toBe(0);
    const umbrella = ApplicationOutputSchema.parse(json(all)).application;
    expect(umbrella.steps.filter((s) => s.kind === 'thank-you' && ['due', 'overdue', 'upcoming'].includes(s.status))).toHaveLength(0);
  });

  it('export -o writes a valid .ics (CRLF) atomically; -o - prints it', async () => {
    const out = join(data, 'reminders.ics');
    const written = await tactful(['export', '-o', out, '--data-dir', data, ...at]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toMatch(/^Wrote \d+ reminders? to /);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text).toContain('BEGIN:VEVENT\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const one = await tactful(['export', '-o', '-', '--application', 'Globex', '--data-dir', data, ...at]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('usage errors exit 2 and failures exit 1, each with one line on stderr and no stack', async () => {
    const empty = tempDir();
    const notJson = join(empty, 'broken.json');
    writeFileSync(notJson, '{ nope');
    const d = ['--data-dir', data];
    const [unknownCommand, unknownOption, missingArg, badNow, badTz, unknownApp, badOutcome, noFile, brokenJson, noFolder, noClient, verbose, bare] =
      await Promise.all([
        tactful(['frobnicate']),
        tactful(['list', '--bogus']),
        tactful(['detect']),
        tactful(['list', '--now', 'yesterday', ...d]),
        tactful(['list', '--tz', 'Mars/Olympus', ...d]),
        tactful(['heard', 'Globx', ...d, ...at]),
        tactful(['outcome', 'globex', 'maybe', ...d]),
        tactful(['detect', join(empty, 'missing.ics')]),
        tactful(['import', notJson, '--data-dir', empty]),
        tactful(['export', '-o', join(empty, 'no', 'such', 'folder', 'x.ics'), ...d]),
        tactful(['sync', '--data-dir', empty]),
        tactful(['detect', join(empty, 'missing.ics'), '--verbose']),
        tactful([]),
      ]);
    expectOneLineError(unknownCommand, 2, /unknown command 'frobnicate'/);
    expectOneLineError(unknownOption, 2, /unknown option '--bogus'/);
    expectOneLineError(missingArg, 2, /missing required argument 'file'/);
    expectOneLineError(badNow, 2, /--now/);
    expectOneLineError(badTz, 2, /--tz/);
    expectOneLineError(unknownApp, 2, /no application matches "Globx" \(did you mean Globex\?\)/);
    expectOneLineError(badOutcome, 2, /offer, rejected, withdrawn/);
    expectOneLineError(noFile, 1, /no such file/);
    expectOneLineError(brokenJson, 1, /not valid JSON/);
    expectOneLineError(noFolder, 1, /folder does not exist/);
    expectOneLineError(noClient, 1, /TACTFUL_GOOGLE_CLIENT_ID/);
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).toMatch(/\n\s+at /);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: tactful');
  });

  it('keeps data directories apart, and validates settings like the app', async () => {
    const other = tempDir();
    const [otherList, setEmail, badMax, badZone, unknownKey] = await Promise.all([
      list(other),
      tactful(['settings', 'set', 'profile.email', 'me@example.com', '--data-dir', other]),
      tactful(['settings', 'set', 'policy.maxFollowUps', '3', '--data-dir', other]),
      tactful(['settings', 'set', 'timeZone', 'Nowhere/Land', '--data-dir', other]),
      tactful(['settings', 'get', 'profile.mail', '--data-dir', other]),
    ]);
    expect(otherList).toEqual([]);
    expect(setEmail.code, setEmail.stderr).toBe(0);
    const got = await tactful(['settings', 'get', 'profile.email', '--data-dir', other]);
    expect(got.stdout.trim()).toBe('me@example.com');
    expectOneLineError(badMax, 2, /policy.maxFollowUps/);
    expectOneLineError(badZone, 2, /timeZone/);
    expectOneLineError(unknownKey, 2, /did you mean profile.email\?/);
  });
});
