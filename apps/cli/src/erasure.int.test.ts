import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { wenmingPersonalData } from '@wenming/domain'
import { ERASED } from '@wenming/event-store'
import { createSqliteEventStore } from '@wenming/event-store-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js')

const wenming = (args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

type Line = { type: string; data: { volunteerId?: string; profile?: Record<string, string> } }

const registrations = (stdout: string): Line[] =>
  stdout
    .split('\n')
    .filter((line) => line.includes('VolunteerRegistered'))
    .map((line) => JSON.parse(line) as Line)
    .filter((line) => line.type === 'VolunteerRegistered')

describe('an erased volunteer through the wenming binary', () => {
  let dir: string
  let path: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-cli-erasure-'))
    path = join(dir, 'wenming.db')
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it(
    'reads as erased in events tail, and the report keeps every figure',
    { timeout: 240_000 },
    async () => {
      const store = `sqlite:${path}`
      const demo = wenming([
        'demo',
        '--year',
        '2022',
        '--orders',
        '20',
        '--activities',
        '20',
        '--store',
        store,
      ])
      expect(demo.code, demo.stderr).toBe(0)
      const report = () =>
        wenming(['report', '--year', '2022', '--format', 'json', '--store', store])
      const before = report()
      expect(before.code, before.stderr).toBe(0)
      const tail = () =>
        wenming(['events', 'tail', '--from', '1', '--limit', '1000000', '--store', store])
      const [first, second] = registrations(tail().stdout)
      expect(first?.data.profile?.['name']).not.toBe(ERASED)
      const volunteerId = first!.data.volunteerId!

      // What POST /erasures does to the store, on the same file the CLI opens.
      const opened = createSqliteEventStore({ path, personalData: { policy: wenmingPersonalData } })
      expect(await opened.erasePersonalData?.(volunteerId)).toBe(true)
      await opened.close()

      const after = registrations(tail().stdout)
      expect(after[0]).toMatchObject({
        data: { volunteerId, profile: { name: ERASED, idNumber: ERASED, phone: ERASED } },
      })
      expect(after[1]).toEqual(second)
      expect(report().stdout).toBe(before.stdout)
    },
  )
})
