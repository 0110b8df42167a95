import { createInMemoryEventStore, type RecordedEvent } from '@wenming/event-store'
import { createPostgresEventStore } from '@wenming/event-store-postgres'
import { simulateDistrictYear } from '@wenming/simulator'
import { BENCH_SERVER, onAdminDatabase } from './postgres-bench-database.js'

/** Bump when the generated log's shape changes, so a stale cached database is generated again. */
const GENERATION = 1
const SEED = 2022
/** Rows per INSERT: arrays of this many rows unnested in one statement. */
const CHUNK = 5000

/** The generated national log: `districts` partitions of `eventsPerDistrict` events each. */
export type ScaleDatabase = {
  readonly url: string
  readonly districts: readonly string[]
  readonly eventsPerDistrict: number
  readonly events: number
}

export const districtName = (index: number): string => `d${String(index).padStart(4, '0')}`

/** The marker a complete load writes last: a database without it (or another one) is reloaded. */
const markerOf = async (url: string): Promise<number | undefined> => {
  const store = createPostgresEventStore({
    connectionString: url,
    maxConnections: 1,
    migrate: false,
  })
  try {
    const { rows } = await store.log.pool.query<{ generation: number; per_district: number }>(
      'SELECT generation, per_district FROM wenming_bench_scale',
    )
    return rows[0]?.generation === GENERATION ? rows[0].per_district : undefined
  } catch {
    return undefined
  } finally {
    await store.close()
  }
}

/** One simulated district year (the real domain handlers on the in-memory store), as recorded. */
const simulateDistrict = async (log: (line: string) => void): Promise<RecordedEvent[]> => {
  const memory = createInMemoryEventStore()
  const started = performance.now()
  await simulateDistrictYear(memory, {
    year: 2022,
    seed: SEED,
    // The district of the 2022 work summary: 22,272 events. (Scaled profiles below ~4,000 orders
    // stop on a volunteer registered twice, and 4,000 orders already make 80,000 events.)
    profile: '2022',
    concurrency: 64,
  })
  const events: RecordedEvent[] = []
  for await (const event of memory.readAll()) events.push(event)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  log(`  simulated a district year: ${events.length.toLocaleString('en-US')} events, ${seconds} s`)
  return events
}

const INSERT =
  'INSERT INTO wenming_events ' +
  '(position, district, stream_name, revision, id, type, data, metadata, recorded_at) ' +
  'SELECT p, $2, s, r, i, t, d, m, to_timestamp(ms / 1000.0) FROM unnest(' +
  '$1::int8[], $3::text[], $4::int8[], $5::text[], $6::text[], $7::json[], $8::json[], $9::float8[]' +
  ') AS x(p, s, r, i, t, d, m, ms)'

/**
 * A database holding a national log of `districts` districts, each a copy of one simulated
 * district year in its own partition, the districts' events interleaved in the global order (event
 * `i` of district `d` at position `i * districts + d + 1`, as if all districts wrote at once).
 * Loaded with multi-row INSERTs straight into the table (the bench needs the shape, not the append
 * path), then vacuumed and analyzed; cached as `wenming_bench_scale_g<n>_<districts>`.
 */
export const scaleDatabase = async (
  districts: number,
  log: (line: string) => void,
): Promise<ScaleDatabase> => {
  const name = `wenming_bench_scale_g${GENERATION}_${districts}`
  const url = `${BENCH_SERVER}/${name}`
  const names = Array.from({ length: districts }, (_, d) => districtName(d))
  const cached = await markerOf(url)
  if (cached !== undefined) {
    log(`postgres: using the cached database ${name}`)
    return { url, districts: names, eventsPerDistrict: cached, events: cached * districts }
  }
  const year = await simulateDistrict(log)
  const perDistrict = year.length
  log(
    `postgres: loading ${districts} districts x ${perDistrict.toLocaleString('en-US')} events ` +
      `into ${name} (once, cached)`,
  )
  await onAdminDatabase(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await onAdminDatabase(`CREATE DATABASE ${name}`)
  // VACUUM of millions of rows runs for minutes: no statement timeout for the load.
  const store = createPostgresEventStore({
    connectionString: url,
    maxConnections: 3,
    statementTimeoutMs: 3_600_000,
  })
  const started = performance.now()
  try {
    await store.migrate()
    const { pool } = store.log
    for (const district of names) await pool.query('SELECT wenming_ensure_district($1)', [district])
    // The columns every district shares, serialised once.
    const streams = year.map((e) => e.streamName)
    const revisions = year.map((e) => e.revision)
    const ids = year.map((e) => e.id)
    const types = year.map((e) => e.type)
    const data = year.map((e) => (e.data === undefined ? null : JSON.stringify(e.data)))
    const metadata = year.map((e) => (e.metadata === undefined ? null : JSON.stringify(e.metadata)))
    const times = year.map((e) => e.recordedAt.getTime())
    let next = 0
    let loaded = 0
    // Two sessions load districts side by side (the server's two cores).
    const loader = async (): Promise<void> => {
      const client = await pool.connect()
      try {
        // The marker, written last with a durable commit, says whether the load finished.
        await client.query('SET synchronous_commit = off')
        for (let d = next++; d < districts; d = next++) {
          for (let from = 0; from < perDistrict; from += CHUNK) {
            const to = Math.min(from + CHUNK, perDistrict)
            const positions = Array.from(
              { length: to - from },
              (_, i) => (from + i) * districts + d + 1,
            )
            await client.query(INSERT, [
              positions,
              names[d],
              streams.slice(from, to),
              revisions.slice(from, to),
              ids.slice(from, to),
              types.slice(from, to),
              data.slice(from, to),
              metadata.slice(from, to),
              times.slice(from, to),
            ])
          }
          loaded += perDistrict
          if ((d + 1) % 10 === 0) {
            const seconds = (performance.now() - started) / 1000
            log(
              `  ${loaded.toLocaleString('en-US')} events, ${seconds.toFixed(0)} s ` +
                `(${Math.round(loaded / seconds).toLocaleString('en-US')}/s)`,
            )
          }
        }
      } finally {
        client.release()
      }
    }
    await Promise.all([loader(), loader()])
    await pool.query('UPDATE wenming_positions SET last = $1', [perDistrict * districts])
    log('  vacuum and analyze')
    await pool.query('VACUUM (FREEZE, ANALYZE) wenming_events')
    await pool.query('CREATE TABLE wenming_bench_scale (generation int, per_district int)')
    await pool.query('INSERT INTO wenming_bench_scale VALUES ($1, $2)', [GENERATION, perDistrict])
    const seconds = (performance.now() - started) / 1000
    log(`  loaded in ${seconds.toFixed(0)} s`)
  } finally {
    await store.close()
  }
  return { url, districts: names, eventsPerDistrict: perDistrict, events: perDistrict * districts }
}
