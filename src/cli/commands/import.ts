import type { Command } from 'commander';
import { ImportOutputSchema, type ImportOutput } from '../../shared/cli/schemas';
import { openEngine } from '../context';
import { globalsOf } from '../globals';
import { note, printJson, say } from '../output';

interface ImportOptions {
  owner?: string;
  json?: boolean;
}

/** `tactful import <file>`: detect and file the interviews into the data file, as a sync would. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .summary('add the interviews of a calendar file to your applications')
    .description(
      'Detects the interviews in an .ics file or a Google events.list JSON file and files them into ' +
        'applications, as a sync does. Importing the same file again updates what it added before ' +
        '(events gone from the file are removed).',
    )
    .argument('<file>', '.ics file or events.list JSON file')
    .option('--owner <email>', "the calendar owner's email (default: the file's owner, else Settings)")
    .option('--json', 'print a summary as JSON')
    .action(async (path: string, options: ImportOptions, command: Command) => {
      const globals = globalsOf(command);
      const { chooseOwner, readCalendarFile } = await import('../calendar-file');
      // Read the file first: a bad file should fail before the data directory is even created.
      const file = await readCalendarFile(path, globals.now ?? new Date());
      const engine = await openEngine(globals);
      const { service } = engine;
      const owner = chooseOwner(file, options.owner, service.read().settings.profile.email);
      if (!owner) note(`tactful: ${file.name} does not say whose calendar it is; pass --owner <email> (or set profile.email) for better detection.`);
      const result = service.ingest({
        source: file.source,
        calendarId: file.calendarId,
        events: file.events,
        complete: true,
        ...(owner ? { owner } : {}),
      });
      const summary: ImportOutput = {
        file: file.name,
        events: file.events.length,
        interviews: result.interviews,
        added: result.added,
        removed: result.removed,
        applications: service.read().applications.length,
        skipped: [...file.skipped, ...result.skipped],
      };
      if (options.json) return printJson(ImportOutputSchema, summary);
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      say(
        `Read ${plural(summary.events, 'event')} from ${file.name}: ${plural(summary.interviews, 'interview')} found ` +
          `(${summary.added} new, ${summary.removed} removed); ${plural(summary.applications, 'application')} in ${engine.dataFile}.`,
      );
      if (summary.skipped.length) note(`tactful: ${plural(summary.skipped.length, 'event')} could not be read (run with --json to see which).`);
    });
}
