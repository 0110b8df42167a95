import type { Projection, ProjectionStorage } from '@wenming/event-store'
import { inTransaction } from './in-transaction.js'
import type { PostgresLog } from './postgres-event-store.js'
import { readModelNames } from './read-model-tables.js'

/**
 * Storage for a whole-model fold (a report) in the event store's database: the model as one JSON
 * document and its checkpoint, written in one transaction. The model must survive
 * `JSON.stringify` (plain data: no Maps, Sets or Dates).
 */
export const createPostgresProjectionStorage = <ReadModel>(
  log: PostgresLog,
  projection: Pick<Projection<ReadModel>, 'name'>,
): ProjectionStorage<ReadModel> => {
  const { checkpoint: name } = readModelNames(projection.name, log.readDistrict)
  return {
    load: async () => {
      await log.ready()
      return inTransaction(log.pool, log.server, async (client) => {
        const { rows } = await client.query<{ read_model: ReadModel; position: number }>(
          'SELECT m.read_model, c.position FROM wenming_fold_models m ' +
            'JOIN wenming_checkpoints c ON c.name = m.name WHERE m.name = $1',
          [name],
        )
        const row = rows[0]
        return row === undefined
          ? undefined
          : { readModel: row.read_model, checkpoint: row.position }
      })
    },
    save: async ({ readModel, checkpoint }) => {
      await log.ready()
      await inTransaction(log.pool, log.server, async (client) => {
        await client.query(
          'INSERT INTO wenming_fold_models (name, read_model) VALUES ($1, $2) ' +
            'ON CONFLICT (name) DO UPDATE SET read_model = excluded.read_model',
          [name, JSON.stringify(readModel)],
        )
        await client.query(
          'INSERT INTO wenming_checkpoints (name, position) VALUES ($1, $2) ' +
            'ON CONFLICT (name) DO UPDATE SET position = excluded.position',
          [name, checkpoint],
        )
      })
    },
  }
}
