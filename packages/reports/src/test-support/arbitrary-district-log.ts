import fc from 'fast-check'
import {
  activityHeld,
  clusterEvent,
  clusterFormed,
  directiveIssued,
  dispatched,
  evaluated,
  memberJoined,
  memberLeft,
  orderEvent,
  requestPlaced,
  siteRegistered,
  teamDissolved,
  teamRegistered,
  type TestEvent,
} from './event-builders.js'

const START = Date.parse('2021-12-20T00:00:00Z')
const MINUTE = 60_000
const SITES = ['c', 'i1', 's1', 's2', 'p1', 'c2', 'j1'] as const
const KINDS = ['square', 'regular', 'festival', 'traffic_persuasion', 'themed'] as const
const FESTIVALS = ['春节', '清明', '端午', '中秋', '重阳'] as const

const network = (): TestEvent[] => {
  const at = new Date(START - 10 * 86_400_000).toISOString()
  return [
    siteRegistered('c', null, 'center', at),
    siteRegistered('i1', 'c', 'institute', at),
    siteRegistered('s1', 'i1', 'station', at),
    siteRegistered('s2', 'i1', 'station', at),
    siteRegistered('p1', 's1', 'point', at),
    siteRegistered('c2', null, 'center', at),
    siteRegistered('j1', 'c2', 'institute', at),
  ]
}

const minute = fc.integer({ min: 0, max: 400 * 1440 })
const step = fc.integer({ min: 1, max: 3 * 1440 })
const site = fc.constantFrom(...SITES)
const iso = (minutes: number) => new Date(START + minutes * MINUTE).toISOString()

const teamArb = fc.record({
  home: site,
  org: fc.constantFrom('o1', 'o2', 'o3'),
  leader: fc.integer({ min: 0, max: 12 }),
  at: minute,
  members: fc.array(
    fc.record({ v: fc.integer({ min: 0, max: 12 }), after: step, leaves: fc.option(step) }),
    { maxLength: 4 },
  ),
  dissolves: fc.option(fc.integer({ min: 1, max: 200 * 1440 })),
})

const orderArb = fc.record({
  directive: fc.boolean(),
  site,
  at: minute,
  steps: fc.array(step, { minLength: 10, maxLength: 10 }),
  rejected: fc.boolean(),
  declined: fc.boolean(),
  redispatched: fc.boolean(),
  pooled: fc.boolean(),
  stage: fc.integer({ min: 0, max: 5 }),
  cancelled: fc.boolean(),
  rating: fc.integer({ min: 1, max: 5 }),
})

const activityArb = fc.record({
  site,
  kind: fc.constantFrom(...KINDS),
  festival: fc.constantFrom(...FESTIVALS),
  intersection: fc.constantFrom('x1', 'x2', 'x3'),
  at: minute,
  lateMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 * 1440 })),
  audience: fc.integer({ min: 0, max: 500 }),
})

const clusterArb = fc.record({
  lead: site,
  at: minute,
  leaves: fc.option(step),
  dissolves: fc.option(fc.integer({ min: 1, max: 100 * 1440 })),
})

type Timed = { minutes: number; seq: number; event: TestEvent }

type OrderPlan = typeof orderArb extends fc.Arbitrary<infer T> ? T : never

const orderEvents = (o: OrderPlan, id: string, add: (m: number, e: TestEvent) => void): void => {
  let t = o.at
  const next = (i: number) => (t += o.steps[i]!)
  if (o.directive) {
    add(t, directiveIssued(id, o.site, 'team', iso(t)))
  } else {
    add(t, requestPlaced(id, o.site, iso(t)))
    if (o.rejected) return add(next(0), orderEvent('OrderRejected', id, iso(t)))
    add(next(0), orderEvent('OrderAccepted', id, iso(t)))
    if (o.stage === 0) return
    add(next(1), dispatched(id, 'team', iso(t), o.pooled ? 'pooled' : 'local'))
    if (o.declined) {
      add(next(2), orderEvent('OrderDeclined', id, iso(t)))
      add(next(3), dispatched(id, 'team', iso(t), 'district'))
    }
    if (o.redispatched) add(next(4), dispatched(id, 'team2', iso(t), 'pooled', true))
  }
  if (o.stage <= 1) {
    if (o.cancelled && !o.directive) add(next(5), orderEvent('OrderCancelled', id, iso(t)))
    return
  }
  add(next(6), orderEvent('OrderTaken', id, iso(t)))
  if (o.stage === 2) return
  add(next(7), orderEvent('OrderCompleted', id, iso(t)))
  if (o.stage === 3) return
  add(next(8), evaluated(id, o.rating, iso(t)))
}

/**
 * Random event logs of two districts over 2022 and its edges, in the order a store would hold them
 * (by time): teams and members, request and directive orders, activities (some reported late) and
 * clusters.
 */
export const arbitraryDistrictLog = (): fc.Arbitrary<TestEvent[]> =>
  fc
    .record({
      teams: fc.array(teamArb, { maxLength: 8 }),
      orders: fc.array(orderArb, { maxLength: 12 }),
      activities: fc.array(activityArb, { maxLength: 15 }),
      clusters: fc.array(clusterArb, { maxLength: 3 }),
    })
    .map(({ teams, orders, activities, clusters }) => {
      const timed: Timed[] = []
      const add = (minutes: number, event: TestEvent) => {
        timed.push({ minutes, seq: timed.length, event })
      }
      teams.forEach((team, i) => {
        const id = `t${i}`
        add(team.at, teamRegistered(id, team.home, team.org, `v${team.leader}`, iso(team.at)))
        for (const m of team.members) {
          add(team.at + m.after, memberJoined(id, `v${m.v}`, iso(team.at + m.after)))
          if (m.leaves !== null) {
            const left = team.at + m.after + m.leaves
            add(left, memberLeft(id, `v${m.v}`, iso(left)))
          }
        }
        if (team.dissolves !== null) {
          const end = team.at + 3 * 1440 * 5 + team.dissolves
          add(end, teamDissolved(id, iso(end)))
        }
      })
      orders.forEach((order, i) => orderEvents(order, `o${i}`, add))
      activities.forEach((a, i) => {
        const held = iso(a.at)
        const at = iso(a.at + a.lateMinutes)
        const date = new Date(Date.parse(held) + 8 * 3_600_000).toISOString().slice(0, 10)
        add(
          a.at + a.lateMinutes,
          activityHeld(`a${i}`, a.site, a.kind, date, {
            ...(a.kind === 'festival' ? { festival: a.festival } : {}),
            ...(a.kind === 'traffic_persuasion' ? { intersection: a.intersection } : {}),
            audience: a.audience,
            at,
          }),
        )
      })
      clusters.forEach((c, i) => {
        const id = `k${i}`
        add(c.at, clusterFormed(id, c.lead, ['m1', 'm2'], iso(c.at)))
        if (c.leaves !== null)
          add(c.at + c.leaves, clusterEvent('ClusterSiteLeft', id, 'm1', iso(c.at + c.leaves)))
        if (c.dissolves !== null) {
          const end = c.at + 3 * 1440 + c.dissolves
          add(end, clusterEvent('ClusterDissolved', id, c.lead, iso(end)))
        }
      })
      timed.sort((a, b) => a.minutes - b.minutes || a.seq - b.seq)
      return [...network(), ...timed.map((t) => t.event)]
    })
