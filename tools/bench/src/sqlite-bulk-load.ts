import { existsSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deterministicEventId, type EventData } from '@wenming/event-store'
import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
import { lifecycle } from './order-lifecycle.js'

/** Bump when the shape of the generated events changes, so stale cached stores are rebuilt. */
const GENERATION = 2
const APPENDS_IN_FLIGHT = 4_000
const EVENT_TYPES = ['Placed', 'Accepted', 'Dispatched', 'Taken', 'Completed', 'Evaluated']

/** One order's 6 lifecycle events, as the command handler would have written them. */
const orderEvents = (order: number): EventData[] =>
  lifecycle(String(order)).map(({ type: _command, ...data }, index) => ({
    type: EVENT_TYPES[index]!,
    data,
    metadata: { commandId: `${order}/${index}` },
    id: deterministicEventId(`${order}/${index}`, 0),
  }))

const lastPosition = async (path: string): Promise<number> => {
  const store = createSqliteEventStore({ path, durability: 'normal' })
  try {
    return (await sqliteReadSide(store).source.lastPosition?.()) ?? 0
  } finally {
    await store.close()
  }
}

/**
 * A store of `events` lifecycle events (6 per order stream) in the OS temp dir, built through the
 * store's own API in large group-committed appends and cached between runs; says which it did.
 */
export const bulkLoadedStore = async (
  events: number,
  log: (line: string) => void,
): Promise<string> => {
  const path = join(tmpdir(), `wenming-bench-sqlite-g${GENERATION}-${events}.db`)
  if (existsSync(path)) {
    if ((await lastPosition(path)) === events) {
      const mb = statSync(path).size / 1e6
      log(
        `  reusing cached ${events.toLocaleString('en-US')}-event store ${path} (${mb.toFixed(0)} MB)`,
      )
      return path
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
  const started = performance.now()
  const store = createSqliteEventStore({ path, durability: 'normal' })
  const orders = Math.ceil(events / 6)
  let written = 0
  for (let first = 0; first < orders; first += APPENDS_IN_FLIGHT) {
    const appends: Promise<unknown>[] = []
    for (let order = first; order < Math.min(orders, first + APPENDS_IN_FLIGHT); order++) {
      const batch = orderEvents(order).slice(0, events - order * 6)
      written += batch.length
      appends.push(store.appendToStream(`order-${order}`, batch, { expectedRevision: 'no_stream' }))
    }
    await Promise.all(appends)
  }
  await store.close()
  const seconds = (performance.now() - started) / 1000
  log(
    `  built ${written.toLocaleString('en-US')}-event store ${path} in ${seconds.toFixed(1)} s ` +
      `(${Math.round(written / seconds).toLocaleString('en-US')} events/s, cached for later runs)`,
  )
  return path
}
