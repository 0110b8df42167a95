import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createPostgresEventStore } from './postgres-event-store.js'
import {
  isPostgresSchemaTooNewError,
  isPostgresUnavailableError,
  PostgresAuthFailedError,
  PostgresConnectionLostError,
  PostgresConnectionRefusedError,
  PostgresReadOnlyError,
  PostgresSchemaTooNewError,
  PostgresStoreClosedError,
  PostgresTimeoutError,
  PostgresTooManyConnectionsError,
} from './postgres-store-errors.js'
import { SCHEMA_VERSION } from './schema.js'
import { toPostgresStoreError } from './to-postgres-store-error.js'
import { createTestDatabase, dropTestDatabase, TEST_SERVER } from './test-support/test-database.js'

const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  )

const created: string[] = []
afterAll(async () => {
  for (const name of created) await dropTestDatabase(name)
})
const freshDatabase = async (): Promise<string> => {
  const name = await createTestDatabase()
  created.push(name)
  return name
}

describe('the PostgreSQL store against a failing server', () => {
  it('names the server in a typed error when nothing listens', async () => {
    const store = createPostgresEventStore({ connectionString: 'postgres://root@127.0.0.1:1/none' })
    const error = await failureOf(store.appendToStream('s', [{ type: 'A', data: {} }]))
    expect(error).toBeInstanceOf(PostgresConnectionRefusedError)
    expect((error as Error).message).toContain('127.0.0.1:1/none')
    expect(isPostgresUnavailableError(error)).toBe(true)
    await store.close()
  })

  it('says the server refused the role', async () => {
    const name = await freshDatabase()
    const store = createPostgresEventStore({
      connectionString: `${TEST_SERVER.replace('//root@', '//wenming_no_such_role@')}/${name}`,
    })
    const error = await failureOf(store.appendToStream('s', [{ type: 'A', data: {} }]))
    expect(error).toBeInstanceOf(PostgresAuthFailedError)
    await store.close()
  })

  it('times out a statement that waits too long, then works again', async () => {
    const name = await freshDatabase()
    const connectionString = `${TEST_SERVER}/${name}`
    const store = createPostgresEventStore({ connectionString, statementTimeoutMs: 300 })
    await store.appendToStream('s', [{ type: 'A', data: {} }])
    const blocker = new pg.Client({ connectionString })
    await blocker.connect()
    await blocker.query('BEGIN')
    await blocker.query('LOCK TABLE wenming_positions IN ACCESS EXCLUSIVE MODE')
    const error = await failureOf(store.appendToStream('s', [{ type: 'B', data: {} }]))
    expect(error).toBeInstanceOf(PostgresTimeoutError)
    await blocker.query('ROLLBACK')
    await blocker.end()
    expect(await store.appendToStream('s', [{ type: 'C', data: {} }])).toMatchObject({
      nextExpectedRevision: 1,
    })
    await store.close()
  })

  it('refuses to write to a read-only database with a typed error', async () => {
    const name = await freshDatabase()
    const connectionString = `${TEST_SERVER}/${name}`
    const store = createPostgresEventStore({ connectionString })
    await store.migrate()
    await store.close()
    const admin = new pg.Client({ connectionString })
    await admin.connect()
    await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`)
    await admin.end()
    const readOnly = createPostgresEventStore({ connectionString })
    const error = await failureOf(readOnly.appendToStream('s', [{ type: 'A', data: {} }]))
    expect(error).toBeInstanceOf(PostgresReadOnlyError)
    await readOnly.close()
  })

  it('retries an append that hit a serialization failure', async () => {
    const name = await freshDatabase()
    const connectionString = `${TEST_SERVER}/${name}`
    const store = createPostgresEventStore({ connectionString })
    await store.appendToStream('s', [{ type: 'A', data: {} }])
    // The first insert after this fails as a serialization failure would; a sequence is not rolled back.
    await store.log.pool.query(`
      CREATE SEQUENCE fail_once;
      CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('fail_once') = 1 THEN
          RAISE EXCEPTION 'could not serialize access' USING ERRCODE = 'serialization_failure';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fail_once BEFORE INSERT ON wenming_events FOR EACH ROW EXECUTE FUNCTION fail_once();
    `)
    expect(await store.appendToStream('s', [{ type: 'B', data: {} }])).toMatchObject({
      nextExpectedRevision: 1,
    })
    const { rows } = await store.log.pool.query<{ n: number }>(
      'SELECT last_value AS n FROM fail_once',
    )
    expect(rows[0]?.n).toBe(2)
    await store.close()
  })

  it('refuses a database of a newer schema and leaves it untouched', async () => {
    const name = await freshDatabase()
    const connectionString = `${TEST_SERVER}/${name}`
    const store = createPostgresEventStore({ connectionString })
    expect(await store.migrate()).toEqual({ from: 0, to: SCHEMA_VERSION })
    expect(await store.migrate()).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION })
    await store.log.pool.query('UPDATE wenming_schema SET version = 99')
    await store.close()
    const older = createPostgresEventStore({ connectionString })
    const error = await failureOf(older.appendToStream('s', [{ type: 'A', data: {} }]))
    expect(error).toBeInstanceOf(PostgresSchemaTooNewError)
    expect(isPostgresSchemaTooNewError(error)).toBe(true)
    expect(error).toMatchObject({ databaseVersion: 99, supportedVersion: SCHEMA_VERSION })
    const { rows } = await older.log.pool
      .query<{ version: number }>('SELECT version FROM wenming_schema')
      .catch(() => ({ rows: [] }))
    expect(rows).toEqual([{ version: 99 }])
    await older.close()
  })

  it.each([false, true])(
    'fails appends in flight with a typed error when its backends are terminated, and reconnects (group commit: %s)',
    async (groupCommit) => {
      const name = await freshDatabase()
      const connectionString = `${TEST_SERVER}/${name}`
      const store = createPostgresEventStore({ connectionString, groupCommit, maxConnections: 8 })
      await store.appendToStream('warm', [{ type: 'A', data: {} }])
      const admin = new pg.Client({ connectionString })
      await admin.connect()
      const terminate = () =>
        admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'wenming'",
          [name],
        )
      const acknowledged: string[] = []
      const failures: unknown[] = []
      let loading = true
      const load = Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; loading || i < 40; i++) {
          const id = `w${w}-${i}`
          try {
            await store.appendToStream(`load-${w}`, [{ type: 'L', data: { i }, id }])
            acknowledged.push(id)
          } catch (error) {
            failures.push(error)
          }
        }
      })
      // Terminated again and again while the load runs, until an append in flight has failed: a
      // fixed number of rounds missed them all on a loaded machine, where the load finished first.
      for (let round = 0; round < 4 || (failures.length === 0 && round < 200); round++) {
        await new Promise((resolve) => setTimeout(resolve, 40))
        await terminate()
      }
      loading = false
      await Promise.all(load)
      await admin.end()
      expect(failures.length).toBeGreaterThan(0)
      expect(failures.every((e) => e instanceof PostgresConnectionLostError)).toBe(true)
      // The pool opened new connections by itself, and every acknowledged append is in the log.
      await store.appendToStream('after', [{ type: 'A', data: {} }])
      const logged = new Set<string>()
      for await (const event of store.readAll()) logged.add(event.id)
      expect(acknowledged.filter((id) => !logged.has(id))).toEqual([])
      await store.close()
    },
  )

  it('refuses work after close', async () => {
    const name = await freshDatabase()
    const store = createPostgresEventStore({ connectionString: `${TEST_SERVER}/${name}` })
    await store.close()
    expect(await failureOf(store.appendToStream('s', []))).toBeInstanceOf(PostgresStoreClosedError)
  })

  it('maps the server codes it cannot provoke here to their classes', () => {
    const of = (code: string) =>
      toPostgresStoreError(Object.assign(new Error('x'), { code }), 'h:1/db')
    expect(of('53300')).toBeInstanceOf(PostgresTooManyConnectionsError)
    expect(of('25006')).toBeInstanceOf(PostgresReadOnlyError)
    expect(of('57P01')).toBeInstanceOf(PostgresConnectionLostError)
    expect(of('28P01')).toBeInstanceOf(PostgresAuthFailedError)
    expect(of('57P01').message).toContain('h:1/db')
  })
})
