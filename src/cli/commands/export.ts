import { resolve } from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../../main/ics/file';
import { openEngine } from '../context';
import { CliError } from '../errors';
import { globalsOf } from '../globals';
import { say } from '../output';
import { resolveApplication } from '../resolve';

interface ExportOptions {
  output: string;
  application?: string;
}

/** `tactful export -o file.ics`: the app's .ics export of every open step, written atomically. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .summary('write your follow-up reminders to an .ics file')
    .description(
      'Writes one calendar event per open step (the same export as the app), for any calendar app. ' +
        'The file is replaced atomically, so a calendar subscribed to it never reads half a file.',
    )
    .requiredOption('-o, --output <file>', 'the .ics file to write ("-" for standard output)')
    .option('--application <application>', 'only this application (id or company name)')
    .action(async (options: ExportOptions, command: Command) => {
      const engine = await openEngine(globalsOf(command));
      const applicationId = options.application
        ? resolveApplication(engine.service.views(), options.application).application.id
        : undefined;
      const { text, steps } = engine.ics.exportText(applicationId);
      if (options.output === '-') {
        process.stdout.write(text);
        return;
      }
      const target = resolve(options.output);
      try {
        await writeFileAtomic(target, text);
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error));
      }
      say(`Wrote ${steps} reminder${steps === 1 ? '' : 's'} to ${target}.`);
    });
}
