import { Command, Option } from 'commander';
import { APP_VERSION } from '../main/version';
import { registerDetect } from './commands/detect';
import { registerExport } from './commands/export';
import { registerGoogle } from './commands/google';
import { registerImport } from './commands/import';
import { registerList } from './commands/list';
import { registerRecord } from './commands/record';
import { registerSettings } from './commands/settings';
import { oneLine } from './errors';

/** Commander's own errors ("error: unknown option …") as one `tactful: …` line, like ours. */
export function commanderErrorLine(text: string): string {
  const message = oneLine(text.replace(/^error:\s*/i, ''));
  const suggestion = /\s*\(Did you mean ([^)]*?)\??\)\s*$/.exec(message);
  if (suggestion) return `tactful: ${message.slice(0, suggestion.index).replace(/\.$/, '')} (did you mean ${suggestion[1]}?).\n`;
  return `tactful: ${message.replace(/\.$/, '')} (see --help).\n`;
}

/** The whole `tactful` command line: global options, then one register function per command group. */
export function buildProgram(): Command {
  const program = new Command('tactful');
  program
    .description(
      'Finds the job interviews in your calendar and plans the thank-you notes and follow-ups etiquette asks for.\n' +
        'Uses the same data as the Tactful app.',
    )
    .version(APP_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .addOption(new Option('--data-dir <dir>', 'data directory (default: the app\'s; TACTFUL_DATA_DIR overrides)'))
    .addOption(new Option('--tz <zone>', 'IANA time zone for this run, e.g. Europe/Paris (default: Settings, else the system\'s)'))
    .addOption(new Option('--now <instant>', 'plan as of this ISO-8601 instant instead of now, e.g. 2026-10-20T12:00:00Z'))
    .addOption(new Option('--verbose', 'show stack traces on errors'))
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .showSuggestionAfterError(true)
    // Settings below are inherited by every command created after them.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(commanderErrorLine(text)),
    });

  registerDetect(program);
  registerImport(program);
  registerList(program);
  registerRecord(program);
  registerExport(program);
  registerGoogle(program);
  registerSettings(program);
  program.addHelpText(
    'after',
    '\nExamples:\n' +
      '  tactful import calendar.ics\n' +
      '  tactful list\n' +
      '  tactful timeline globex "within two weeks"\n' +
      '  tactful sent globex thank-you\n' +
      '  tactful export -o ~/tactful-follow-ups.ics\n' +
      '\nExit codes: 0 success, 1 failure, 2 usage error.',
  );
  return program;
}
