import { describe, expect, it } from 'vitest'
import { parseStoreSpec } from './store-spec.js'

describe('parseStoreSpec', () => {
  it('reads memory, sqlite:<path> and EventStoreDB connection strings', () => {
    expect(parseStoreSpec('memory')).toEqual({ kind: 'memory' })
    expect(parseStoreSpec('sqlite:./data/w.db')).toEqual({ kind: 'sqlite', path: './data/w.db' })
    expect(parseStoreSpec('esdb://localhost:2113?tls=false')).toEqual({
      kind: 'esdb',
      connectionString: 'esdb://localhost:2113?tls=false',
    })
  })

  it('refuses an empty SQLite path and unknown schemes', () => {
    expect(() => parseStoreSpec('sqlite:')).toThrow(/needs a path/)
    expect(() => parseStoreSpec('postgres://x')).toThrow(/Unknown --store/)
  })
})
