/** An EventStoreDB call at `endpoint` got no answer within `timeoutMs` and was abandoned. */
export class EventStoreDbTimeoutError extends Error {
  override readonly name = 'EventStoreDbTimeoutError'
  readonly endpoint: string
  readonly operation: string
  readonly timeoutMs: number

  constructor(
    endpoint: string,
    operation: string,
    timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(
      `EventStoreDB at ${endpoint} did not answer ${operation} within ${timeoutMs} ms: ` +
        `the server is unresponsive, overloaded or not an EventStoreDB gRPC endpoint`,
      options,
    )
    this.endpoint = endpoint
    this.operation = operation
    this.timeoutMs = timeoutMs
  }
}

/** Type guard for {@link EventStoreDbTimeoutError}, also across package copies. */
export const isEventStoreDbTimeoutError = (error: unknown): error is EventStoreDbTimeoutError =>
  error instanceof EventStoreDbTimeoutError ||
  (error instanceof Error && error.name === 'EventStoreDbTimeoutError' && 'endpoint' in error)
