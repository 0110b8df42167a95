import { randomUUID } from 'node:crypto'
import {
  createInMemoryEventStore,
  inMemoryReadSide,
  type EventStore,
  type RecordedEvent,
} from '@wenming/event-store'
import { expect } from 'vitest'
import type { AuthConfig } from '../auth-config.js'
import { createWenmingApi } from '../create-wenming-api.js'
import type { Principal } from '../principal.js'

/** An event already in the log before the request: its stream, type, data and metadata. */
export type GivenApiEvent = {
  streamName: string
  type: string
  data: unknown
  metadata?: Record<string, unknown>
}

/** The request under test, sent as `as` (a principal) or unauthenticated. */
export type ApiSpecificationRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  as?: Principal
  body?: unknown
  headers?: Record<string, string>
}

/** What the request must give: a status, a body (matched as a subset) and the events it appended. */
export type ApiSpecificationExpectation = {
  status: number
  body?: unknown
  /** The events appended by the request, each matched as a subset (`{ type }` is enough). */
  newEvents?: readonly Partial<Pick<RecordedEvent, 'type' | 'streamName' | 'data'>>[]
}

/** What the request gave, for assertions beyond the expectation. */
export type ApiSpecificationOutcome = {
  status: number
  headers: Record<string, unknown>
  body: unknown
  newEvents: RecordedEvent[]
  store: EventStore
}

const readFrom = async (store: EventStore, fromPosition: number): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = []
  for await (const event of store.readAll({ fromPosition })) events.push(event)
  return events
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/**
 * Given/when/then for the HTTP API, as a service that embeds it tests it: events in an in-memory
 * log, one request against the real routes, then its status, body and newly appended events.
 *
 * @example
 * await apiSpecification()(given).when({ method: 'POST', url: '/sites/s-1/rename', as, body })
 *   .then({ status: 200, newEvents: [{ type: 'SiteRenamed' }] })
 */
export const apiSpecification =
  (options: { clock?: () => Date } = {}) =>
  (given: readonly GivenApiEvent[] = []) => ({
    when: (request: ApiSpecificationRequest) => ({
      then: async (expected: ApiSpecificationExpectation): Promise<ApiSpecificationOutcome> => {
        const store = createInMemoryEventStore()
        let lastPosition = 0
        for (const event of given) {
          const { position } = await store.appendToStream(event.streamName, [
            {
              type: event.type,
              data: event.data,
              ...(event.metadata === undefined ? {} : { metadata: event.metadata }),
            },
          ])
          lastPosition = position
        }
        const token = `spec-${randomUUID()}`
        const auth: AuthConfig = {
          tokens: request.as === undefined ? [] : [{ token, principal: request.as }],
        }
        const readSide = inMemoryReadSide(store)
        const api = await createWenmingApi({
          store,
          readSide,
          auth,
          ...(options.clock === undefined ? {} : { clock: options.clock }),
        })
        try {
          const response = await api.app.inject({
            method: request.method,
            url: request.url,
            headers: {
              ...(request.as === undefined ? {} : { authorization: `Bearer ${token}` }),
              ...request.headers,
            },
            ...(request.body === undefined ? {} : { payload: request.body as object }),
          })
          const outcome: ApiSpecificationOutcome = {
            status: response.statusCode,
            headers: response.headers,
            body: parse(response.body),
            newEvents: await readFrom(store, lastPosition + 1),
            store,
          }
          expect(outcome.status, response.body).toBe(expected.status)
          if (expected.body !== undefined)
            expect(outcome.body).toMatchObject(expected.body as object)
          if (expected.newEvents !== undefined)
            expect(outcome.newEvents).toMatchObject(expected.newEvents)
          return outcome
        } finally {
          await api.close()
          await readSide.close()
        }
      },
    }),
  })
