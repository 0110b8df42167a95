import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSqliteEventStore } from '@wenming/event-store-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectOneLine, wenming } from './testing/run-wenming.js'

const at = '2022-03-01T02:00:00.000Z'
const coordinates = { latitude: 26.6, longitude: 118.2 }
const site = (siteId: string, parentId: string | null, level: string, name: string) => ({
  type: 'SiteRegistered',
  data: { siteId, parentId, level, name, kind: '社区', coordinates, at },
})
const placed = (orderId: string, siteId: string) => ({
  type: 'RequestOrderPlaced',
  data: {
    orderId,
    siteId,
    requesterId: 'resident',
    onBehalfOf: null,
    category: 'culture',
    need: '',
    wantedAt: at,
    at,
  },
})

describe('wenming report of an institute, station or cluster', () => {
  let dir: string
  let store: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-cli-scope-'))
    const path = join(dir, 'wenming.db')
    const sqlite = createSqliteEventStore({ path, durability: 'normal' })
    await sqlite.appendToStream('site-c', [site('c', null, 'center', '延平区新时代文明实践中心')])
    await sqlite.appendToStream('site-i1', [
      site('i1', 'c', 'institute', '水南街道新时代文明实践所'),
    ])
    await sqlite.appendToStream('site-s1', [site('s1', 'i1', 'station', '水南村新时代文明实践站')])
    await sqlite.appendToStream('site-s2', [site('s2', 'i1', 'station', '安丰村新时代文明实践站')])
    for (const [orderId, siteId] of [
      ['o1', 's1'],
      ['o2', 's1'],
      ['o3', 's2'],
      ['o4', 'c'],
    ]) {
      await sqlite.appendToStream(`order-${orderId}`, [placed(orderId!, siteId!)])
    }
    await sqlite.close()
    store = `sqlite:${path}`
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const placedIn = (...scope: string[]): number => {
    const result = wenming([
      'report',
      '--year',
      '2022',
      '--format',
      'json',
      '--store',
      store,
      ...scope,
    ])
    expect(result.code, result.stderr).toBe(0)
    return (JSON.parse(result.stdout) as { requestOrders: { placed: number } }).requestOrders.placed
  }

  it('states the figures of the scope asked for', { timeout: 60_000 }, () => {
    expect(placedIn()).toBe(4)
    expect(placedIn('--institute', 'i1')).toBe(3)
    expect(placedIn('--station', 's1')).toBe(2)
    expect(placedIn('--station', 's2')).toBe(1)
    const text = wenming(['report', '--year', '2022', '--store', store, '--institute', 'i1'])
    expect(text.stdout.split('\n')[0]).toBe('2022年，水南街道新时代文明实践所工作情况总结如下。')
    const csv = wenming([
      'report',
      '--year',
      '2022',
      '--format',
      'csv',
      '--store',
      store,
      '--station',
      's1',
    ])
    expect(csv.stdout.slice(1).split('\r\n')[0]).toBe(
      '水南村新时代文明实践站工作报告（2022-01-01 至 2022-12-31）',
    )
  })

  it(
    'refuses an unknown site, a station given as an institute, and two scopes',
    { timeout: 60_000 },
    () => {
      const base = ['report', '--year', '2022', '--store', store]
      expectOneLine(wenming([...base, '--station', 's9']), 1, /No site s9 in the log\./)
      expectOneLine(
        wenming([...base, '--institute', 's1']),
        1,
        /Site s1 is a station, not an institute\. Use --station s1\./,
      )
      expectOneLine(wenming([...base, '--cluster', 'k9']), 1, /No cluster k9 in the log\./)
      expectOneLine(
        wenming([...base, '--station', 's1', '--cluster', 'k1']),
        2,
        /cannot be used with/,
      )
    },
  )
})
