import { TactfulError } from '../shared/ipc/client';

/** Exit codes: 0 success, 1 failure, 2 usage (bad command, option, argument or name). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** An error the CLI reports in one sentence, with the exit code it deserves. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A mistake in how the command was called (exit 2). */
export const usageError = (message: string) => new CliError(message, EXIT_USAGE);

/** One line for stderr: the service's own sentences are already written for the user. */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof TactfulError) {
    // "not-found" means the user named something that is not there: a usage error, as for an unknown application.
    return { message: error.message, exitCode: error.code === 'not-found' ? EXIT_USAGE : EXIT_FAILURE };
  }
  if (error instanceof Error) return { message: error.message, exitCode: EXIT_FAILURE };
  return { message: String(error), exitCode: EXIT_FAILURE };
}

/** Collapses a message to one line, so stderr stays one clear sentence. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
