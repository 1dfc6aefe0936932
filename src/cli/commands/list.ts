import type { Command } from 'commander';
import { ListOutputSchema } from '../../shared/cli/schemas';
import { openEngine } from '../context';
import { globalsOf } from '../globals';
import { printJson, say, table, toCliApplication, when } from '../output';

/** `tactful list`: applications with their stage and next step. */
export function registerList(program: Command): void {
  program
    .command('list')
    .alias('ls')
    .summary('show your applications, their stage and next step')
    .option('--json', 'print {"applications":[…]} with every planned step as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const engine = await openEngine(globalsOf(command));
      const views = engine.service.views();
      if (options.json) return printJson(ListOutputSchema, { applications: views.map(toCliApplication) });
      if (views.length === 0) return say('No applications yet: run `tactful import <file>` or `tactful sync`.');
      const zone = engine.service.moment().timeZone;
      say(
        table(
          ['APPLICATION', 'COMPANY', 'ROLE', 'STAGE', 'NEXT STEP', 'DUE'],
          views.map(({ application, plan }) => {
            const next = plan.steps.find((s) => s.id === plan.nextStepId);
            return [
              application.id,
              application.company,
              application.role ?? '',
              plan.stageLabel,
              next ? `${next.kind}${next.interviewer ? ` (${next.interviewer})` : ''}${next.status === 'overdue' ? ' OVERDUE' : ''}` : '—',
              next ? when(next.dueStart, zone) : '',
            ];
          }),
        ),
      );
    });
}
