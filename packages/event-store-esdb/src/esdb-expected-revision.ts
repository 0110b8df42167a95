import type { AppendExpectedRevision, CurrentRevision } from '@eventstore/db-client'
import type { ExpectedRevision, StreamRevision } from '@wenming/event-store'

/**
 * Our expected revision as the client's: the three names are the same words, and a number (the
 * revision of the last event seen) becomes a bigint.
 */
export const toEsdbExpectedRevision = (expected: ExpectedRevision): AppendExpectedRevision => {
  switch (expected) {
    case 'any':
    case 'no_stream':
    case 'stream_exists':
      return expected
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) {
        throw new RangeError(
          `Expected revision must be 'any', 'no_stream', 'stream_exists' or a revision ` +
            `(a non-negative integer), got ${String(expected)}`,
        )
      }
      return BigInt(expected)
  }
}

/** The client's expected revision as ours (the way back of {@link toEsdbExpectedRevision}). */
export const fromEsdbExpectedRevision = (expected: AppendExpectedRevision): ExpectedRevision =>
  typeof expected === 'bigint' ? toRevisionNumber(expected) : expected

/**
 * A revision the server reports for a stream (its last event's revision, or none) as ours; the
 * server reports a missing stream as `'no_stream'` or, in error metadata, as -1.
 */
export const fromEsdbCurrentRevision = (current: CurrentRevision): StreamRevision =>
  current === 'no_stream' || current < 0n ? 'no_stream' : toRevisionNumber(current)

/** A stream revision from the server as a plain number, refusing what a number cannot hold. */
export const toRevisionNumber = (revision: bigint): number => {
  if (revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Stream revision ${revision} is beyond Number.MAX_SAFE_INTEGER`)
  }
  return Number(revision)
}
