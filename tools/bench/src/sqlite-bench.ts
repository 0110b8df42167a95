import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCommandHandler } from '@wenming/event-store'
import { createSqliteEventStore, type SqliteDurability } from '@wenming/event-store-sqlite'
import { benchPersonalData, personalDataOn, withRequester } from './bench-personal-data.js'
import { median } from './median.js'
import type { Benchmark, Metric } from './metric.js'
import { benchOrderDecider, lifecycle } from './order-lifecycle.js'
import { bareTransactionsPerSecond } from './sqlite-bare-rate.js'
import { bulkLoadedStore } from './sqlite-bulk-load.js'

const handle = createCommandHandler(benchOrderDecider)

const removeStore = (path: string): void => {
  for (const suffix of ['', '-wal', '-shm', '.keys', '.keys-wal', '.keys-shm']) {
    rmSync(path + suffix, { force: true })
  }
}

/**
 * Orders through their 6-command lifecycle on a fresh store file in the OS temp dir: `inFlight`
 * workers, each taking the next order and running its commands one at a time.
 */
const commandsPerSecond = async (
  durability: SqliteDurability,
  orders: number,
  inFlight: number,
): Promise<number> => {
  const path = join(tmpdir(), `wenming-bench-sqlite-commands-${process.pid}.db`)
  removeStore(path)
  const store = createSqliteEventStore({
    path,
    durability,
    ...(personalDataOn() ? { personalData: { policy: benchPersonalData } } : {}),
  })
  let nextOrder = 0
  let commands = 0
  const worker = async (): Promise<void> => {
    for (let i = nextOrder++; i < orders; i = nextOrder++) {
      const streamName = `order-${i}`
      for (const command of lifecycle(String(i))) {
        const result = await handle(store, streamName, withRequester(command, i), {
          commandId: `${i}/${command.type}`,
        })
        if (!result.ok) throw new Error(`Unexpected refusal on ${streamName}: ${command.type}`)
        commands++
      }
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: inFlight }, worker))
  const seconds = (performance.now() - started) / 1000
  await store.close()
  removeStore(path)
  return commands / seconds
}

/** Reads the whole store with `readAll` (touching every event's data) and returns events/s. */
const readAllRate = async (path: string): Promise<number> => {
  const store = createSqliteEventStore({ path, durability: 'normal' })
  let events = 0
  let lastPosition = 0
  const started = performance.now()
  for await (const event of store.readAll()) {
    if (event.position <= lastPosition || event.data === undefined) throw new Error('bad read')
    lastPosition = event.position
    events++
  }
  const seconds = (performance.now() - started) / 1000
  await store.close()
  return events / seconds
}

// Run in a fresh process with Node's default flags (as the CLI runs a rebuild), so the figure is the
// read's own footprint, Node itself included, not what the earlier phases left on the heap.
const rssChildSource = `
import { createSqliteEventStore } from '@wenming/event-store-sqlite'
const store = createSqliteEventStore({ path: process.argv[1], durability: 'normal' })
let peak = process.memoryUsage.rss()
let events = 0
const started = performance.now()
for await (const event of store.readAll()) {
  if (event.data === undefined) throw new Error('bad read')
  if (++events % 65536 === 0) peak = Math.max(peak, process.memoryUsage.rss())
}
const seconds = (performance.now() - started) / 1000
peak = Math.max(peak, process.memoryUsage.rss())
await store.close()
console.log(JSON.stringify({ events, eventsPerSecond: events / seconds, peakRssMb: peak / 2 ** 20 }))
`

/** Reads the whole store end to end in a child process; returns its peak RSS and read rate. */
const readAllInChild = (
  path: string,
): { events: number; eventsPerSecond: number; peakRssMb: number } => {
  const output = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', rssChildSource, path],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return JSON.parse(output) as { events: number; eventsPerSecond: number; peakRssMb: number }
}

export const sqliteBench: Benchmark = {
  name: 'sqlite',
  description:
    'SQLite store: commands/s sequential and 64 in flight (full, normal), readAll events/s and RSS',
  run: async ({ log }) => {
    const metrics: Metric[] = []
    await commandsPerSecond('normal', 500, 1) // warm up the JIT
    const cases = [
      ['sequential.full', 'full', 400, 1],
      ['concurrent64.full', 'full', 2_000, 64],
      ['sequential.normal', 'normal', 2_000, 1],
      ['concurrent64.normal', 'normal', 4_000, 64],
    ] as const
    for (const [label, durability, orders, inFlight] of cases) {
      log(`sqlite: ${orders.toLocaleString('en-US')} orders x 6 commands, ${label}, median of 3`)
      const samples: number[] = []
      for (let run = 0; run < 3; run++) {
        samples.push(await commandsPerSecond(durability, orders, inFlight))
      }
      metrics.push({
        name: `sqlite.commands_per_s.${label}`,
        value: median(samples),
        unit: 'commands/s',
      })
    }

    log('sqlite: bare better-sqlite3 single-row transactions, the machine reference, median of 3')
    for (const [durability, transactions] of [
      ['full', 1_000],
      ['normal', 10_000],
    ] as const) {
      const samples: number[] = []
      for (let run = 0; run < 3; run++) {
        samples.push(bareTransactionsPerSecond(durability, transactions))
      }
      metrics.push({
        name: `sqlite.bare_transactions_per_s.${durability}`,
        value: median(samples),
        unit: 'transactions/s',
      })
    }

    log('sqlite: readAll over a 1,000,000-event store, median of 3')
    const million = await bulkLoadedStore(1_000_000, log)
    const rates: number[] = []
    for (let run = 0; run < 3; run++) rates.push(await readAllRate(million))
    metrics.push({ name: 'sqlite.read_all_events_per_s', value: median(rates), unit: 'events/s' })

    log('sqlite: readAll over a 5,000,000-event store, end to end, RSS of a fresh default node')
    const big = await bulkLoadedStore(5_000_000, log)
    const { events, eventsPerSecond, peakRssMb } = readAllInChild(big)
    log(
      `  ${events.toLocaleString('en-US')} events at ` +
        `${Math.round(eventsPerSecond).toLocaleString('en-US')} events/s`,
    )
    metrics.push({ name: 'sqlite.read_all_rss_mb', value: peakRssMb, unit: 'MB' })
    return metrics
  },
}
