import type { Database } from 'better-sqlite3'
import type { ProjectionStorage } from '@wenming/event-store'
import { createSqliteCheckpointStore } from './sqlite-checkpoint-store.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

export type SqliteProjectionStorageOptions<ReadModel> = {
  /** Read model to text (default `JSON.stringify`); needed for Maps, Sets, Dates. */
  serialize?: (readModel: ReadModel) => string
  /** Text back to a read model (default `JSON.parse`). */
  deserialize?: (text: string) => ReadModel
}

/**
 * Storage for a whole-model fold (the read side's `foldStorageFor`) in a SQLite database: the read model as one JSON document
 * plus its checkpoint, written in one transaction so they never disagree after a crash (without an
 * fsync of its own: see the checkpoint store's `commit`).
 *
 * @example
 * const storage = createSqliteProjectionStorage<Board>(database, 'order-board')
 */
export const createSqliteProjectionStorage = <ReadModel>(
  database: Database,
  name: string,
  options: SqliteProjectionStorageOptions<ReadModel> = {},
): ProjectionStorage<ReadModel> => {
  const serialize = options.serialize ?? ((readModel: ReadModel) => JSON.stringify(readModel))
  const deserialize = options.deserialize ?? ((text: string) => JSON.parse(text) as ReadModel)
  const checkpoints = createSqliteCheckpointStore(database)
  database.exec(
    'CREATE TABLE IF NOT EXISTS projection_read_models ' +
      '(name TEXT PRIMARY KEY, read_model TEXT NOT NULL) STRICT',
  )
  const select = database
    .prepare('SELECT read_model FROM projection_read_models WHERE name = ?')
    .pluck()
  const upsert = database.prepare(
    'INSERT INTO projection_read_models (name, read_model) VALUES (?, ?) ' +
      'ON CONFLICT (name) DO UPDATE SET read_model = excluded.read_model',
  )
  const attempt = <T>(run: () => T): Promise<T> => {
    try {
      return Promise.resolve(run())
    } catch (error) {
      return Promise.reject(toSqliteStoreError(error, database.name))
    }
  }

  return {
    load: () =>
      attempt(() => {
        const text = select.get(name) as string | undefined
        const checkpoint = checkpoints.load(name)
        if (text === undefined || checkpoint === undefined) return undefined
        return { readModel: deserialize(text), checkpoint }
      }),
    save: ({ readModel, checkpoint }) =>
      attempt(() => {
        const text = serialize(readModel)
        checkpoints.commit(name, checkpoint, () => upsert.run(name, text))
      }),
  }
}
