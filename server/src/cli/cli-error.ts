/** A failure the command line reports in one line, exiting with `exitCode` (never a stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
