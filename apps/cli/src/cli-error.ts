/** A mistake in how the command was called: printed as one line with a help hint, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
}

/** Type guard for {@link CliUsageError}. */
export const isCliUsageError = (error: unknown): error is CliUsageError =>
  error instanceof Error && error.name === 'CliUsageError'

/** An expected failure (a missing file, a store in use): printed as one line, exit code 1. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure'
}

/** Type guard for {@link CliFailure}. */
export const isCliFailure = (error: unknown): error is CliFailure =>
  error instanceof Error && error.name === 'CliFailure'
