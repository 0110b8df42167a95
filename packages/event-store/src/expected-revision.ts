/**
 * What an append expects of its stream: anything, no stream yet, an existing stream, or exactly
 * the revision of the last event the caller has seen.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number

/** The revision a stream is at: the revision of its last event, or `'no_stream'`. */
export type StreamRevision = number | 'no_stream'

/** Whether a stream at `actual` satisfies `expected`. */
export const matchesExpectedRevision = (
  expected: ExpectedRevision,
  actual: StreamRevision,
): boolean => {
  switch (expected) {
    case 'any':
      return true
    case 'no_stream':
      return actual === 'no_stream'
    case 'stream_exists':
      return actual !== 'no_stream'
    default:
      return actual === expected
  }
}
