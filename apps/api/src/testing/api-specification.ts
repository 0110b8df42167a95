import type { OutgoingHttpHeaders } from 'node:http'
import { eventSchemaVersions, type WenmingEvent } from '@wenming/domain'
import {
  createInMemoryEventStore,
  inMemoryReadSide,
  scanLastPosition,
  type EventStore,
} from '@wenming/event-store'
import { expect } from 'vitest'
import type { AuthConfig } from '../auth-config.js'
import { createWenmingApi, type WenmingApiOptions } from '../create-wenming-api.js'
import type { Principal } from '../principal.js'

/** Events already in a stream before the request: `existingStream(orderStream('o-1'), [...])`. */
export type ExistingStream = {
  readonly streamName: string
  readonly events: readonly WenmingEvent[]
}

/** The request under test, made as `as` (a bearer token is issued for it) or anonymously. */
export type ApiRequest = {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  readonly url: string
  readonly as?: Principal
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
}

/** An event the request appended: its type, and optionally its stream and (part of) its data. */
export type ExpectedEvent = {
  readonly type: string
  readonly streamName?: string
  readonly data?: Readonly<Record<string, unknown>>
}

/**
 * What the response must show: its status, a body it contains (`toMatchObject`), and exactly the
 * events the request appended, in order (`[]`: nothing appended).
 */
export type ApiExpectation = {
  readonly status: number
  readonly body?: unknown
  readonly events?: readonly ExpectedEvent[]
}

/** What the request did, for further checks. */
export type ApiOutcome = {
  readonly status: number
  readonly headers: Readonly<OutgoingHttpHeaders>
  readonly body: unknown
  readonly events: readonly { streamName: string; type: string; data: unknown }[]
}

export type ApiWhen = {
  /** Asserts the outcome; resolves with it. Call it, do not `await` the `when` itself. */
  then(expected: ApiExpectation): Promise<ApiOutcome>
}

export type ApiGiven = { when(request: ApiRequest): ApiWhen }

export type ApiSpecificationOptions = {
  /** A fresh store per scenario (default: the kernel's in-memory store). */
  store?: () => EventStore
  /** The API's clock for the request (default 2026-03-02T09:00:00.000Z). */
  now?: string
  /** Options passed on to `createWenmingApi` (volunteers, domain, rate limits, ...). */
  api?: Omit<WenmingApiOptions, 'store' | 'readSide' | 'auth' | 'clock'>
}

/** Names the events of one stream for `given`. */
export const existingStream = (
  streamName: string,
  events: readonly WenmingEvent[],
): ExistingStream => ({ streamName, events })

/**
 * Given/when/then for the HTTP API, in the style of Emmett's ApiSpecification: each scenario starts
 * the API on a fresh store holding the `given` events, makes one request (through Fastify's
 * `inject`, no port), and checks the status, body and the events the request appended.
 *
 * @example
 * const given = apiSpecification()
 * await given(existingStream(orderStream('o-1'), [anEvent('RequestOrderPlaced')]))
 *   .when({ method: 'POST', url: '/orders/o-1/accept', as: dispatcher, body: {} })
 *   .then({ status: 200, events: [{ type: 'OrderAccepted', data: { orderId: 'o-1' } }] })
 */
export const apiSpecification =
  (options: ApiSpecificationOptions = {}) =>
  (...given: readonly ExistingStream[]): ApiGiven => ({
    when: (request) => ({
      then: (expected) => {
        if (typeof expected === 'function') {
          throw new TypeError(
            'call .then({ status, ... }) on the result of when(); do not await it',
          )
        }
        return run(options, given, request, expected)
      },
    }),
  })

const specToken = 'api-specification-token-0123456789'

const run = async (
  options: ApiSpecificationOptions,
  given: readonly ExistingStream[],
  request: ApiRequest,
  expected: ApiExpectation,
): Promise<ApiOutcome> => {
  const store = (options.store ?? createInMemoryEventStore)()
  for (const { streamName, events } of given) {
    await store.appendToStream(
      streamName,
      events.map((event) => ({
        type: event.type,
        data: event.data,
        metadata: { schemaVersion: eventSchemaVersions[event.type] },
      })),
    )
  }
  const before = await scanLastPosition(store)
  const auth: AuthConfig = {
    tokens: request.as === undefined ? [] : [{ token: specToken, principal: request.as }],
  }
  const now = new Date(options.now ?? '2026-03-02T09:00:00.000Z')
  const readSide = inMemoryReadSide(store)
  const api = await createWenmingApi({
    recovery: false,
    projectionIntervalMs: 5,
    ...options.api,
    store,
    readSide,
    auth,
    clock: () => now,
  })
  try {
    await caughtUp(api.projections.runner, before)
    const response = await api.app.inject({
      method: request.method,
      url: request.url,
      headers: {
        ...(request.as === undefined ? {} : { authorization: `Bearer ${specToken}` }),
        ...request.headers,
      },
      ...(request.body === undefined ? {} : { payload: request.body as object }),
    })
    const events = []
    for await (const event of store.readAll({ fromPosition: before + 1 })) {
      events.push({ streamName: event.streamName, type: event.type, data: event.data })
    }
    let body: unknown = response.body
    try {
      body = response.json()
    } catch {
      // Not JSON (a Markdown report, say): the text is the body.
    }
    const outcome: ApiOutcome = {
      status: response.statusCode,
      headers: response.headers,
      body,
      events,
    }
    expect(outcome.status, `status of ${request.method} ${request.url}: ${response.body}`).toBe(
      expected.status,
    )
    if (expected.body !== undefined) expect(body).toMatchObject(expected.body as object)
    if (expected.events !== undefined) {
      expect(events).toHaveLength(expected.events.length)
      expect(events).toMatchObject(expected.events)
    }
    return outcome
  } finally {
    await api.close()
    await readSide.close()
  }
}

/** Waits until every read model has applied the `given` events, so queries see them. */
const caughtUp = async (
  runner: { status(): Promise<readonly { checkpoint: number }[]> },
  position: number,
): Promise<void> => {
  for (let attempt = 0; attempt < 2000; attempt++) {
    const statuses = await runner.status()
    if (statuses.every((status) => status.checkpoint >= position)) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(`read models did not reach position ${position}`)
}
