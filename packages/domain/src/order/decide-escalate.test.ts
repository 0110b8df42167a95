import { describe, it } from 'vitest'
import type { SiteFacts } from '../site/site-facts.js'
import { givenOrder } from '../testing/given.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { OrderEvent } from './events.js'
import type { HolderLevel } from './holder.js'
import type { EligibleReach, OrderDeciderCommand } from './order-commands-with-facts.js'

const t0 = '2026-03-01T08:00:00.000Z'
const orderId = 'o-1'
const admin = commandMetadata(t0, 'admin-st-1')
const site = (siteId: string, level: SiteFacts['level']): SiteFacts => ({
  siteId,
  level,
  status: 'open',
  clusterId: null,
})
const chain = [site('st-1', 'station'), site('in-1', 'institute'), site('centre', 'center')]
const at = {
  station: { level: 'station', siteId: 'st-1' },
  institute: { level: 'institute', siteId: 'in-1' },
  centre: { level: 'centre', siteId: 'centre' },
} as const

const placed: OrderEvent = {
  type: 'RequestOrderPlaced',
  data: {
    orderId,
    siteId: 'st-1',
    requesterId: 'resident-1',
    onBehalfOf: null,
    category: 'health',
    need: '',
    wantedAt: t0,
    at: t0,
  },
}
const acceptedBy = (level: HolderLevel): OrderEvent => ({
  type: 'OrderAccepted',
  data: { orderId, acceptedBy: 'admin-st-1', holder: at[level], at: t0 },
})
const escalated = (from: HolderLevel, to: HolderLevel): OrderEvent => ({
  type: 'OrderEscalated',
  data: {
    orderId,
    from: at[from],
    to: at[to],
    reason: '本站无力承接',
    by: 'admin-st-1',
    at: t0,
  },
})
const accept = (holder: HolderLevel, sites = chain): OrderDeciderCommand => ({
  type: 'AcceptOrder',
  data: { orderId, holder },
  metadata: admin,
  facts: { chain: sites },
})
const escalate: OrderDeciderCommand = {
  type: 'EscalateOrder',
  data: { orderId, reason: '本站无力承接' },
  metadata: admin,
  facts: { chain },
}
const dispatch = (reach: EligibleReach): OrderDeciderCommand => ({
  type: 'DispatchOrder',
  data: { orderId, teamId: 'team-1' },
  metadata: admin,
  facts: { reach },
})
const dispatched = (reach: 'local' | 'pooled' | 'institute' | 'district'): OrderEvent => ({
  type: 'OrderDispatched',
  data: { orderId, teamId: 'team-1', reach, dispatchedBy: 'admin-st-1', at: t0 },
})

describe('AcceptOrder: the accepting level holds the order (O8)', () => {
  it('makes the order’s station its holder when the station accepts', () => {
    givenOrder([placed])
      .when(accept('station'))
      .then([acceptedBy('station')])
  })

  it('makes the station’s institute the holder when the institute accepts', () => {
    givenOrder([placed])
      .when(accept('institute'))
      .then([acceptedBy('institute')])
  })

  it('makes the centre the holder when no level is named', () => {
    givenOrder([placed])
      .when({ type: 'AcceptOrder', data: { orderId }, metadata: admin, facts: { chain } })
      .then([acceptedBy('centre')])
  })

  it('refuses a station as the holder of an order placed above any station', () => {
    givenOrder([{ ...placed, data: { ...placed.data, siteId: 'in-1' } }])
      .when(accept('station', chain.slice(1)))
      .thenFails({ type: 'NoHolderAtLevel', orderId, level: 'station' })
  })
})

describe('EscalateOrder: the holder passes the order one level up (O8)', () => {
  it('passes a station’s order to its institute, with the reason', () => {
    givenOrder([placed, acceptedBy('station')])
      .when(escalate)
      .then([escalated('station', 'institute')])
  })

  it('passes an institute’s order to the centre, history keeping the first hand-over', () => {
    givenOrder([placed, acceptedBy('station'), escalated('station', 'institute')])
      .when(escalate)
      .then([escalated('institute', 'centre')])
  })

  it('refuses to escalate an order the centre holds', () => {
    givenOrder([placed, acceptedBy('centre')])
      .when(escalate)
      .thenFails({ type: 'OrderHeldByCentre', orderId })
  })

  it('refuses to escalate an order accepted before O8 (the centre held it)', () => {
    givenOrder([placed, { type: 'OrderAccepted', data: { orderId, acceptedBy: 'c', at: t0 } }])
      .when(escalate)
      .thenFails({ type: 'OrderHeldByCentre', orderId })
  })

  it('refuses to escalate an order not yet accepted', () => {
    givenOrder([placed])
      .when(escalate)
      .thenFails({ type: 'OrderNotAccepted', orderId, status: 'placed' })
  })

  it('refuses to escalate a dispatched order', () => {
    givenOrder([placed, acceptedBy('station'), dispatched('local')])
      .when(escalate)
      .thenFails({ type: 'OrderNotAccepted', orderId, status: 'dispatched' })
  })

  it('refuses to escalate an unknown order', () => {
    givenOrder().when(escalate).thenFails({ type: 'OrderNotFound', orderId })
  })

  it('refuses when the chain has no site at the next level', () => {
    givenOrder([placed, acceptedBy('station')])
      .when({ ...escalate, facts: { chain: chain.slice(0, 1) } })
      .thenFails({ type: 'NoHolderAtLevel', orderId, level: 'institute' })
  })
})

describe('DispatchOrder within the holder’s reach (O8)', () => {
  it('lets a station dispatch to its own team', () => {
    givenOrder([placed, acceptedBy('station')])
      .when(dispatch('local'))
      .then([dispatched('local')])
  })

  it('refuses a station’s dispatch to a pooled team', () => {
    givenOrder([placed, acceptedBy('station')])
      .when(dispatch('pooled'))
      .thenFails({
        type: 'TeamBeyondHolderReach',
        orderId,
        teamId: 'team-1',
        holder: 'station',
        reach: 'pooled',
      })
  })

  it('lets the institute it was escalated to dispatch to a pooled team', () => {
    givenOrder([placed, acceptedBy('station'), escalated('station', 'institute')])
      .when(dispatch('pooled'))
      .then([dispatched('pooled')])
  })

  it('lets an institute dispatch to a team of one of its stations', () => {
    givenOrder([placed, acceptedBy('institute')])
      .when(dispatch('institute'))
      .then([dispatched('institute')])
  })

  it('refuses an institute’s dispatch to a district-level team', () => {
    givenOrder([placed, acceptedBy('institute')])
      .when(dispatch('district'))
      .thenFails({
        type: 'TeamBeyondHolderReach',
        orderId,
        teamId: 'team-1',
        holder: 'institute',
        reach: 'district',
      })
  })

  it('lets the centre dispatch to a district-level team once escalated to it', () => {
    givenOrder([
      placed,
      acceptedBy('station'),
      escalated('station', 'institute'),
      escalated('institute', 'centre'),
    ])
      .when(dispatch('district'))
      .then([dispatched('district')])
  })

  it('refuses any level a team out of reach altogether (O3)', () => {
    givenOrder([placed, acceptedBy('centre')])
      .when(dispatch(null))
      .thenFails({ type: 'TeamOutOfReach', orderId, teamId: 'team-1' })
  })
})
