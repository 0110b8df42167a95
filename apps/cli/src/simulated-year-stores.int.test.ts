import { createInMemoryEventStore } from '@wenming/event-store'
import { createSqliteEventStore } from '@wenming/event-store-sqlite'
import { computeWorkReport } from '@wenming/reports'
import { simulateDistrictYear } from '@wenming/simulator'
import { describe, expect, it } from 'vitest'

describe('a simulated district year on the stores the CLI opens', () => {
  it('gives the same report from a SQLite store as from the in-memory store', async () => {
    const profile = { orders: 30, activities: 60 }
    const sqlite = createSqliteEventStore({ path: ':memory:', durability: 'normal' })
    try {
      await simulateDistrictYear(sqlite, { year: 2023, seed: 11, profile })
      const memory = createInMemoryEventStore()
      await simulateDistrictYear(memory, { year: 2023, seed: 11, profile })
      const query = { from: '2023-01-01', to: '2023-12-31' }
      expect(await computeWorkReport(sqlite, query)).toEqual(await computeWorkReport(memory, query))
    } finally {
      await sqlite.close()
    }
  })
})
