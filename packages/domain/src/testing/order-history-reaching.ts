import fc from 'fast-check'
import type { OrderEvent } from '../order/events.js'
import type { OrderDeciderCommand } from '../order/order-commands-with-facts.js'
import { orderDecider } from '../order/order-decider.js'
import type { OrderStatus } from '../order/state.js'
import type { SiteFacts } from '../site/site-facts.js'
import { catalogueEntry, catalogueOf } from './catalogue-builders.js'
import { commandMetadata } from './scalar-arbitraries.js'

type Step = { readonly command: (now: string) => OrderDeciderCommand; readonly waitHours?: number }

type Plan = {
  readonly start: number
  readonly gapsMinutes: readonly number[]
  readonly directive: boolean
  readonly declines: number
  readonly redispatch: boolean
  readonly teams: readonly [string, string]
  readonly cancelFrom: 'placed' | 'accepted' | 'dispatched' | 'taken'
  readonly rating: number
  readonly hours: number
}

const owner = 'resident-1'
const dispatcher = 'admin'
const leaders: Readonly<Record<string, string>> = { 'team-1': 'v-1', 'team-2': 'v-2' }
const openSite = (
  siteId: string,
  level: SiteFacts['level'],
): SiteFacts & { districtId: string } => ({
  siteId,
  level,
  status: 'open',
  clusterId: null,
  districtId: 'centre',
})
const catalogue = catalogueOf('centre', [catalogueEntry('health')])
/** The station's chain up to the centre: the centre accepts, and holds, the order (O8). */
const chain = [
  openSite('st-1', 'station'),
  openSite('in-1', 'institute'),
  openSite('centre', 'center'),
]

/** The commands that take order `orderId` to `status` along the route `plan` draws. */
const route = (status: OrderStatus, plan: Plan, orderId: string): Step[] => {
  if (status === 'none') return []
  const steps: Step[] = []
  const ownerId = plan.directive ? dispatcher : owner
  let team = plan.teams[0]
  const place = (): void => {
    steps.push({
      command: (now) => ({
        type: 'PlaceRequestOrder',
        data: {
          orderId,
          siteId: 'st-1',
          onBehalfOf: null,
          category: 'health',
          answers: {},
          need: '老人测血压',
          wantedAt: now,
        },
        metadata: commandMetadata(now, owner),
        facts: { site: openSite('st-1', 'station'), catalogue },
      }),
    })
  }
  const dispatch = (teamId: string): void => {
    steps.push({
      command: (now) => ({
        type: 'DispatchOrder',
        data: { orderId, teamId },
        metadata: commandMetadata(now, dispatcher),
        facts: { reach: 'district' },
      }),
    })
  }
  const answer = (type: 'TakeOrder' | 'DeclineOrder', teamId: string): void => {
    steps.push({
      command: (now) => ({
        ...(type === 'TakeOrder'
          ? { type, data: { orderId, teamId } }
          : { type, data: { orderId, teamId, reason: '人手不足' } }),
        metadata: commandMetadata(now, leaders[teamId]),
      }),
    })
  }
  // A request is placed, then rejected or accepted; a 定单 is dispatched as it is issued.
  if (!plan.directive || status === 'placed' || status === 'accepted' || status === 'rejected') {
    place()
    if (status === 'placed') return steps
    if (status === 'cancelled' && plan.cancelFrom === 'placed')
      return [...steps, cancel(orderId, owner)]
    const reviewer = (now: string) => commandMetadata(now, dispatcher)
    if (status === 'rejected') {
      return [
        ...steps,
        {
          command: (now) => ({
            type: 'RejectOrder',
            data: { orderId, reason: '不在服务范围' },
            metadata: reviewer(now),
          }),
        },
      ]
    }
    steps.push({
      command: (now) => ({
        type: 'AcceptOrder',
        data: { orderId },
        metadata: reviewer(now),
        facts: { chain },
      }),
    })
    if (status === 'accepted') {
      // Accepted again each time the team it was dispatched to declines.
      for (let decline = 0; decline < plan.declines; decline++) {
        dispatch(team)
        answer('DeclineOrder', team)
      }
      return steps
    }
    if (status === 'cancelled' && plan.cancelFrom === 'accepted') {
      return [...steps, cancel(orderId, owner)]
    }
    dispatch(team)
  } else {
    const teamId = team
    steps.push({
      command: (now) => ({
        type: 'IssueDirectiveOrder',
        data: {
          orderId,
          issuingSiteId: 'centre',
          teamId,
          theme: '理论宣讲',
          description: '',
          dueDate: now.slice(0, 10),
        },
        metadata: commandMetadata(now, dispatcher),
        facts: {
          issuingSite: openSite('centre', 'center'),
          teams: [{ teamId, reach: 'district', districtId: 'centre' }],
        },
      }),
    })
  }
  // Dispatched: declined and dispatched again, re-dispatched after the SLA, in any mix.
  for (let decline = 0; decline < plan.declines; decline++) {
    answer('DeclineOrder', team)
    dispatch(team)
  }
  if (plan.redispatch) {
    const previous = team
    team = previous === plan.teams[0] ? plan.teams[1] : plan.teams[0]
    const teamId = team
    steps.push({
      waitHours: 25,
      command: (now) => ({
        type: 'RedispatchOrder',
        data: { orderId, teamId },
        metadata: commandMetadata(now, dispatcher),
        facts: { reach: 'district' },
      }),
    })
  }
  if (status === 'dispatched') return steps
  if (status === 'cancelled' && plan.cancelFrom !== 'taken') {
    return [...steps, cancel(orderId, ownerId)]
  }
  answer('TakeOrder', team)
  if (status === 'taken') return steps
  if (status === 'cancelled') return [...steps, cancel(orderId, ownerId)]
  const completedBy = leaders[team] ?? 'v-1'
  const { hours } = plan
  const teamId = team
  steps.push({
    command: (now) => ({
      type: 'CompleteOrder',
      data: {
        orderId,
        teamId,
        report: {
          date: now.slice(0, 10),
          volunteerIds: [completedBy],
          hours,
          audience: 30,
          notes: '',
        },
      },
      metadata: commandMetadata(now, completedBy),
    }),
  })
  if (status === 'completed') return steps
  const rating = plan.rating
  steps.push({
    command: (now) => ({
      type: 'EvaluateOrder',
      data: { orderId, rating, comment: '' },
      metadata: commandMetadata(now, ownerId),
    }),
  })
  return steps
}

const cancel = (orderId: string, ownerId: string): Step => ({
  command: (now) => ({
    type: 'CancelOrder',
    data: { orderId, reason: '' },
    metadata: commandMetadata(now, ownerId),
  }),
})

/** Decides `steps` in order, each at its time; a refused step is a fault of this arbitrary. */
const decideAll = (steps: readonly Step[], plan: Plan): OrderEvent[] => {
  let state = orderDecider.initialState
  let time = plan.start
  const events: OrderEvent[] = []
  steps.forEach((step, index) => {
    time += (step.waitHours ?? 0) * 3_600_000 + (plan.gapsMinutes[index] ?? 1) * 60_000
    const command = step.command(new Date(time).toISOString())
    const result = orderDecider.decide(command, state)
    if (!result.ok) {
      throw new Error(`${command.type} was refused on the way: ${JSON.stringify(result.error)}`)
    }
    for (const event of result.events) {
      state = orderDecider.evolve(state, event)
      events.push(event)
    }
  })
  return events
}

/**
 * Histories of one order (`orderId`) that reach `status`: a request order or a 定单, declined and
 * dispatched again or re-dispatched on the way, at random times from 2022 on; every event is one
 * the order decider records, so folding the history gives an order in `status`.
 *
 * @example
 * fc.assert(fc.property(orderHistoryReachingArbitrary('taken'), (history) => ...))
 */
export const orderHistoryReachingArbitrary = (
  status: OrderStatus,
  orderId = 'o-1',
): fc.Arbitrary<OrderEvent[]> =>
  fc
    .record({
      start: fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2027, 0, 1) }),
      gapsMinutes: fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 16, maxLength: 16 }),
      directive: fc.boolean(),
      declines: fc.integer({ min: 0, max: 2 }),
      redispatch: fc.boolean(),
      teams: fc.constantFrom(['team-1', 'team-2'] as const, ['team-2', 'team-1'] as const),
      cancelFrom: fc.constantFrom(
        'placed' as const,
        'accepted' as const,
        'dispatched' as const,
        'taken' as const,
      ),
      rating: fc.integer({ min: 1, max: 5 }),
      hours: fc.integer({ min: 0, max: 12 }),
    })
    .map((plan) => decideAll(route(status, plan, orderId), plan))
