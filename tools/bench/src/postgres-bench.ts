import { execFileSync } from 'node:child_process'
import { createCommandHandler } from '@wenming/event-store'
import { createPostgresEventStore } from '@wenming/event-store-postgres'
import { median } from './median.js'
import type { Benchmark, Metric } from './metric.js'
import { benchOrderDecider, lifecycle } from './order-lifecycle.js'
import { bareInsertsPerSecond, bareSelectRowsPerSecond } from './postgres-bare-rate.js'
import { freshBenchDatabase, simulatedDatabase } from './postgres-bench-database.js'
import { REPORT_CHILD_VARIABLE, rebuildReportFromPostgres } from './postgres-report-rebuild.js'
import { postgresScaleMetrics } from './postgres-scale.js'

const EVENTS = 1_000_000
const handle = createCommandHandler(benchOrderDecider)

/** Orders through their 6-command lifecycle, `inFlight` workers, on the store at `url`. */
const commandsPerSecond = async (
  url: string,
  orders: number,
  inFlight: number,
): Promise<number> => {
  const store = createPostgresEventStore({ connectionString: url })
  const run = `${Date.now().toString(36)}-${inFlight}`
  try {
    await store.migrate()
    await store.appendToStream(`warm-${run}`, [{ type: 'Warm', data: {} }])
    let nextOrder = 0
    let commands = 0
    const worker = async (): Promise<void> => {
      for (let i = nextOrder++; i < orders; i = nextOrder++) {
        const streamName = `order-${run}-${i}`
        for (const command of lifecycle(String(i))) {
          const result = await handle(store, streamName, command, {
            commandId: `${run}/${i}/${command.type}`,
          })
          if (!result.ok) throw new Error(`Unexpected refusal on ${streamName}: ${command.type}`)
          commands++
        }
      }
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: inFlight }, worker))
    return commands / ((performance.now() - started) / 1000)
  } finally {
    await store.close()
  }
}

/** Reads the whole log with `readAll` (touching every event's data) and returns events/s. */
const readAllRate = async (url: string): Promise<number> => {
  const store = createPostgresEventStore({ connectionString: url, maxConnections: 2 })
  try {
    let events = 0
    let last = 0
    const started = performance.now()
    for await (const event of store.readAll()) {
      if (event.position <= last || event.data === undefined) throw new Error('bad read')
      last = event.position
      events++
    }
    return events / ((performance.now() - started) / 1000)
  } finally {
    await store.close()
  }
}

/** The report rebuild in a fresh process (Node's default flags), so its RSS is its own. */
const reportInChild = (
  url: string,
): { events: number; eventsPerSecond: number; peakRssMb: number } =>
  JSON.parse(
    execFileSync(process.execPath, [process.argv[1]!, 'postgres'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, [REPORT_CHILD_VARIABLE]: url },
    }),
  ) as { events: number; eventsPerSecond: number; peakRssMb: number }

export const postgresBench: Benchmark = {
  name: 'postgres',
  description:
    "PostgreSQL store: commands/s sequential and 64 in flight against bare pg INSERTs (sequential, 16 connections), readAll and report rebuild over 1,000,000 events; with --scale [--districts=300], one district's and the national report over a log of that many simulated districts",
  run: async ({ log, args }) => {
    const child = process.env[REPORT_CHILD_VARIABLE]
    if (child !== undefined) {
      process.stdout.write(JSON.stringify(await rebuildReportFromPostgres(child)))
      process.exit(0)
    }
    if (args.includes('--scale')) return postgresScaleMetrics(args, log)
    const metrics: Metric[] = []
    const fresh = await freshBenchDatabase()
    try {
      log(
        `postgres: ${new Date().toISOString()}, load ${(await import('node:os'))
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      )
      await commandsPerSecond(fresh.url, 50, 1) // warm up the JIT and the server's plans
      // Store and bare runs alternate, so both see the same moments of a shared machine.
      const samples: Record<string, number[]> = { seq: [], bareSeq: [], c64: [], bare16: [] }
      for (let round = 0; round < 3; round++) {
        log(
          `postgres: round ${round + 1} of 3 (bare sequential, store sequential, bare 16, store 64)`,
        )
        samples.bareSeq!.push(await bareInsertsPerSecond(fresh.url, 1000, 1))
        samples.seq!.push(await commandsPerSecond(fresh.url, 170, 1))
        samples.bare16!.push(await bareInsertsPerSecond(fresh.url, 4000, 16))
        samples.c64!.push(await commandsPerSecond(fresh.url, 700, 64))
        const last = (key: string) => Math.round(samples[key]!.at(-1)!).toLocaleString('en-US')
        log(
          `  bare sequential ${last('bareSeq')}/s, store sequential ${last('seq')}/s, ` +
            `bare 16 ${last('bare16')}/s, store 64 ${last('c64')}/s`,
        )
      }
      const seq = median(samples.seq!)
      const bareSeq = median(samples.bareSeq!)
      const c64 = median(samples.c64!)
      const bare16 = median(samples.bare16!)
      metrics.push(
        { name: 'postgres.commands_per_s.sequential', value: seq, unit: 'commands/s' },
        { name: 'postgres.commands_per_s.concurrent64', value: c64, unit: 'commands/s' },
        {
          name: 'postgres.bare_transactions_per_s.sequential',
          value: bareSeq,
          unit: 'transactions/s',
        },
        { name: 'postgres.bare_transactions_per_s.16conns', value: bare16, unit: 'transactions/s' },
        { name: 'postgres.ratio.sequential_to_bare', value: seq / bareSeq, unit: 'ratio' },
        { name: 'postgres.ratio.concurrent64_to_bare16', value: c64 / bare16, unit: 'ratio' },
      )
    } finally {
      await fresh.drop()
    }
    if (args.includes('--commands-only')) return metrics

    const url = await simulatedDatabase(EVENTS, log)
    log(
      'postgres: readAll over 1,000,000 events and a bare SELECT of 200,000 rows, alternating, median of 3',
    )
    const rates: number[] = []
    const bareReads: number[] = []
    for (let run = 0; run < 3; run++) {
      bareReads.push(await bareSelectRowsPerSecond(url, 200_000))
      rates.push(await readAllRate(url))
    }
    const readAll = median(rates)
    const bareRead = median(bareReads)
    metrics.push(
      { name: 'postgres.read_all_events_per_s', value: readAll, unit: 'events/s' },
      { name: 'postgres.bare_select_rows_per_s', value: bareRead, unit: 'rows/s' },
      { name: 'postgres.ratio.read_all_to_bare_select', value: readAll / bareRead, unit: 'ratio' },
    )

    log('postgres: the work report rebuilt from the log, in a fresh process')
    const report = reportInChild(url)
    log(`  ${report.events.toLocaleString('en-US')} events`)
    metrics.push(
      { name: 'postgres.report_events_per_s', value: report.eventsPerSecond, unit: 'events/s' },
      { name: 'postgres.report_rss_mb', value: report.peakRssMb, unit: 'MB' },
    )
    return metrics
  },
}
