/** An error the command line reports in one line and turns into an exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message)
  }
}
