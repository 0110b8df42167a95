import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createWenmingApi, type AuthConfig } from '@wenming/api'
import type { EventStore } from '@wenming/event-store'
import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
import autocannon from 'autocannon'
import type { Benchmark, Metric } from './metric.js'
import { seedApiBench } from './api-seed.js'

const CONNECTIONS = 64
const TOKEN = 'bench-dispatcher-token-0123456789'
const auth: AuthConfig = {
  tokens: [
    {
      token: TOKEN,
      principal: { id: 'bench-dispatcher', role: 'centre-dispatcher', sites: [], teams: [] },
    },
  ],
}

const run = (options: autocannon.Options): Promise<autocannon.Result> =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
  })

const summary = (label: string, result: autocannon.Result): string =>
  `api: ${label}: ${result['2xx']} 2xx, ${result.non2xx} other, ${result.errors} errors ` +
  `(${result.timeouts} timeouts) in ${result.duration} s; p99 ${result.latency.p99} ms`

/** Events in the log after `from` (a global position), and the last position seen. */
const countAfter = async (
  store: EventStore,
  from: number,
): Promise<{ count: number; last: number }> => {
  let count = 0
  let last = from
  for await (const event of store.readAll({ fromPosition: from + 1 })) {
    count++
    last = event.position
  }
  return { count, last }
}

/**
 * The HTTP API on loopback over SQLite with `full` durability, driven by autocannon (64
 * connections, in a worker thread, 10 s per run): order-board reads, then POSTs that each place a
 * request order (one append each).
 */
export const apiBench: Benchmark = {
  name: 'api',
  description:
    'HTTP API on loopback, SQLite full durability: 10 s of POST /orders and of order-board reads, 64 connections',
  run: async ({ log }) => {
    const dir = await mkdtemp(join(tmpdir(), 'wenming-api-bench-'))
    const store = createSqliteEventStore({
      path: join(dir, 'events.db'),
      durability: 'full',
      checkpoints: process.env['WENMING_BENCH_CHECKPOINTS'] === 'inline' ? 'inline' : 'background',
    })
    const readSide = sqliteReadSide(store)
    const api = await createWenmingApi({ store, readSide, auth })
    try {
      const url = await api.app.listen({ host: '127.0.0.1', port: 0 })
      const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }
      const { siteId, openOrders } = await seedApiBench(url, headers)
      const status = async (): Promise<number> => {
        await new Promise((resolve) => setTimeout(resolve, 200))
        return api.projections.freshness('order-board').behind
      }
      while ((await status()) > 0) log('api: waiting for the order board to catch up')
      log(`api: order board with ${openOrders} open orders; reads GET /orders?limit=20 for 10 s`)
      const reads = await run({
        url: `${url}/orders?limit=20`,
        headers,
        connections: CONNECTIONS,
        duration: 10,
        workers: 1,
      })
      log(summary('reads', reads))
      if (reads.non2xx > 0 || reads.errors > 0) {
        throw new Error(`reads: ${reads.non2xx} non-2xx responses, ${reads.errors} errors`)
      }

      const before = await countAfter(store, 0)
      log('api: commands POST /orders (PlaceRequestOrder, one append each) for 10 s')
      const commands = await run({
        url: `${url}/orders`,
        method: 'POST',
        headers,
        body: JSON.stringify({ siteId, category: 'health', wantedAt: '2022-06-01T09:00:00.000Z' }),
        connections: CONNECTIONS,
        duration: 10,
        workers: 1,
      })
      log(summary('commands', commands))
      const appended = (await countAfter(store, before.last)).count
      if (commands.non2xx > 0 || commands.errors > 0) {
        throw new Error(`commands: ${commands.non2xx} non-2xx responses, ${commands.errors} errors`)
      }
      // Requests still in flight when autocannon stops append without being counted (at most one
      // per connection); anything else would be an append without a response, or a response without one.
      if (appended < commands['2xx'] || appended > commands['2xx'] + CONNECTIONS) {
        throw new Error(`commands: ${commands['2xx']} answered 2xx but ${appended} events appended`)
      }
      const metrics: Metric[] = [
        {
          name: 'api.commands_per_s',
          value: commands['2xx'] / commands.duration,
          unit: 'commands/s',
        },
        { name: 'api.commands_p99_ms', value: commands.latency.p99, unit: 'ms' },
        { name: 'api.reads_per_s', value: reads['2xx'] / reads.duration, unit: 'reads/s' },
        { name: 'api.reads_p99_ms', value: reads.latency.p99, unit: 'ms' },
      ]
      return metrics
    } finally {
      await api.close()
      await readSide.close()
      await store.close()
      await rm(dir, { recursive: true, force: true })
    }
  },
}
