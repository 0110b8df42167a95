import type pg from 'pg'
import { newDataKey, type DataKeyStore } from '@wenming/event-store'
import { withRetries } from './with-retries.js'

/** The schema the data keys live in, apart from the log's tables, with its own backup rule. */
export const KEYS_SCHEMA = 'wenming_keys'

/**
 * The data keys of a PostgreSQL log in `wenming_keys.data_keys`, a schema of its own: dump the log
 * without it (`pg_dump --exclude-schema=wenming_keys`) and the keys on their own rule. Created on
 * first use; a key another process made first is the one kept.
 */
export const createPostgresKeyStore = (pool: pg.Pool, server: string): DataKeyStore => {
  let ready: Promise<unknown> | undefined
  const ensure = (): Promise<unknown> =>
    (ready ??= withRetries(
      server,
      () =>
        pool.query(
          `CREATE SCHEMA IF NOT EXISTS ${KEYS_SCHEMA};
           CREATE TABLE IF NOT EXISTS ${KEYS_SCHEMA}.data_keys (
             subject text PRIMARY KEY,
             key bytea NOT NULL,
             created_at timestamptz NOT NULL DEFAULT now()
           )`,
        ),
      true,
    ).catch((error: unknown) => {
      ready = undefined
      throw error
    }))
  const read = async (subjects: readonly string[]): Promise<Map<string, Uint8Array>> => {
    await ensure()
    const { rows } = await withRetries(
      server,
      () =>
        pool.query<{ subject: string; key: Buffer }>(
          `SELECT subject, key FROM ${KEYS_SCHEMA}.data_keys WHERE subject = ANY ($1)`,
          [subjects],
        ),
      true,
    )
    return new Map(rows.map((row) => [row.subject, row.key]))
  }
  return {
    read,
    readOrCreate: async (subjects) => {
      const found = await read(subjects)
      const missing = subjects.filter((subject) => !found.has(subject))
      if (missing.length === 0) return found
      await withRetries(
        server,
        () =>
          pool.query(
            `INSERT INTO ${KEYS_SCHEMA}.data_keys (subject, key)
             SELECT * FROM unnest($1::text[], $2::bytea[]) ON CONFLICT (subject) DO NOTHING`,
            [missing, missing.map(() => Buffer.from(newDataKey()))],
          ),
        true,
      )
      return read(subjects)
    },
    delete: async (subject) => {
      await ensure()
      const result = await withRetries(
        server,
        () => pool.query(`DELETE FROM ${KEYS_SCHEMA}.data_keys WHERE subject = $1`, [subject]),
        false,
      )
      return (result.rowCount ?? 0) > 0
    },
  }
}
