import { afterAll, beforeAll } from 'vitest'
import { createTestDatabase, dropTestDatabase, testDatabaseUrl } from '../testing/test-database.js'

export { createTestDatabase, dropTestDatabase, TEST_SERVER } from '../testing/test-database.js'

/**
 * A fresh database for the test file: created before its tests, dropped after. Returns a function
 * giving its connection string.
 */
export const useTestDatabase = (): (() => string) => {
  let name: string | undefined
  beforeAll(async () => {
    name = await createTestDatabase()
  })
  afterAll(async () => {
    if (name !== undefined) await dropTestDatabase(name)
  })
  return () => {
    if (name === undefined) throw new Error('The test database is created in beforeAll')
    return testDatabaseUrl(name)
  }
}
