import type { Command } from 'commander';
import { DetectOutputSchema, type DetectedInterview } from '../../shared/cli/schemas';
import { hasDataFile, openEngine } from '../context';
import { globalsOf } from '../globals';
import { note, printJson, say, table, utc, when } from '../output';

interface DetectOptions {
  owner?: string;
  json?: boolean;
}

/** `tactful detect <file>`: the interviews in a calendar file, without saving anything. */
export function registerDetect(program: Command): void {
  program
    .command('detect')
    .summary('show the job interviews found in a calendar file (nothing is saved)')
    .description(
      'Reads an .ics calendar, or a JSON file shaped like a Google Calendar events.list response ' +
        '(with an "items" list), and shows the events detected as your job interviews.',
    )
    .argument('<file>', '.ics file or events.list JSON file')
    .option('--owner <email>', "the calendar owner's email (default: the file's owner, else Settings)")
    .option('--json', 'print {"interviews":[…]} as JSON')
    .action(async (path: string, options: DetectOptions, command: Command) => {
      const globals = globalsOf(command);
      // Read-only: look at Settings only when a data file already exists; never create one here.
      const engine = (await hasDataFile(globals.dataDir)) ? await openEngine(globals) : undefined;
      const [{ chooseOwner, readCalendarFile }, { detectInterviews }, { eventTimes }] = await Promise.all([
        import('../calendar-file'),
        import('../../shared/detect'),
        import('../../main/services/ingest'),
      ]);
      const now = globals.now ?? new Date();
      const zone = engine?.service.moment().timeZone ?? globals.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
      const file = await readCalendarFile(path, now);
      const owner = chooseOwner(file, options.owner, engine?.service.read().settings.profile.email ?? '');
      if (!owner) note(`tactful: ${file.name} does not say whose calendar it is; pass --owner <email> for better detection.`);
      const interviews: DetectedInterview[] = [];
      const detections = detectInterviews(file.events, owner ?? { email: '' });
      detections.forEach((d, i) => {
        const event = file.events[i]!;
        if (!d.isInterview || event.status === 'cancelled') return;
        const times = eventTimes(event, zone);
        if (!times) return;
        interviews.push({
          eventId: d.eventId || event.id,
          company: d.company,
          role: d.role,
          kind: d.kind,
          interviewers: d.interviewers.map((p) => p.name || p.email || '').filter(Boolean),
          start: utc(times.start),
          end: utc(times.end),
          confidence: Math.min(1, Math.max(0, d.confidence)),
          reasons: d.reasons,
        });
      });
      interviews.sort((a, b) => a.start.localeCompare(b.start));
      if (options.json) return printJson(DetectOutputSchema, { interviews });
      if (interviews.length === 0) return say(`No interviews found in ${file.events.length} events of ${file.name}.`);
      say(
        table(
          ['START', 'COMPANY', 'ROLE', 'KIND', 'INTERVIEWERS', 'CONFIDENCE'],
          interviews.map((x) => [
            when(x.start, zone),
            x.company ?? '?',
            x.role ?? '',
            x.kind,
            x.interviewers.join(', '),
            `${Math.round(x.confidence * 100)}%`,
          ]),
        ),
      );
      say(`\n${interviews.length} interview${interviews.length === 1 ? '' : 's'} in ${file.events.length} events of ${file.name} (times in ${zone}).`);
    });
}
