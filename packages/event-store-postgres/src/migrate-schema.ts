import type pg from 'pg'
import { PostgresSchemaTooNewError } from './postgres-store-errors.js'
import { MIGRATION_LOCK_KEY, MIGRATIONS, SCHEMA_VERSION } from './schema.js'
import { toPostgresStoreError } from './to-postgres-store-error.js'
import { usingClient } from './using-client.js'

/** What a migration found and did. */
export type MigrationResult = { from: number; to: number }

/**
 * Brings the database to {@link SCHEMA_VERSION} in one transaction, under an advisory lock so two
 * processes never migrate at once; refuses a database of a newer version without changing it.
 */
export const migrateSchema = async (pool: pg.Pool, server: string): Promise<MigrationResult> => {
  try {
    return await usingClient(pool, async (client) => {
      try {
        await client.query('BEGIN')
        await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`)
        await client.query('CREATE TABLE IF NOT EXISTS wenming_schema (version int NOT NULL)')
        const { rows } = await client.query<{ version: number }>(
          'SELECT version FROM wenming_schema',
        )
        const from = rows[0]?.version ?? 0
        if (from > SCHEMA_VERSION) throw new PostgresSchemaTooNewError(server, from, SCHEMA_VERSION)
        for (let next = from; next < SCHEMA_VERSION; next++) await client.query(MIGRATIONS[next]!)
        if (rows.length === 0) {
          await client.query('INSERT INTO wenming_schema (version) VALUES ($1)', [SCHEMA_VERSION])
        } else if (from < SCHEMA_VERSION) {
          await client.query('UPDATE wenming_schema SET version = $1', [SCHEMA_VERSION])
        }
        await client.query('COMMIT')
        return { from, to: Math.max(from, SCHEMA_VERSION) }
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      }
    })
  } catch (error) {
    throw toPostgresStoreError(error, server)
  }
}
