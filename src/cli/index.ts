import { CommanderError } from 'commander';
import { buildProgram } from './program';
import { describeError, EXIT_OK, EXIT_USAGE, oneLine } from './errors';

/**
 * Entry point of the `tactful` CLI (bundled to out/cli/tactful.mjs, run by bin/tactful.mjs):
 * the same engine as the desktop app, without a window and without Electron.
 */
async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (see configureOutput); only the code is left.
      // Help and --version exit 0; everything else commander rejects (and bare `tactful`) is a usage error.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const { message, exitCode } = describeError(error);
    process.stderr.write(`tactful: ${oneLine(message)}\n`);
    if (argv.includes('--verbose') && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return exitCode;
  }
}

const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

// `tactful list | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await main(process.argv);
// Exit explicitly once output is flushed: an HTTP keep-alive socket must not hold the process open.
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
