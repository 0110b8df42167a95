import { readFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import {
  eventStoreContract,
  personalDataContract,
  contractPolicy,
} from '@wenming/event-store/testing'
import type { EventStore, PersonalDataStore } from '@wenming/event-store'
import { databaseOf } from './sqlite-database-of.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { sqliteReadSide } from './sqlite-read-side.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()

const textOf = async (path: string): Promise<string> =>
  existsSync(path) ? (await readFile(path)).toString('latin1') : ''

const sealing = (store: EventStore): EventStore & PersonalDataStore =>
  store as EventStore & PersonalDataStore

personalDataContract('sqlite (file)', {
  create: (personalData) => {
    const path = file(`pii-${randomUUID()}.db`)
    const store = createSqliteEventStore({ path, personalData })
    return Promise.resolve({
      store: sealing(store),
      atRest: async () => `${await textOf(path)}${await textOf(`${path}-wal`)}`,
      source: sqliteReadSide(store).source,
      withoutKeys: () =>
        Promise.resolve(
          createSqliteEventStore({
            path,
            personalData: { ...personalData, keysPath: file(`lost-${randomUUID()}.keys`) },
          }),
        ),
    })
  },
})

personalDataContract('sqlite (file, every readAll read ahead on a worker)', {
  create: (personalData) => {
    const path = file(`pii-${randomUUID()}.db`)
    const store = createSqliteEventStore({ path, personalData, readAheadFrom: 0 })
    return Promise.resolve({
      store: sealing(store),
      atRest: async () => `${await textOf(path)}${await textOf(`${path}-wal`)}`,
      source: sqliteReadSide(store, { readAhead: true }).source,
    })
  },
})

personalDataContract('sqlite (:memory:)', {
  create: (personalData) => {
    const store = createSqliteEventStore({ path: ':memory:', personalData })
    return Promise.resolve({
      store: sealing(store),
      atRest: () =>
        Promise.resolve(
          databaseOf(store)
            .prepare("SELECT group_concat(head || ifnull(data, ''), ' ') FROM events")
            .pluck()
            .get() as string,
        ),
      source: sqliteReadSide(store).source,
    })
  },
})

eventStoreContract('sqlite (file, sealing personal data)', {
  create: () =>
    createSqliteEventStore({
      path: file(`contract-pii-${randomUUID()}.db`),
      personalData: { policy: contractPolicy },
    }),
})
