/** A mistake in how the command was called: printed with the usage hint, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
}

/** Type guard for {@link CliUsageError}. */
export const isCliUsageError = (error: unknown): error is CliUsageError =>
  error instanceof Error && error.name === 'CliUsageError'
