import { randomUUID } from 'node:crypto'
import type {
  AllStreamResolvedEvent,
  JSONEventData,
  RecordedEvent as EsdbRecordedEvent,
  ResolvedEvent,
} from '@eventstore/db-client'
import type { EventData, RecordedEvent } from '@wenming/event-store'
import { toRevisionNumber } from './esdb-expected-revision.js'
import { fromEsdbMetadata, toEsdbMetadata } from './esdb-metadata.js'
import { toGlobalPosition } from './esdb-position.js'

/**
 * Our event as a JSON event for the client. The id is passed through (EventStoreDB needs a UUID),
 * so re-appending the same ids is recognised by the server as an idempotent write; an event without
 * an id gets a fresh one here, before the call, so a retried call stays idempotent too.
 */
export const toEsdbEventData = (event: EventData): JSONEventData => ({
  id: event.id ?? randomUUID(),
  contentType: 'application/json',
  type: event.type,
  // JSONEventData wants a JSON object, array or string; the client serialises any JSON value alike.
  data: (event.data === undefined ? null : event.data) as JSONEventData['data'],
  metadata: toEsdbMetadata(event.metadata),
})

/** An event the client read as ours, or undefined for a link whose event was not resolved. */
export const fromEsdbResolvedEvent = (
  resolved: ResolvedEvent | AllStreamResolvedEvent,
): RecordedEvent | undefined => {
  const event = resolved.event
  if (event === undefined) return undefined
  if (event.position === undefined) {
    throw new RangeError(
      `EventStoreDB returned event ${event.id} of '${event.streamId}' without its $all position; ` +
        `this adapter needs EventStoreDB 22.10 or later`,
    )
  }
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: fromEsdbMetadata(event.metadata),
    streamName: event.streamId,
    revision: toRevisionNumber(event.revision),
    position: toGlobalPosition(event.position),
    recordedAt: event.created,
  }
}

/** Whether an event is EventStoreDB's own: in a `$` stream or of a `$` type. */
export const isSystemEvent = (event: Pick<EsdbRecordedEvent, 'streamId' | 'type'>): boolean =>
  event.streamId.startsWith('$') || event.type.startsWith('$')
