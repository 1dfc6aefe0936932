import type { Command } from 'commander';
import { SettingsSchema, type Settings } from '../../shared/domain/settings';
import { isTimeZone, openEngine } from '../context';
import { CliError, usageError } from '../errors';
import { globalsOf } from '../globals';
import { say, table } from '../output';
import { closest } from '../resolve';

/** The settings a CLI user needs; the rest are in the app's Settings view. */
const KEYS = {
  timeZone: 'IANA time zone for plans and reminders (empty = the system zone)',
  'profile.email': 'your email address: tells you apart from the interviewers',
  'profile.name': 'your name, for the signature of drafts',
  'google.clientId': 'OAuth client id for Google sign-in (or TACTFUL_GOOGLE_CLIENT_ID)',
  'google.clientSecret': 'OAuth client secret (or TACTFUL_GOOGLE_CLIENT_SECRET)',
  'policy.maxFollowUps': '1 = one polite follow-up, 2 = a follow-up and a final one',
} as const;
type Key = keyof typeof KEYS;

const isKey = (key: string): key is Key => key in KEYS;

function checkKey(key: string): Key {
  if (isKey(key)) return key;
  const hint = closest(key.toLowerCase(), Object.keys(KEYS));
  throw usageError(`unknown setting "${key}"${hint ? ` (did you mean ${hint}?)` : ''}; settings: ${Object.keys(KEYS).join(', ')}.`);
}

function valueOf(settings: Settings, key: Key): string {
  const [group, field] = key.split('.') as [string, string | undefined];
  const record = settings as unknown as Record<string, unknown>;
  const value = field ? (record[group] as Record<string, unknown>)[field] : record[group];
  return String(value ?? '');
}

/** A copy of `settings` with one key set; the value typed as the schema wants it. */
function withValue(settings: Settings, key: Key, raw: string): unknown {
  const value: unknown = key === 'policy.maxFollowUps' && /^\d+$/.test(raw) ? Number(raw) : raw;
  const [group, field] = key.split('.') as [keyof Settings, string | undefined];
  if (!field) return { ...settings, [group]: value };
  return { ...settings, [group]: { ...(settings[group] as object), [field]: value } };
}

/** `tactful settings get|set`: read or change the few settings the CLI needs, validated like the app's. */
export function registerSettings(program: Command): void {
  const settings = program
    .command('settings')
    .summary('read or change a setting')
    .description(`Settings shared with the app. Keys:\n${Object.entries(KEYS).map(([k, v]) => `  ${k.padEnd(20)} ${v}`).join('\n')}`);

  settings
    .command('get')
    .summary('print a setting (or all of them)')
    .argument('[key]', Object.keys(KEYS).join(', '))
    .action(async (key: string | undefined, _options: unknown, command: Command) => {
      const current = (await openEngine(globalsOf(command))).service.read().settings;
      if (key !== undefined) return say(valueOf(current, checkKey(key)));
      // The secret is never printed in a listing that may end up in a screenshot or a bug report.
      const shown = (k: Key) => (k === 'google.clientSecret' && valueOf(current, k) ? '(set)' : valueOf(current, k));
      say(table(['KEY', 'VALUE'], (Object.keys(KEYS) as Key[]).map((k) => [k, shown(k)])));
    });

  settings
    .command('set')
    .summary('change a setting')
    .argument('<key>', Object.keys(KEYS).join(', '))
    .argument('<value>', 'the new value ("" to clear a text setting)')
    .action(async (key: string, value: string, _options: unknown, command: Command) => {
      const checked = checkKey(key);
      const engine = await openEngine(globalsOf(command));
      const parsed = SettingsSchema.safeParse(withValue(engine.service.read().settings, checked, value.trim()));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CliError(`${checked}: "${value}" is not accepted (${issue?.message ?? 'invalid value'}).`, 2);
      }
      if (checked === 'timeZone' && parsed.data.timeZone && !isTimeZone(parsed.data.timeZone)) {
        throw usageError(`timeZone: "${value}" is not an IANA time zone (e.g. Europe/Paris).`);
      }
      engine.service.update((draft) => {
        draft.settings = parsed.data;
      });
      say(`${checked} = ${checked === 'google.clientSecret' && parsed.data.google.clientSecret ? '(set)' : valueOf(parsed.data, checked)}`);
    });
}
