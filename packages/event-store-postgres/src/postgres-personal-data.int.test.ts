import pg from 'pg'
import {
  eventStoreContract,
  personalDataContract,
  contractPolicy,
} from '@wenming/event-store/testing'
import type { EventStore, PersonalDataStore } from '@wenming/event-store'
import { createPostgresEventStore } from './postgres-event-store.js'
import { postgresReadSide } from './postgres-read-side.js'
import { useTestDatabase } from './test-support/test-database.js'

const url = useTestDatabase()

const query = async (sql: string): Promise<pg.QueryResult> => {
  const client = new pg.Client({ connectionString: url() })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

personalDataContract('postgres', {
  create: (personalData) => {
    const store = createPostgresEventStore({
      connectionString: url(),
      maxConnections: 4,
      personalData,
    })
    return Promise.resolve({
      store: store as EventStore & PersonalDataStore,
      atRest: async () => {
        const result = await query(
          "SELECT coalesce(string_agg(stream_name || ' ' || coalesce(data::text, ''), ' '), '') AS text FROM wenming_events",
        )
        return (result.rows[0] as { text: string }).text
      },
      source: postgresReadSide(store).source,
      // A log restored without its keys: the key table emptied (the store is closed by then).
      withoutKeys: async () => {
        await query('TRUNCATE wenming_keys.data_keys')
        return createPostgresEventStore({
          connectionString: url(),
          maxConnections: 2,
          personalData,
        })
      },
    })
  },
})

eventStoreContract('postgres (sealing personal data)', {
  create: () =>
    createPostgresEventStore({
      connectionString: url(),
      maxConnections: 4,
      personalData: { policy: contractPolicy },
    }),
  raceWidth: 16,
})
