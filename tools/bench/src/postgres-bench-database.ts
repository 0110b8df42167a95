import { randomBytes } from 'node:crypto'
import type { EventData, RecordedEvent } from '@wenming/event-store'
import { createPostgresEventStore, type PostgresEventStore } from '@wenming/event-store-postgres'
import { createSqliteEventStore } from '@wenming/event-store-sqlite'
import { rebuildStorePath } from './rebuild-store.js'

/** The server the bench uses; `WENMING_BENCH_POSTGRES` overrides (a URL without a database). */
export const BENCH_SERVER = process.env.WENMING_BENCH_POSTGRES ?? 'postgres://root@127.0.0.1:5432'

/** Bump when the copied store's shape changes, so a stale cached database is copied again. */
const GENERATION = 1

/** Runs `work` with a store on the server's `postgres` database, for CREATE and DROP DATABASE. */
export const onAdminDatabase = async (sql: string): Promise<void> => {
  const admin = createPostgresEventStore({
    connectionString: `${BENCH_SERVER}/postgres`,
    maxConnections: 1,
  })
  try {
    await admin.log.pool.query(sql)
  } finally {
    await admin.close()
  }
}

/** A fresh database `wenming_bench_<random>`, dropped by the returned function. */
export const freshBenchDatabase = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
  const name = `wenming_bench_${randomBytes(6).toString('hex')}`
  await onAdminDatabase(`CREATE DATABASE ${name}`)
  return {
    url: `${BENCH_SERVER}/${name}`,
    drop: () => onAdminDatabase(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

const toEventData = ({ type, data, metadata, id }: RecordedEvent): EventData =>
  metadata === undefined ? { type, data, id } : { type, data, metadata, id }

const lastPositionOf = async (url: string): Promise<number | undefined> => {
  const store = createPostgresEventStore({
    connectionString: url,
    maxConnections: 1,
    migrate: false,
  })
  try {
    return await store.log.lastPosition()
  } catch {
    return undefined
  } finally {
    await store.close()
  }
}

/**
 * A database holding the simulated district year of the rebuild bench (`events` events, copied
 * from its cached SQLite store in the same global order, consecutive events of a stream in one
 * append, through the store's group commit), itself cached as `wenming_bench_g<n>_<events>`.
 */
export const simulatedDatabase = async (
  events: number,
  log: (line: string) => void,
): Promise<string> => {
  const name = `wenming_bench_g${GENERATION}_${events}`
  const url = `${BENCH_SERVER}/${name}`
  if ((await lastPositionOf(url)) === events) {
    log(`postgres: using the cached database ${name}`)
    return url
  }
  await onAdminDatabase(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await onAdminDatabase(`CREATE DATABASE ${name}`)
  const path = await rebuildStorePath(events, log)
  log(`postgres: copying ${events.toLocaleString('en-US')} events into ${name} (once, cached)`)
  const sqlite = createSqliteEventStore({ path, durability: 'normal' })
  const store: PostgresEventStore = createPostgresEventStore({ connectionString: url })
  const started = performance.now()
  try {
    let copied = 0
    let run: { streamName: string; events: EventData[] } | undefined
    let inFlight: Promise<unknown>[] = []
    const flush = (): void => {
      if (run !== undefined) inFlight.push(store.appendToStream(run.streamName, run.events))
      run = undefined
    }
    for await (const event of sqlite.readAll({ maxCount: events })) {
      if (run?.streamName !== event.streamName) flush()
      run ??= { streamName: event.streamName, events: [] }
      run.events.push(toEventData(event))
      if (++copied % 100_000 === 0) {
        const seconds = (performance.now() - started) / 1000
        log(`  copied ${copied.toLocaleString('en-US')} events, ${seconds.toFixed(0)} s`)
      }
      if (inFlight.length >= 2000) {
        await Promise.all(inFlight)
        inFlight = []
      }
    }
    flush()
    await Promise.all(inFlight)
    await store.log.pool.query('VACUUM ANALYZE wenming_events')
  } finally {
    await store.close()
    await sqlite.close()
  }
  return url
}
