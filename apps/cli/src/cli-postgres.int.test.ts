import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  createTestDatabase,
  dropTestDatabase,
  testDatabaseUrl,
} from '@wenming/event-store-postgres/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'wenming.js')

const wenming = (args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the wenming binary on PostgreSQL', () => {
  let database: string
  let store: string
  beforeAll(async () => {
    database = await createTestDatabase()
    store = testDatabaseUrl(database)
  })
  afterAll(async () => {
    await dropTestDatabase(database)
  })

  it(
    'migrates a fresh database, simulates a year into it, and reports and rebuilds from it',
    { timeout: 240_000 },
    () => {
      const migrate = wenming(['migrate', '--store', store])
      expect(migrate.stderr).toBe('')
      expect(migrate.stdout).toMatch(/migrated from version 0 to \d+/)
      expect(wenming(['migrate', '--store', store]).stdout).toContain('nothing to do')
      const demo = wenming([
        'demo',
        '--year',
        '2022',
        '--orders',
        '40',
        '--activities',
        '40',
        '--store',
        store,
      ])
      expect(demo.code, demo.stderr).toBe(0)
      const json = wenming(['report', '--year', '2022', '--format', 'json', '--store', store])
      expect(json.code, json.stderr).toBe(0)
      const report = JSON.parse(json.stdout) as { requestOrders: { accepted: number } }
      expect(report.requestOrders.accepted).toBeGreaterThan(0)
      // The report from the log is the one the demo printed as it wrote.
      expect(wenming(['report', '--year', '2022', '--store', store]).stdout).toBe(demo.stdout)
      const rebuild = wenming(['rebuild', '--store', store])
      expect(rebuild.code).toBe(0)
      expect(rebuild.stderr + rebuild.stdout).toContain('PostgreSQL')
    },
  )

  it('names the server when PostgreSQL does not answer', { timeout: 60_000 }, () => {
    const refused = wenming([
      'report',
      '--year',
      '2022',
      '--store',
      'postgres://root@127.0.0.1:1/x',
    ])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('127.0.0.1:1/x')
  })
})
