import {
  createInMemoryEventStore,
  createInMemoryReadModelStorage,
  openProjectionRunner,
  rowSlot,
  type EventData,
} from '@wenming/event-store'
import { networkDirectory, queryServiceCircle } from '@wenming/projections'
import type { Benchmark } from './metric.js'

const SITES = 10_000
const TEAMS = 3_000
const QUERIES = 5_000

/** A deterministic spread of points over a district of about 40 x 40 km. */
const point = (i: number) => ({
  latitude: 30 + ((i * 7_919) % 10_007) / 27_800,
  longitude: 120 + ((i * 104_729) % 10_009) / 24_000,
})

const events = (): { stream: string; event: EventData }[] => {
  const out: { stream: string; event: EventData }[] = []
  const at = '2022-01-01T00:00:00.000Z'
  for (let i = 0; i < SITES; i++) {
    out.push({
      stream: `site-s${i}`,
      event: {
        type: 'SiteRegistered',
        data: {
          siteId: `s${i}`,
          parentId: i === 0 ? null : 's0',
          level: i === 0 ? 'center' : 'station',
          name: `站 ${i}`,
          kind: '社区',
          coordinates: point(i),
          at,
        },
      },
    })
  }
  for (let i = 0; i < TEAMS; i++) {
    out.push({
      stream: `team-t${i}`,
      event: {
        type: 'TeamRegistered',
        data: {
          teamId: `t${i}`,
          name: `队 ${i}`,
          homeSiteId: `s${(i * 3) % SITES}`,
          organizationId: 'org',
          platform: 'health',
          categories: [i % 2 === 0 ? 'health' : 'culture'],
          capacity: 3,
          leader: { volunteerId: `v${i}`, displayName: '队长' },
          at,
        },
      },
    })
  }
  return out
}

/**
 * The service circle (15 minutes' walk) on a network of 10,000 sites and 3,000 teams, in memory:
 * 5,000 queries around random sites, half with a category; the p50 and p99 of one query.
 */
export const circleBench: Benchmark = {
  name: 'circle',
  description: 'service circle query on 10,000 sites and 3,000 teams (in memory): p50 and p99',
  run: async ({ log }) => {
    const store = createInMemoryEventStore()
    for (const { stream, event } of events()) await store.appendToStream(stream, [event])
    const runner = await openProjectionRunner({
      store,
      slots: [rowSlot(networkDirectory, createInMemoryReadModelStorage(networkDirectory))],
    })
    await runner.catchUp()
    const model = runner.readModel(networkDirectory)
    log(`circle: ${model.sites.size} sites, ${model.teams.size} teams; ${QUERIES} queries`)
    const samples: number[] = []
    let found = 0
    for (let i = 0; i < QUERIES + 500; i++) {
      const from = point((i * 31) % SITES)
      const started = performance.now()
      const answer = queryServiceCircle(model, {
        from,
        ...(i % 2 === 0 ? { category: 'health' } : {}),
      })
      const ms = performance.now() - started
      found += answer.sites.length + answer.teams.length
      if (i >= 500) samples.push(ms) // the first 500 warm up the JIT
    }
    samples.sort((a, b) => a - b)
    const at = (q: number) =>
      samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0
    log(`circle: ${(found / (QUERIES + 500)).toFixed(1)} sites and teams found per query`)
    await store.close()
    return [
      { name: 'circle.query_p50_ms', value: at(0.5), unit: 'ms' },
      { name: 'circle.query_p95_ms', value: at(0.95), unit: 'ms' },
      { name: 'circle.query_p99_ms', value: at(0.99), unit: 'ms' },
    ]
  },
}
