import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import {
  SqliteSchemaTooNewError,
  SqliteStoreFullError,
  SqliteStoreLockedError,
  SqliteStoreReadOnlyError,
} from '@wenming/event-store-sqlite'
import {
  isPostgresUnavailableError,
  PostgresAuthFailedError,
  PostgresConnectionLostError,
  PostgresConnectionRefusedError,
  PostgresReadOnlyError,
  PostgresSchemaTooNewError,
  PostgresSerializationError,
  PostgresStoreClosedError,
  PostgresStoreError,
  PostgresTimeoutError,
  PostgresTooManyConnectionsError,
} from '@wenming/event-store-postgres'
import { describe, expect, it } from 'vitest'
import type { AuthConfig } from './auth-config.js'
import { createApiServer } from './create-api-server.js'
import { counterRoutes } from './testing/counter-routes.js'

const auth: AuthConfig = {
  tokens: [
    {
      token: 'resident-token-0123456789',
      principal: { id: 'ann', role: 'resident', sites: [], teams: [] },
    },
  ],
}

/** A store whose appends fail with `fault`: a test double for a store in trouble. */
const failingStore = (fault: Error): EventStore => {
  const store = createInMemoryEventStore()
  return { ...store, appendToStream: () => Promise.reject(fault) }
}

const answerTo = async (fault: Error) => {
  const app = await createApiServer({ store: failingStore(fault), auth, commands: counterRoutes() })
  try {
    const response = await app.inject({
      method: 'POST',
      url: '/counters/ann-1/add',
      headers: { authorization: 'Bearer resident-token-0123456789' },
      payload: { amount: 1 },
    })
    return {
      status: response.statusCode,
      type: response.headers['content-type'],
      retryAfter: response.headers['retry-after'],
      body: response.json<{ type: string; detail?: string }>(),
    }
  } finally {
    await app.close()
  }
}

describe('store faults at the HTTP edge', () => {
  it('answers a write lock held elsewhere with 503 and Retry-After', async () => {
    const answer = await answerTo(new SqliteStoreLockedError('locked', { code: 'SQLITE_BUSY' }))
    expect(answer.status).toBe(503)
    expect(answer.retryAfter).toBe('1')
    expect(answer.type).toMatch(/^application\/problem\+json/)
    expect(answer.body.type).toBe('urn:wenming:problem:store-unavailable')
  })

  it('answers a full disk with 507', async () => {
    const answer = await answerTo(new SqliteStoreFullError('full', { code: 'SQLITE_FULL' }))
    expect(answer.status).toBe(507)
    expect(answer.body.type).toBe('urn:wenming:problem:store-full')
  })

  it('answers a read-only store with 503 and Retry-After', async () => {
    const answer = await answerTo(new SqliteStoreReadOnlyError('ro', { code: 'SQLITE_READONLY' }))
    expect(answer.status).toBe(503)
    expect(answer.retryAfter).toBeDefined()
  })

  it('answers a schema too new with a typed 500 naming the file', async () => {
    const answer = await answerTo(new SqliteSchemaTooNewError('/data/w.db', 9, 3))
    expect(answer.status).toBe(500)
    expect(answer.body.type).toBe('urn:wenming:problem:store-schema-too-new')
    expect(answer.body.detail).toContain('/data/w.db')
  })

  it('answers an EventStoreDB outage or timeout with 503 and Retry-After', async () => {
    for (const name of ['EventStoreDbUnavailableError', 'EventStoreDbTimeoutError']) {
      const fault = Object.assign(new Error('down'), { name })
      const answer = await answerTo(fault)
      expect(answer.status, name).toBe(503)
      expect(answer.retryAfter, name).toBeDefined()
    }
  })

  it('answers a PostgreSQL server that is down, gone, slow, full or contended with 503', async () => {
    const server = '127.0.0.1:5432/wenming'
    for (const fault of [
      new PostgresConnectionRefusedError('refused', server, { code: 'ECONNREFUSED' }),
      new PostgresConnectionLostError('lost', server, { code: '57P01' }),
      new PostgresTimeoutError('slow', server, { code: '57014' }),
      new PostgresTooManyConnectionsError('full', server, { code: '53300' }),
      new PostgresSerializationError('contended', server, { code: '40001' }),
    ]) {
      const answer = await answerTo(fault)
      expect(answer.status, fault.name).toBe(503)
      expect(answer.retryAfter, fault.name).toBeDefined()
      expect(answer.body.type, fault.name).toBe('urn:wenming:problem:store-unavailable')
    }
  })

  it('answers 503 with Retry-After for exactly the PostgreSQL errors the store calls unavailable, and a closing store', async () => {
    // The API matches the adapter's errors by name (it does not depend on it): this keeps the two
    // lists of names from drifting apart.
    const server = '127.0.0.1:5432/wenming'
    const faults = [
      new PostgresConnectionRefusedError('refused', server),
      new PostgresConnectionLostError('lost', server),
      new PostgresTimeoutError('slow', server),
      new PostgresTooManyConnectionsError('full', server),
      new PostgresReadOnlyError('standby', server, { code: '25006' }),
      new PostgresSerializationError('contended', server),
      new PostgresAuthFailedError('who', server, { code: '28P01' }),
      new PostgresSchemaTooNewError(server, 9, 2),
      new PostgresStoreClosedError('closed', server),
      new PostgresStoreError('odd', server, { code: 'XX000' }),
    ]
    for (const fault of faults) {
      const answer = await answerTo(fault)
      const closing = fault.name === 'PostgresStoreClosedError'
      const expected = closing || isPostgresUnavailableError(fault)
      expect(answer.status === 503, fault.name).toBe(expected)
      expect(answer.retryAfter !== undefined, fault.name).toBe(expected)
    }
  })

  it('answers a PostgreSQL schema too new with a typed 500 naming the server', async () => {
    const answer = await answerTo(new PostgresSchemaTooNewError('db.example:5432/wenming', 9, 2))
    expect(answer.status).toBe(500)
    expect(answer.body.type).toBe('urn:wenming:problem:store-schema-too-new')
    expect(answer.body.detail).toContain('db.example:5432/wenming')
  })

  it('answers any other PostgreSQL fault with a typed store 500', async () => {
    const answer = await answerTo(
      new PostgresStoreError('odd', '127.0.0.1:5432/w', { code: 'XX000' }),
    )
    expect(answer.status).toBe(500)
    expect(answer.body.type).toBe('urn:wenming:problem:store-fault')
  })

  it('answers any other fault with a typed 500', async () => {
    const answer = await answerTo(new Error('boom'))
    expect(answer.status).toBe(500)
    expect(answer.body.type).toBe('urn:wenming:problem:internal-error')
  })
})
