import { describe, expect, it } from 'vitest'
import { parseStoreSpec } from './store-spec.js'

describe('parseStoreSpec', () => {
  it('reads memory, sqlite:<path>, PostgreSQL URLs and EventStoreDB connection strings', () => {
    expect(parseStoreSpec('memory')).toEqual({ kind: 'memory' })
    expect(parseStoreSpec('sqlite:./data/w.db')).toEqual({ kind: 'sqlite', path: './data/w.db' })
    expect(parseStoreSpec('postgres://root@127.0.0.1:5432/test')).toEqual({
      kind: 'postgres',
      connectionString: 'postgres://root@127.0.0.1:5432/test',
    })
    expect(parseStoreSpec('postgresql://h/db')).toMatchObject({ kind: 'postgres' })
    expect(parseStoreSpec('esdb://localhost:2113?tls=false')).toEqual({
      kind: 'esdb',
      connectionString: 'esdb://localhost:2113?tls=false',
    })
  })

  it('refuses an empty SQLite path and unknown schemes', () => {
    expect(() => parseStoreSpec('sqlite:')).toThrow(/needs a path/)
    expect(() => parseStoreSpec('mysql://x')).toThrow(/Unknown --store/)
  })
})
