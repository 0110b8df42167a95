import { spawn } from 'node:child_process'
import { existsSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInMemoryEventStore, type EventData, type RecordedEvent } from '@wenming/event-store'
import { createSqliteEventStore } from '@wenming/event-store-sqlite'
import { simulateDistrictYear } from '@wenming/simulator'

const SEED = 2022
/** Request orders whose simulated year holds a little over 1,000,000 events (84,000 gave 920,322). */
const ORDERS_PER_MILLION_EVENTS = 95_000
/** The child process that generates the store is this benchmark, told so by this variable. */
export const GENERATE_STORE_VARIABLE = 'WENMING_REBUILD_GENERATE_STORE'
/** Told so, the child process opens the cached store, which migrates it to this build's schema. */
export const MIGRATE_STORE_VARIABLE = 'WENMING_REBUILD_MIGRATE_STORE'
/** A store file to rebuild from instead of the cached one (its size is reported as it is). */
export const STORE_VARIABLE = 'WENMING_REBUILD_STORE'

const removeDatabase = (path: string): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
}

const toEventData = ({ type, data, metadata, id }: RecordedEvent): EventData =>
  metadata === undefined ? { type, data, id } : { type, data, metadata, id }

/**
 * Simulates a district year with the simulator (the real domain handlers) on the in-memory store,
 * which is many times faster than simulating on SQLite, then copies the first `events` events into
 * a SQLite store in the same global order (same ids, types, data and metadata; consecutive events
 * of one stream in one append, appends pipelined through the store's group commit in order).
 */
export const writeSimulatedStore = async (
  path: string,
  events: number,
  log: (line: string) => void,
): Promise<void> => {
  const memory = createInMemoryEventStore()
  const orders = Math.ceil((ORDERS_PER_MILLION_EVENTS * events) / 1_000_000)
  const started = performance.now()
  await simulateDistrictYear(memory, {
    year: 2022,
    seed: SEED,
    profile: { orders },
    concurrency: 64,
    onProgress: ({ date, commands }) => {
      if (!date.endsWith('-01')) return
      const seconds = ((performance.now() - started) / 1000).toFixed(0)
      log(`  ${date}: ${commands.toLocaleString('en-US')} commands, ${seconds} s`)
    },
  })
  const sqlite = createSqliteEventStore({ path, durability: 'normal' })
  try {
    let copied = 0
    let run: { streamName: string; events: EventData[] } | undefined
    let inFlight: Promise<unknown>[] = []
    const flush = (): void => {
      if (run !== undefined) inFlight.push(sqlite.appendToStream(run.streamName, run.events))
      run = undefined
    }
    for await (const event of memory.readAll({ maxCount: events })) {
      if (run?.streamName !== event.streamName) flush()
      run ??= { streamName: event.streamName, events: [] }
      run.events.push(toEventData(event))
      if (++copied % 100_000 === 0) log(`  copied ${copied.toLocaleString('en-US')} events`)
      if (inFlight.length >= 512) {
        await Promise.all(inFlight)
        inFlight = []
      }
    }
    flush()
    await Promise.all(inFlight)
    if (copied < events) {
      throw new Error(
        `The simulation wrote ${copied} events, fewer than ${events}: raise the scale`,
      )
    }
  } finally {
    await sqlite.close()
  }
}

/** Opens and closes a store: an older schema is migrated on open. */
export const migrateStore = (path: string): Promise<void> =>
  createSqliteEventStore({ path, durability: 'normal' }).close()

/**
 * Runs this benchmark again in a child process, told by `variable` to generate or migrate the
 * store at `path`: the memory that takes is not counted in this process's RSS.
 */
const inChild = (variable: string, path: string, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, 'rebuild'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, [variable]: path },
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} the store failed (exit ${code})`)),
    )
  })

/**
 * The path of a SQLite store holding exactly `events` events of a simulated district year,
 * generated once (in a child process) and cached in the OS temp directory.
 */
export const rebuildStorePath = async (
  events: number,
  log: (line: string) => void,
): Promise<string> => {
  const given = process.env[STORE_VARIABLE]
  if (given !== undefined) {
    log(`rebuild: using the store ${given} (${STORE_VARIABLE})`)
    return given
  }
  const path = join(tmpdir(), `wenming-rebuild-${events}-seed${SEED}-v3.db`)
  if (existsSync(path)) {
    log(`rebuild: using the cached store ${path}`)
    // A store cached by an older build is migrated here (once), not in the measured process.
    await inChild(MIGRATE_STORE_VARIABLE, path, 'Migrating')
    return path
  }
  // Per process: two benches generating at once (sessions share the temp dir) must not remove
  // each other's partial store (seen: a rename failing with ENOENT after a 15-minute simulation).
  const partial = `${path}.${process.pid}.partial`
  removeDatabase(partial)
  log(`rebuild: simulating a district year into ${partial}`)
  log('  (once, about a minute; the store is cached for later runs)')
  await inChild(GENERATE_STORE_VARIABLE, partial, 'Generating')
  renameSync(partial, path)
  removeDatabase(partial)
  return path
}
