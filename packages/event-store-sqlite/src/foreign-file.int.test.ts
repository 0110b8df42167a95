import { readFileSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { databaseOf } from './sqlite-database-of.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { isSqliteStoreCorruptError } from './sqlite-store-errors.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()

const schemaOf = (path: string): unknown => {
  const database = new BetterSqlite3(path, { readonly: true })
  const schema = database.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()
  database.close()
  return schema
}

describe('a SQLite file of another application', () => {
  it('is refused untouched when it has tables of its own and no schema version', () => {
    const path = file('foreign-v0.db')
    const other = new BetterSqlite3(path)
    other.exec(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'x')",
    )
    other.close()
    const schema = schemaOf(path)
    const bytes = readFileSync(path)
    let error: unknown
    try {
      databaseOf(createSqliteEventStore({ path })).close()
    } catch (caught) {
      error = caught
    }
    expect(isSqliteStoreCorruptError(error), String(error)).toBe(true)
    expect((error as Error).message).toContain(path)
    expect(schemaOf(path)).toEqual(schema)
    expect(readFileSync(path).equals(bytes)).toBe(true)
  })

  it('still takes an empty SQLite file as a new store', async () => {
    const path = file('empty.db')
    new BetterSqlite3(path).close()
    const store = createSqliteEventStore({ path })
    await store.appendToStream('s', [{ type: 'A', data: {} }])
    await store.close()
  })
})
