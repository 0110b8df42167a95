/** EventStoreDB could not be reached at `endpoint`: the connection was refused, reset or closed. */
export class EventStoreDbUnavailableError extends Error {
  override readonly name = 'EventStoreDbUnavailableError'
  readonly endpoint: string

  constructor(endpoint: string, options?: { cause?: unknown }) {
    super(
      `EventStoreDB at ${endpoint} is unavailable (connection refused, reset or closed): ` +
        `is the server running and reachable?`,
      options,
    )
    this.endpoint = endpoint
  }
}

/** Type guard for {@link EventStoreDbUnavailableError}, also across package copies. */
export const isEventStoreDbUnavailableError = (
  error: unknown,
): error is EventStoreDbUnavailableError =>
  error instanceof EventStoreDbUnavailableError ||
  (error instanceof Error && error.name === 'EventStoreDbUnavailableError' && 'endpoint' in error)
