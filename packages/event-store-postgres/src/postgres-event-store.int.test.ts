import { eventStoreContract } from '@wenming/event-store/testing'
import { createPostgresEventStore } from './postgres-event-store.js'
import { useTestDatabase } from './test-support/test-database.js'

const url = useTestDatabase()

eventStoreContract('postgres (group commit)', {
  create: () => createPostgresEventStore({ connectionString: url(), maxConnections: 4 }),
  raceWidth: 32,
})
eventStoreContract('postgres (one transaction per append, separate connections)', {
  create: () =>
    createPostgresEventStore({ connectionString: url(), groupCommit: false, maxConnections: 16 }),
  raceWidth: 16,
})
eventStoreContract('postgres (a district handle)', {
  create: () => {
    const root = createPostgresEventStore({ connectionString: url(), maxConnections: 4 })
    return { ...root.inDistrict('district-a'), close: () => root.close() }
  },
})
