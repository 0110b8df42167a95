export {
  createTestDatabase,
  dropTestDatabase,
  TEST_SERVER,
  testDatabaseUrl,
} from './test-database.js'
