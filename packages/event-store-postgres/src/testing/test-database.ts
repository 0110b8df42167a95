import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The server tests use; `WENMING_TEST_POSTGRES` overrides (a URL without a database). */
export const TEST_SERVER = process.env.WENMING_TEST_POSTGRES ?? 'postgres://root@127.0.0.1:5432'

const admin = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: `${TEST_SERVER}/postgres` })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** Creates a fresh database `wenming_test_<random>` on {@link TEST_SERVER} and returns its name. */
export const createTestDatabase = async (): Promise<string> => {
  const name = `wenming_test_${randomBytes(6).toString('hex')}`
  await admin((client) => client.query(`CREATE DATABASE ${name}`))
  return name
}

/** Drops a database {@link createTestDatabase} made (its name is checked), closing its connections. */
export const dropTestDatabase = async (name: string): Promise<void> => {
  if (!/^wenming_test_[0-9a-f]+$/.test(name)) throw new Error(`Not a test database: ${name}`)
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
}

/** The connection string of a database on {@link TEST_SERVER}. */
export const testDatabaseUrl = (name: string): string => `${TEST_SERVER}/${name}`
