import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPostgresEventStore, type PostgresEventStore } from './postgres-event-store.js'
import { useTestDatabase } from './test-support/test-database.js'

/**
 * A log as the gap property sees it: appends whose transaction stays open `holdMs` after the
 * positions were assigned (a slow commit: a stalled fsync, a busy client), and a catch-up read of
 * a small window after a checkpoint.
 */
type GapLog = {
  append(
    client: pg.PoolClient,
    stream: string,
    ids: string[],
    holdMs: number,
    batch: boolean,
  ): Promise<void>
  read(after: number, window: number): Promise<{ position: number; id: string }[]>
  last(): Promise<number>
}

type Scenario = {
  /** `batch`: through `wenming_append` (a group commit's call), else `wenming_append_one`. */
  writers: { events: number; holdMs: number; batch: boolean }[][]
  window: number
  pollMs: number
}

const scenarios: fc.Arbitrary<Scenario> = fc.record({
  writers: fc.array(
    fc.array(
      fc.record({
        events: fc.integer({ min: 1, max: 3 }),
        holdMs: fc.integer({ min: 0, max: 6 }),
        batch: fc.boolean(),
      }),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
    { minLength: 2, maxLength: 6 },
  ),
  window: fc.integer({ min: 1, max: 4 }),
  pollMs: fc.integer({ min: 0, max: 2 }),
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs the writers of `scenario` on separate connections while one subscriber catches up in small
 * windows, checkpointing at the last position it saw; then compares what it saw with the log.
 */
const runScenario = async (
  log: GapLog,
  pool: pg.Pool,
  scenario: Scenario,
): Promise<{ seen: string[]; logged: string[] }> => {
  const run = randomUUID().slice(0, 8)
  const start = await log.last()
  const written = new Set<string>()
  let writing = true
  const writers = Promise.all(
    scenario.writers.map(async (appends, w) => {
      const client = await pool.connect()
      try {
        for (const { events, holdMs, batch } of appends) {
          const ids = Array.from({ length: events }, () => `${run}-${randomUUID()}`)
          await log.append(client, `gap-${run}-${w}`, ids, holdMs, batch)
          for (const id of ids) written.add(id)
        }
      } finally {
        client.release()
      }
    }),
  ).finally(() => {
    writing = false
  })
  const seen: string[] = []
  let checkpoint = start
  for (;;) {
    const done = !writing
    const window = await log.read(checkpoint, scenario.window)
    for (const event of window) {
      if (event.id.startsWith(run)) seen.push(event.id)
      checkpoint = event.position
    }
    if (done && window.length < scenario.window) break
    if (window.length < scenario.window) await sleep(scenario.pollMs)
  }
  await writers
  const logged: string[] = []
  for (let after = start; ;) {
    const window = await log.read(after, 1000)
    for (const event of window) if (event.id.startsWith(run)) logged.push(event.id)
    if (window.length < 1000) break
    after = window[window.length - 1]!.position
  }
  expect(new Set(logged)).toEqual(written)
  return { seen, logged }
}

const url = useTestDatabase()

describe('the global order', () => {
  let store: PostgresEventStore
  let pool: pg.Pool

  beforeAll(async () => {
    store = createPostgresEventStore({ connectionString: url(), maxConnections: 2 })
    await store.appendToStream('gap-setup', [{ type: 'Setup', data: {} }])
    pool = new pg.Pool({ connectionString: url(), max: 8 })
    // DROP DATABASE … WITH (FORCE) ends a connection still closing: its last error is no failure.
    pool.on('error', () => {})
    await pool.query(
      'CREATE TABLE naive_events (position bigserial PRIMARY KEY, stream text NOT NULL, id text NOT NULL)',
    )
  })
  afterAll(async () => {
    await pool.end()
    await store.close()
  })

  /**
   * The store's log: positions assigned by `wenming_append` or `wenming_append_one` (both kinds
   * of call race in one scenario), read back through `readAll`.
   */
  const storeLog = (): GapLog => ({
    append: async (client, stream, ids, holdMs, batch) => {
      const types = ids.map(() => 'Gap')
      const data = ids.map(() => '{}')
      const metadata = ids.map(() => null)
      await client.query('BEGIN')
      if (batch) {
        await client.query('SELECT * FROM wenming_append($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
          ['default'],
          [stream],
          [-2],
          [ids.length],
          ids.map(() => 1),
          ids,
          types,
          data,
          metadata,
        ])
      } else {
        await client.query('SELECT * FROM wenming_append_one($1, $2, $3, $4, $5, $6, $7)', [
          'default',
          stream,
          -2,
          ids,
          types,
          data,
          metadata,
        ])
      }
      if (holdMs > 0) await client.query('SELECT pg_sleep($1)', [holdMs / 1000])
      await client.query('COMMIT')
    },
    read: async (after, window) => {
      const events: { position: number; id: string }[] = []
      for await (const event of store.readAll({ fromPosition: after + 1, maxCount: window })) {
        events.push({ position: event.position, id: event.id })
      }
      return events
    },
    last: () => store.log.lastPosition(),
  })

  /** The naive log: a `bigserial` taken at INSERT, visible at COMMIT, read by position. */
  const naiveLog = (): GapLog => ({
    append: async (client, stream, ids, holdMs) => {
      await client.query('BEGIN')
      await client.query('INSERT INTO naive_events (stream, id) SELECT $1, unnest($2::text[])', [
        stream,
        ids,
      ])
      if (holdMs > 0) await client.query('SELECT pg_sleep($1)', [holdMs / 1000])
      await client.query('COMMIT')
    },
    read: async (after, window) =>
      (
        await pool.query<{ position: string; id: string }>(
          'SELECT position, id FROM naive_events WHERE position > $1 ORDER BY position LIMIT $2',
          [after, window],
        )
      ).rows.map((row) => ({ position: Number(row.position), id: row.id })),
    last: async () =>
      Number(
        (await pool.query<{ m: string | null }>('SELECT max(position) AS m FROM naive_events'))
          .rows[0]?.m ?? 0,
      ),
  })

  it('lets a subscriber catching up in small windows see every event once, in log order', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, async (scenario) => {
        const { seen, logged } = await runScenario(storeLog(), pool, scenario)
        expect(seen).toEqual(logged)
      }),
      { numRuns: Number(process.env.WENMING_GAP_RUNS ?? 40) },
    )
  }, 300_000)

  it('loses events with a naive reader of a sequence (the negative control)', async () => {
    const result = await fc.check(
      fc.asyncProperty(scenarios, async (scenario) => {
        const { seen, logged } = await runScenario(naiveLog(), pool, scenario)
        expect(seen).toEqual(logged)
      }),
      { numRuns: 200 },
    )
    // The same property, the same interleavings: a reader of a plain sequence skips a late commit.
    expect(result.failed).toBe(true)
  }, 300_000)
})
