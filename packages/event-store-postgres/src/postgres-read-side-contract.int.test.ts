import { randomUUID } from 'node:crypto'
import { readSideContract } from '@wenming/event-store/testing'
import { afterAll } from 'vitest'
import { createPostgresEventStore, type PostgresEventStore } from './postgres-event-store.js'
import { postgresReadSide } from './postgres-read-side.js'
import { useTestDatabase } from './test-support/test-database.js'

const url = useTestDatabase()
let root: PostgresEventStore | undefined
afterAll(async () => {
  await root?.close()
})

// Each run gets an empty log without a database of its own: a fresh district, whose handle reads
// only its partition and keeps its read models and checkpoints under its own names.
readSideContract('postgres (a fresh district per run)', {
  create: () => {
    root ??= createPostgresEventStore({ connectionString: url(), maxConnections: 4 })
    const store = root.inDistrict(`contract-${randomUUID()}`)
    return { store, readSide: postgresReadSide(store) }
  },
  numRuns: Number(process.env.WENMING_READ_SIDE_RUNS ?? 10),
})
