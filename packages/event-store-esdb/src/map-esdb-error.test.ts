import {
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  StreamDeletedError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client'
import { isWrongExpectedRevisionError } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { isEventStoreDbNotLeaderError } from './event-store-db-not-leader-error.js'
import { isEventStoreDbTimeoutError } from './event-store-db-timeout-error.js'
import { isEventStoreDbUnavailableError } from './event-store-db-unavailable-error.js'
import { mapEsdbError, type EsdbErrorContext } from './map-esdb-error.js'

const context: EsdbErrorContext = {
  endpoint: 'db.example:2113',
  operation: "appendToStream('order-1')",
  timeoutMs: 750,
  append: { streamName: 'order-1', expectedRevision: 4 },
}

// A gRPC ServiceError as @grpc/grpc-js builds it, with only the fields the client reads.
const serviceError = (code: number, details: string, metadata: Record<string, string> = {}) =>
  Object.assign(new Error(`${code} ${details}`), {
    code,
    details,
    metadata: { getMap: () => metadata },
  })

describe('mapping client errors', () => {
  it('turns a wrong expected version into the kernel error with both revisions', () => {
    const error = new WrongExpectedVersionError(undefined, {
      streamName: 'order-1',
      expected: 4n,
      current: 6n,
    })
    const mapped = mapEsdbError(error, context)
    expect(isWrongExpectedRevisionError(mapped)).toBe(true)
    expect(mapped).toMatchObject({ streamName: 'order-1', expectedRevision: 4, actualRevision: 6 })
    expect((mapped as Error).cause).toBe(error)
  })

  it("reports a missing stream as 'no_stream' and keeps our form of the expectation", () => {
    const error = new WrongExpectedVersionError(undefined, {
      streamName: 'order-1',
      expected: 'stream_exists',
      current: 'no_stream',
    })
    const mapped = mapEsdbError(error, {
      ...context,
      append: { streamName: 'order-1', expectedRevision: 'stream_exists' },
    })
    expect(mapped).toMatchObject({ expectedRevision: 'stream_exists', actualRevision: 'no_stream' })
  })

  it('reads the actual revision from error metadata, where -1 means no stream', () => {
    const error = new WrongExpectedVersionError(
      serviceError(3, 'wrong', {
        'stream-name': 'order-1',
        'expected-version': '0',
        'actual-version': '-1',
      }) as never,
    )
    expect(mapEsdbError(error, context)).toMatchObject({ actualRevision: 'no_stream' })
  })

  it('turns UnavailableError and a raw gRPC code 14 into an unavailable error naming the endpoint', () => {
    for (const error of [
      new UnavailableError(),
      serviceError(14, 'No connection established. connect ECONNREFUSED 127.0.0.1:1'),
    ]) {
      const mapped = mapEsdbError(error, context)
      expect(isEventStoreDbUnavailableError(mapped)).toBe(true)
      expect((mapped as Error).message).toContain('db.example:2113')
      expect((mapped as Error).cause).toBe(error)
    }
  })

  it('treats a call the server cancelled as unavailable, but not one we cancelled', () => {
    expect(isEventStoreDbUnavailableError(mapEsdbError(new CancelledError(), context))).toBe(true)
    const ours = serviceError(1, 'Cancelled on client')
    expect(mapEsdbError(ours, context)).toBe(ours)
  })

  it('turns NotLeaderError into a not-leader error naming this node and the leader', () => {
    const error = new NotLeaderError(
      serviceError(5, 'Leader info available', {
        exception: 'not-leader',
        'leader-endpoint-host': 'node2.example',
        'leader-endpoint-port': '2113',
      }) as never,
    )
    const mapped = mapEsdbError(error, context)
    expect(isEventStoreDbNotLeaderError(mapped)).toBe(true)
    expect(mapped).toMatchObject({ endpoint: 'db.example:2113', leader: 'node2.example:2113' })
    expect((mapped as Error).message).toContain('node2.example:2113')
  })

  it('turns a deadline exceeded, wrapped or raw, into a timeout error', () => {
    for (const error of [new DeadlineExceededError(), serviceError(4, 'Deadline exceeded')]) {
      const mapped = mapEsdbError(error, context)
      expect(isEventStoreDbTimeoutError(mapped)).toBe(true)
      expect(mapped).toMatchObject({ endpoint: 'db.example:2113', timeoutMs: 750 })
    }
  })

  it('returns any other error unchanged', () => {
    const deleted = StreamDeletedError.fromStreamName('order-1')
    expect(mapEsdbError(deleted, context)).toBe(deleted)
    const plain = new TypeError('bad')
    expect(mapEsdbError(plain, context)).toBe(plain)
  })
})
