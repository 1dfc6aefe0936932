import type { Command } from 'commander';
import type { SyncProgress } from '../../main/google/host';
import { openInBrowser } from '../browser';
import { openEngine } from '../context';
import { CliError } from '../errors';
import { globalsOf } from '../globals';
import { note, say } from '../output';

const CLIENT_ID_ENV = 'TACTFUL_GOOGLE_CLIENT_ID';
const CLIENT_SECRET_ENV = 'TACTFUL_GOOGLE_CLIENT_SECRET';

const NOT_CONFIGURED =
  `no Google OAuth client is set: export ${CLIENT_ID_ENV} and ${CLIENT_SECRET_ENV}, ` +
  'or run `tactful settings set google.clientId …` and `tactful settings set google.clientSecret …`.';

/** `tactful auth` and `tactful sync`: Google sign-in (loopback) and one sync run. */
export function registerGoogle(program: Command): void {
  program
    .command('auth')
    .summary('sign in to Google Calendar (or --disconnect)')
    .description(
      'Signs in with your browser (PKCE, redirect to 127.0.0.1). Tactful asks to read your calendars and ' +
        'to manage only the calendar it creates for reminders. The sign-in is kept in the data directory, readable only by you.',
    )
    .option('--no-browser', 'print the sign-in address on stdout instead of opening a browser, then wait for the redirect')
    .option('--disconnect', 'sign out: remove Tactful\'s reminders from Google Calendar, revoke the grant and forget the saved sign-in (interviews are kept)')
    .option('--keep-reminders', 'with --disconnect: leave the reminders Tactful wrote in Google Calendar')
    .action(async (options: { browser: boolean; disconnect?: boolean; keepReminders?: boolean }, command: Command) => {
      const globals = globalsOf(command);
      const engine = await openEngine(globals);
      // The Google libraries load only for the commands that talk to Google.
      const { cliGoogleSync, googleConfigured } = await import('../google-host');
      const open = (url: string) => {
        if (!options.browser) {
          note('Open this address in a browser on this machine and allow access; Tactful waits for the redirect:');
          say(url);
          return;
        }
        note(`Opening your browser to sign in with Google. If it does not open, visit:\n${url}`);
        openInBrowser(url);
      };
      const google = cliGoogleSync(engine, globals.dataDir, open);
      if (options.disconnect) {
        const result = await google.disconnect({ removeReminders: !options.keepReminders });
        if (result.left > 0) {
          note(
            `${result.left} reminder${result.left === 1 ? '' : 's'} could not be removed from Google Calendar` +
              `${result.error ? `: ${result.error}` : ''}. Run \`tactful auth\` and \`tactful auth --disconnect\` again to remove them.`,
          );
        }
        const removed = options.keepReminders ? '' : `; ${result.removed} reminder${result.removed === 1 ? '' : 's'} removed from Google Calendar`;
        return say(`Disconnected from Google Calendar${removed}; your applications are kept.`);
      }
      if (!googleConfigured(engine)) throw new CliError(NOT_CONFIGURED);
      const status = await google.signIn();
      say(`Connected to Google Calendar${status.accountEmail ? ` as ${status.accountEmail}` : ''}; run \`tactful sync\` to read it.`);
    });

  program
    .command('sync')
    .summary('read Google Calendar, detect interviews, plan, and write the reminders')
    .description('One sync run, as the app does it: progress on stderr, a summary on stdout; exit 1 if it did not complete.')
    .action(async (_options: unknown, command: Command) => {
      const globals = globalsOf(command);
      const engine = await openEngine(globals);
      // The Google libraries load only for the commands that talk to Google.
      const { cliGoogleSync, googleConfigured } = await import('../google-host');
      if (!googleConfigured(engine)) throw new CliError(NOT_CONFIGURED);
      const google = cliGoogleSync(engine, globals.dataDir, () => undefined);
      const summary = await google.syncOnce(progressPrinter());
      if (!summary.ok) {
        const hint = google.status().status === 'connected' ? '' : ' (run `tactful auth`)';
        throw new CliError(`${(summary.error ?? 'the sync did not complete').replace(/\.$/, '')}${hint}.`);
      }
      const read = Object.entries(summary.calendars).map(([id, r]) => `${id}: ${r.events} events (${r.mode})`);
      say(
        `Synced ${read.join(', ') || 'no calendars'}; ${engine.service.read().applications.length} applications; ` +
          `${summary.writes} reminder change${summary.writes === 1 ? '' : 's'} written${summary.pendingWrites ? `, ${summary.pendingWrites} still pending` : ''}.`,
      );
    });
}

/** Prints a progress line when the phase or calendar changes (stderr, so stdout stays clean). */
function progressPrinter(): (p: SyncProgress) => void {
  let last = '';
  return (p) => {
    if (p.phase === 'idle') return;
    const key = `${p.phase}:${p.calendarId ?? ''}`;
    if (key === last) return;
    last = key;
    note(p.phase === 'reading' ? `Reading ${p.calendarId ?? 'calendar'}…` : 'Writing reminders…');
  };
}
