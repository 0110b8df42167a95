import type { ExpectedRevision, StreamRevision } from './expected-revision.js'

/** An append found its stream at another revision than the caller expected (optimistic concurrency). */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError'
  readonly streamName: string
  readonly expectedRevision: ExpectedRevision
  readonly actualRevision: StreamRevision

  constructor(
    streamName: string,
    expectedRevision: ExpectedRevision,
    actualRevision: StreamRevision,
    options?: { cause?: unknown },
  ) {
    super(
      `Wrong expected revision on stream '${streamName}': expected ${String(expectedRevision)}, ` +
        `actual ${String(actualRevision)}`,
      options,
    )
    this.streamName = streamName
    this.expectedRevision = expectedRevision
    this.actualRevision = actualRevision
  }
}

/** Type guard for {@link WrongExpectedRevisionError}, also across package copies. */
export const isWrongExpectedRevisionError = (error: unknown): error is WrongExpectedRevisionError =>
  error instanceof WrongExpectedRevisionError ||
  (error instanceof Error && error.name === 'WrongExpectedRevisionError' && 'streamName' in error)
