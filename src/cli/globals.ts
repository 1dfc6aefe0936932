import type { Command } from 'commander';
import { parseGlobals, type GlobalOptions, type Globals } from './context';

/** The checked global options of the command being run (declared on the root, given anywhere). */
export function globalsOf(command: Command): Globals {
  return parseGlobals(command.optsWithGlobals<GlobalOptions>());
}
