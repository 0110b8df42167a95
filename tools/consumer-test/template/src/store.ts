import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import { createSqliteEventStore } from '@wenming/event-store-sqlite'

/** The store the README example runs on: `CONSUMER_STORE=sqlite` for a fresh SQLite file. */
const open = (): { store: EventStore; close: () => Promise<void> } => {
  if (process.env['CONSUMER_STORE'] !== 'sqlite') {
    return { store: createInMemoryEventStore(), close: async () => {} }
  }
  const sqlite = createSqliteEventStore({
    path: join(mkdtempSync(join(tmpdir(), 'wenming-consumer-')), 'wenming.db'),
  })
  return { store: sqlite, close: () => sqlite.close() }
}

export const { store, close } = open()
