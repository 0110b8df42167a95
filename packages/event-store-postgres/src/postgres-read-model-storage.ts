import type pg from 'pg'
import type {
  ReadModel,
  ReadModelStorage,
  RowProjection,
  StoredReadModel,
  TableRows,
} from '@wenming/event-store'
import { inTransaction } from './in-transaction.js'
import type { PostgresLog } from './postgres-event-store.js'
import { readModelNames } from './read-model-tables.js'

const CHUNK = 5000

type Client = Pick<pg.PoolClient, 'query'>

const saveCheckpoint = (client: Client, name: string, position: number) =>
  client.query(
    'INSERT INTO wenming_checkpoints (name, position) VALUES ($1, $2) ' +
      'ON CONFLICT (name) DO UPDATE SET position = excluded.position',
    [name, position],
  )

/** Upserts and deletes of one table, the last change of each key winning. */
const writeRows = async (
  client: Client,
  table: string,
  rows: ReadonlyMap<string, unknown>,
): Promise<void> => {
  const putKeys: string[] = []
  const putRows: string[] = []
  const deleted: string[] = []
  for (const [key, row] of rows) {
    if (row === undefined) deleted.push(key)
    else {
      putKeys.push(key)
      putRows.push(JSON.stringify(row))
    }
  }
  if (deleted.length > 0) await client.query(`DELETE FROM ${table} WHERE key = ANY ($1)`, [deleted])
  for (let i = 0; i < putKeys.length; i += CHUNK) {
    await client.query(
      `INSERT INTO ${table} (key, row) SELECT * FROM unnest($1::text[], $2::json[]) ` +
        'ON CONFLICT (key) DO UPDATE SET row = excluded.row',
      [putKeys.slice(i, i + CHUNK), putRows.slice(i, i + CHUNK)],
    )
  }
}

/**
 * Read-model storage in the event store's database: one table per read-model table,
 * `rm_<projection>_<table>(key, row json)`, written with the checkpoint in one transaction. A
 * rebuilt model is written into fresh `rmnext_` tables, then swapped in by one short transaction
 * (drop, rename, checkpoint): readers see the old model or the new one, never a mix.
 *
 * @example
 * const storage = createPostgresReadModelStorage(store.log, orderBoard)
 */
export const createPostgresReadModelStorage = <Rows extends TableRows>(
  log: PostgresLog,
  projection: RowProjection<Rows>,
): ReadModelStorage<Rows> => {
  const names = readModelNames(projection.name, log.readDistrict)
  const { pool, server } = log
  const createTables = async (client: Client, prefix: 'rm' | 'rmnext'): Promise<void> => {
    for (const table of projection.tables) {
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${names.table(prefix, table)} (key text PRIMARY KEY, row json NOT NULL)`,
      )
    }
  }
  let created: Promise<void> | undefined
  const ready = (): Promise<void> =>
    (created ??= log
      .ready()
      .then(() => inTransaction(pool, server, (client) => createTables(client, 'rm')))
      .catch((error: unknown) => {
        created = undefined
        throw error
      }))

  return {
    load: async () => {
      await ready()
      return inTransaction(pool, server, async (client) => {
        const { rows } = await client.query<{ position: number }>(
          'SELECT position FROM wenming_checkpoints WHERE name = $1',
          [names.checkpoint],
        )
        if (rows[0] === undefined) return undefined
        const readModel: Record<string, Map<string, unknown>> = {}
        for (const table of projection.tables) {
          const result = await client.query<{ key: string; row: unknown }>(
            `SELECT key, row FROM ${names.table('rm', table)}`,
          )
          readModel[table] = new Map(result.rows.map(({ key, row }) => [key, row]))
        }
        const stored: StoredReadModel<Rows> = {
          readModel: readModel as ReadModel<Rows>,
          checkpoint: rows[0].position,
        }
        return stored
      })
    },
    commit: async (changes, checkpoint) => {
      await ready()
      // Collapsed first: one statement may not touch a row twice.
      const byTable = new Map<string, Map<string, unknown>>()
      for (const { table, key, row } of changes) {
        let rows = byTable.get(table)
        if (rows === undefined) byTable.set(table, (rows = new Map<string, unknown>()))
        rows.delete(key)
        rows.set(key, row)
      }
      await inTransaction(pool, server, async (client) => {
        for (const [table, rows] of byTable) await writeRows(client, names.table('rm', table), rows)
        await saveCheckpoint(client, names.checkpoint, checkpoint)
      })
    },
    replace: async ({ readModel, checkpoint }) => {
      await ready()
      await inTransaction(pool, server, async (client) => {
        for (const table of projection.tables) {
          await client.query(`DROP TABLE IF EXISTS ${names.table('rmnext', table)}`)
        }
        await createTables(client, 'rmnext')
        for (const table of projection.tables) {
          await writeRows(client, names.table('rmnext', table), readModel[table])
        }
      })
      await inTransaction(pool, server, async (client) => {
        // Readers queue behind a DROP that waits: bound the wait on a long reader.
        await client.query(`SET LOCAL lock_timeout = '10s'`)
        for (const table of projection.tables) {
          await client.query(`DROP TABLE ${names.table('rm', table)}`)
          await client.query(
            `ALTER TABLE ${names.table('rmnext', table)} RENAME TO ${names.table('rm', table)}`,
          )
        }
        await saveCheckpoint(client, names.checkpoint, checkpoint)
      })
    },
  }
}
