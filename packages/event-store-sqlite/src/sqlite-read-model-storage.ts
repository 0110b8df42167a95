import type { Database } from 'better-sqlite3'
import type {
  CommitGroup,
  ReadModel,
  ReadModelStorage,
  RowChange,
  RowProjection,
  StoredReadModel,
  TableRows,
} from '@wenming/event-store'
import { createSqliteCheckpointStore } from './sqlite-checkpoint-store.js'

const prepareOn = (database: Database, sql: string) => database.prepare<unknown[]>(sql)
type Statement = ReturnType<typeof prepareOn>

const slug = (name: string): string => name.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()

/**
 * Read-model storage in a SQLite database (the event store's own, or a file of read models): one table per read-model table,
 * `rm_<projection>_<table>(key, row)` with each row as JSON, written with the checkpoint in one
 * transaction, without an fsync of its own (the checkpoint store's `commit`: a power loss may take
 * back the last commits, which the runner then re-applies, never an append). A rebuilt model is
 * written to `rmnext_` tables that are renamed over the live ones in the same transaction, so
 * readers see the old model or the new one, never a mix.
 *
 * @example
 * const storage = createSqliteReadModelStorage(database, orderBoard)
 */
export const createSqliteReadModelStorage = <Rows extends TableRows>(
  database: Database,
  projection: RowProjection<Rows>,
  /** Storages given the same group commit a pass's batch in one transaction (readModelStoreOn). */
  group?: CommitGroup,
): ReadModelStorage<Rows> => {
  const checkpoints = createSqliteCheckpointStore(database)
  const tableName = (prefix: string, table: string): string =>
    `${prefix}_${slug(projection.name)}_${slug(table)}`
  let statements = new Map<string, Statement>()
  const statement = (sql: string): Statement => {
    let prepared = statements.get(sql)
    if (prepared === undefined) statements.set(sql, (prepared = prepareOn(database, sql)))
    return prepared
  }
  const create = (prefix: string): void => {
    for (const table of projection.tables) {
      database.exec(
        `CREATE TABLE IF NOT EXISTS ${tableName(prefix, table)} (key TEXT PRIMARY KEY, row TEXT NOT NULL) STRICT`,
      )
    }
  }
  const readTables = (): ReadModel<Rows> => {
    const readModel: Record<string, Map<string, unknown>> = {}
    for (const table of projection.tables) {
      const rows = new Map<string, unknown>()
      const select = statement(`SELECT key, row FROM ${tableName('rm', table)}`).raw()
      for (const [key, row] of select.iterate() as IterableIterator<[string, string]>) {
        rows.set(key, JSON.parse(row))
      }
      readModel[table] = rows
    }
    return readModel as ReadModel<Rows>
  }
  type Writes = { upserts: Map<string, Statement>; deletes: Map<string, Statement> }
  // Per prefix, until `replace` drops the tables they were prepared on.
  let writesOf = new Map<string, Writes>()
  const writes = (prefix: string): Writes => {
    let known = writesOf.get(prefix)
    if (known !== undefined) return known
    known = { upserts: new Map(), deletes: new Map() }
    for (const table of projection.tables) {
      const name = tableName(prefix, table)
      known.upserts.set(table, statement(`INSERT OR REPLACE INTO ${name} (key, row) VALUES (?, ?)`))
      known.deletes.set(table, statement(`DELETE FROM ${name} WHERE key = ?`))
    }
    writesOf.set(prefix, known)
    return known
  }
  const write = (prefix: string, changes: Iterable<RowChange<Rows>>): void => {
    const { upserts, deletes } = writes(prefix)
    for (const { table, key, row } of changes) {
      if (row === undefined) deletes.get(table)?.run(key)
      else upserts.get(table)?.run(key, JSON.stringify(row))
    }
  }
  function* allRows(readModel: ReadModel<Rows>): Iterable<RowChange<Rows>> {
    for (const table of projection.tables) {
      for (const [key, row] of readModel[table]) yield { table, key, row }
    }
  }

  create('rm')
  return {
    load: () => {
      const checkpoint = checkpoints.load(projection.name)
      if (checkpoint === undefined) return Promise.resolve(undefined)
      const snapshot: StoredReadModel<Rows> = { readModel: readTables(), checkpoint }
      return Promise.resolve(snapshot)
    },
    commit: (changes, checkpoint) => {
      checkpoints.commit(projection.name, checkpoint, () => write('rm', changes))
      return Promise.resolve()
    },
    ...(group === undefined
      ? {}
      : {
          joint: {
            group,
            stage: (changes, checkpoint) => () => {
              write('rm', changes)
              checkpoints.save(projection.name, checkpoint)
            },
          },
        }),
    replace: ({ readModel, checkpoint }) => {
      checkpoints.commit(projection.name, checkpoint, () => {
        for (const table of projection.tables) {
          database.exec(`DROP TABLE IF EXISTS ${tableName('rmnext', table)}`)
        }
        create('rmnext')
        write('rmnext', allRows(readModel))
        for (const table of projection.tables) {
          database.exec(`DROP TABLE ${tableName('rm', table)}`)
          database.exec(
            `ALTER TABLE ${tableName('rmnext', table)} RENAME TO ${tableName('rm', table)}`,
          )
        }
      })
      // Statements were prepared on the tables just dropped.
      statements = new Map()
      writesOf = new Map()
      return Promise.resolve()
    },
  }
}
