import { SpanKind, SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api'
import {
  canErasePersonalData,
  definePersonalDataEpoch,
  type EventStore,
  type RecordedEvent,
} from '@wenming/event-store'
import type { ApiMetrics } from './api-metrics.js'

const errorType = (error: unknown): string => (error instanceof Error ? error.name : 'unknown')

const endFailed = (span: Span, error: unknown): void => {
  span.setAttribute('error.type', errorType(error))
  span.setStatus({ code: SpanStatusCode.ERROR })
  span.end()
}

/** Ends `span` when the iteration ends, fails or is left early. */
const tracedIterable = (
  iterable: AsyncIterable<RecordedEvent>,
  span: Span,
): AsyncIterable<RecordedEvent> => ({
  [Symbol.asyncIterator]: () => {
    const iterator = iterable[Symbol.asyncIterator]()
    let count = 0
    const done = (): void => {
      span.setAttribute('wenming.event_count', count)
      span.end()
    }
    return {
      next: async () => {
        try {
          const result = await iterator.next()
          if (result.done === true) done()
          else count++
          return result
        } catch (error) {
          endFailed(span, error)
          throw error
        }
      },
      return: async (value?: unknown) => {
        done()
        return (await iterator.return?.(value)) ?? { done: true, value: undefined }
      },
    }
  },
})

/**
 * The store as the API uses it, with a span per call (`store.appendToStream`, `store.readStream`,
 * `store.readAll`) and its appends counted. Spans carry the stream name and counts only. A span
 * that is not recording (no OpenTelemetry SDK) leaves reads unwrapped: they cost what they did.
 * Failures are counted where they reach the HTTP edge (`wenming_store_errors_total`).
 */
export const instrumentStore = (
  store: EventStore,
  tracer: Tracer,
  metrics: ApiMetrics | undefined,
): EventStore => {
  const instrumented: EventStore = {
    appendToStream: async (streamName, events, options) => {
      const span = tracer.startSpan('store.appendToStream', {
        kind: SpanKind.CLIENT,
        attributes: { 'wenming.stream': streamName, 'wenming.event_count': events.length },
      })
      try {
        const result = await store.appendToStream(streamName, events, options)
        metrics?.appended(events.length)
        if (span.isRecording()) {
          span.setAttribute('wenming.position', result.position)
          span.end()
        }
        return result
      } catch (error) {
        endFailed(span, error)
        throw error
      }
    },
    readStream: (streamName, options) => {
      const span = tracer.startSpan('store.readStream', {
        kind: SpanKind.CLIENT,
        attributes: { 'wenming.stream': streamName },
      })
      const events = store.readStream(streamName, options)
      return span.isRecording() ? tracedIterable(events, span) : events
    },
    readAll: (options) => {
      const span = tracer.startSpan('store.readAll', { kind: SpanKind.CLIENT })
      const events = store.readAll(options)
      return span.isRecording() ? tracedIterable(events, span) : events
    },
    close: () => store.close(),
    // Erasure (POST /erasures) goes through to a store that seals personal data.
    ...(canErasePersonalData(store)
      ? { erasePersonalData: (subject: string) => store.erasePersonalData(subject) }
      : {}),
  }
  // The erasure epoch is read through: the domain's state caches drop what an erasure made stale.
  return canErasePersonalData(store)
    ? definePersonalDataEpoch(instrumented, () => store.personalDataEpoch)
    : instrumented
}
