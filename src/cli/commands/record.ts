import { Argument, type Command } from 'commander';
import { OutcomeKindSchema } from '../../shared/domain/application';
import { ApplicationOutputSchema } from '../../shared/cli/schemas';
import type { Engine } from '../../main/engine';
import { openEngine } from '../context';
import { globalsOf } from '../globals';
import { applicationSummary, printJson, say, toCliApplication } from '../output';
import { resolveApplication, resolveSteps } from '../resolve';
import { usageError } from '../errors';

const APP_HELP = 'application id, or its company name (case-insensitive; a unique prefix is enough)';

/** After a change: the application as it now stands (readable, or --json). */
function report(engine: Engine, applicationId: string, json: boolean | undefined): void {
  const view = engine.service.views().find((v) => v.application.id === applicationId);
  if (!view) return say('Done.');
  if (json) return printJson(ApplicationOutputSchema, { application: toCliApplication(view) });
  say(applicationSummary(view, engine.service.moment().timeZone));
}

/** Runs `change` on the named application, then reports it. */
async function withApplication(command: Command, name: string, json: boolean | undefined, change: (engine: Engine, id: string) => void): Promise<void> {
  const engine = await openEngine(globalsOf(command));
  const view = resolveApplication(engine.service.views(), name);
  change(engine, view.application.id);
  report(engine, view.application.id, json);
}

/** `timeline`, `sent`, `heard`, `outcome`: record what the user knows; the plan follows. */
export function registerRecord(program: Command): void {
  program
    .command('timeline')
    .summary('record the timeline the employer gave ("within two weeks", "by Friday", a date)')
    .description('Records the decision timeline the interviewer stated, in their words; follow-ups wait for it. An empty text clears it.')
    .argument('<application>', APP_HELP)
    .argument('<words...>', 'what they said, e.g. within two weeks, or a date like 2026-10-30')
    .option('--json', 'print {"application":{…}} as JSON')
    .action(async (name: string, words: string[], options: { json?: boolean }, command: Command) => {
      const text = words.join(' ');
      if (text.length > 500) throw usageError('the timeline is longer than 500 characters; say it in fewer words.');
      await withApplication(command, name, options.json, (engine, id) => engine.service.setStatedTimeline(id, text));
    });

  program
    .command('sent')
    .summary('mark a step as done (thank-you, follow-up, …)')
    .description(
      'Marks a planned step as sent. Name the step by its id (see `tactful list --json`), by the end of its id ' +
        '(e.g. thank-you/priya-raman), or by its kind (ask-timeline, thank-you, follow-up, final-follow-up, ' +
        'rejection-reply) when the application has one open step of that kind (or with --all).',
    )
    .argument('<application>', APP_HELP)
    .argument('<step>', 'step id, or a kind: thank-you, follow-up, final-follow-up, rejection-reply, ask-timeline')
    .option('--all', 'with a kind: every open step of that kind (e.g. thank-you notes to each interviewer)')
    .option('--skipped', 'mark it skipped instead of sent')
    .option('--reopen', 'undo: make the step open again')
    .option('--json', 'print {"application":{…}} as JSON')
    .action(async (name: string, stepName: string, options: { json?: boolean; skipped?: boolean; reopen?: boolean; all?: boolean }, command: Command) => {
      if (options.skipped && options.reopen) throw usageError('use either --skipped or --reopen, not both.');
      const state = options.reopen ? 'open' : options.skipped ? 'skipped' : 'sent';
      await withApplication(command, name, options.json, (engine, id) => {
        const view = engine.service.views().find((v) => v.application.id === id)!;
        for (const step of resolveSteps(view, stepName, Boolean(options.all))) engine.service.markStep(id, step.id, state);
      });
    });

  program
    .command('heard')
    .summary('record that the employer replied (pending follow-ups are cancelled)')
    .argument('<application>', APP_HELP)
    .option('--undo', 'forget that they replied')
    .option('--json', 'print {"application":{…}} as JSON')
    .action(async (name: string, options: { json?: boolean; undo?: boolean }, command: Command) => {
      await withApplication(command, name, options.json, (engine, id) => engine.service.recordHeardBack(id, !options.undo));
    });

  program
    .command('outcome')
    .summary('record the outcome: offer, rejected or withdrawn')
    .argument('<application>', APP_HELP)
    .addArgument(new Argument('<outcome>', 'what happened').choices([...OutcomeKindSchema.options, 'none']))
    .option('--json', 'print {"application":{…}} as JSON')
    .action(async (name: string, outcome: string, options: { json?: boolean }, command: Command) => {
      const kind = outcome === 'none' ? null : OutcomeKindSchema.parse(outcome);
      await withApplication(command, name, options.json, (engine, id) => engine.service.recordOutcome(id, kind));
    });
}
