import type { EventData, RecordedEvent } from './event-data.js'
import type { ExpectedRevision } from './expected-revision.js'

export type AppendOptions = { expectedRevision?: ExpectedRevision }

/**
 * What an append returns: the revision of the stream's last event (pass it as the next expected
 * revision) and the global position of the last event written.
 */
export type AppendResult = { nextExpectedRevision: number; position: number }

export type ReadStreamOptions = { fromRevision?: number; maxCount?: number }

export type ReadAllOptions = { fromPosition?: number; maxCount?: number }

/**
 * The port every store adapter implements; names follow EventStoreDB's.
 *
 * - An append is atomic: all of its events or none.
 * - An append whose event ids are all already stored in that stream is a no-op that returns the
 *   original result, whatever revision it expected.
 * - Reading a stream that does not exist yields nothing.
 */
export interface EventStore {
  appendToStream(
    streamName: string,
    events: readonly EventData[],
    options?: AppendOptions,
  ): Promise<AppendResult>
  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>
  /** Every event in global order, from `fromPosition` (inclusive). */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>
  close(): Promise<void>
}
