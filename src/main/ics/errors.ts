/**
 * The two ways an .ics import can fail, as classes the UI can tell apart:
 * the file itself is wrong (IcsImportError, with a line), or getting it failed.
 */

/** A file that cannot be imported; `line` is 1-based when the problem has a place. */
export class IcsImportError extends Error {
  line?: number;
  problem: string;
  constructor(problem: string, line?: number, options?: { cause?: unknown }) {
    super(line !== undefined ? `line ${line}: ${problem}` : problem, options);
    this.name = 'IcsImportError';
    this.problem = problem;
    if (line !== undefined) this.line = line;
  }
}

/** A calendar address that could not be downloaded; the message names the host only. */
export class IcsFetchError extends Error {
  problem: string;
  constructor(problem: string, options?: { cause?: unknown }) {
    super(problem, options);
    this.name = 'IcsFetchError';
    this.problem = problem;
  }
}
