import { describe, it } from 'vitest'
import type { SiteFacts } from '../site/site-facts.js'
import { givenOrder } from '../testing/given.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { OrderEvent } from './events.js'
import type { OrderDeciderCommand } from './order-commands-with-facts.js'

const t0 = '2026-03-01T08:00:00.000Z'
const orderId = 'd-1'
const admin = commandMetadata(t0)
const centre: SiteFacts = {
  siteId: 'centre',
  level: 'center',
  status: 'open',
  clusterId: null,
  districtId: 'centre',
}
const report = { date: '2026-03-02', volunteerIds: ['v-1'], hours: 2, audience: 30, notes: '' }

const issue: OrderDeciderCommand = {
  type: 'IssueDirectiveOrder',
  data: {
    orderId,
    issuingSiteId: 'centre',
    teamIds: ['t-a', 't-b'],
    theme: '理论宣讲',
    description: '',
    dueDate: '2026-03-10',
  },
  metadata: admin,
  facts: {
    issuingSite: centre,
    teams: [
      { teamId: 't-a', reach: 'district', districtId: 'centre' },
      { teamId: 't-b', reach: null, districtId: 'centre' },
    ],
  },
}
const issued: OrderEvent = {
  type: 'DirectiveOrderIssued',
  data: {
    orderId,
    issuingSiteId: 'centre',
    issuerId: 'admin',
    teamId: 't-a',
    reach: 'district',
    tasks: [
      { teamId: 't-a', reach: 'district' },
      { teamId: 't-b', reach: 'directed' },
    ],
    theme: '理论宣讲',
    description: '',
    dueDate: '2026-03-10',
    at: t0,
  },
}
const take = (teamId: string): OrderDeciderCommand => ({
  type: 'TakeOrder',
  data: { orderId, teamId },
  metadata: admin,
})
const taken = (teamId: string): OrderEvent => ({
  type: 'OrderTaken',
  data: { orderId, teamId, takenBy: 'admin', at: t0 },
})
const complete = (teamId: string): OrderDeciderCommand => ({
  type: 'CompleteOrder',
  data: { orderId, teamId, report },
  metadata: admin,
})
const completed = (teamId: string): OrderEvent => ({
  type: 'OrderCompleted',
  data: { orderId, teamId, completedBy: 'admin', report, at: t0 },
})

describe('a 定单 to several teams (O7)', () => {
  it('is issued with one task per named team', () => {
    givenOrder().when(issue).then([issued])
  })

  it('lets each named team take, decline and complete its own task, once', () => {
    givenOrder([issued])
      .when(take('t-b'))
      .then([taken('t-b')])
    givenOrder([issued])
      .when(take('t-x'))
      .thenFails({ type: 'NotADirectiveTeam', orderId, teamId: 't-x' })
    givenOrder([issued, taken('t-b')])
      .when(take('t-b'))
      .thenFails({ type: 'DirectiveTaskNotOpen', orderId, teamId: 't-b', task: 'taken' })
    givenOrder([issued])
      .when(complete('t-a'))
      .thenFails({ type: 'DirectiveTaskNotOpen', orderId, teamId: 't-a', task: 'assigned' })
  })

  it('is complete with its last task, not before', () => {
    givenOrder([issued, taken('t-a'), taken('t-b')])
      .when(complete('t-a'))
      .then([completed('t-a')])
    givenOrder([issued, taken('t-a'), taken('t-b'), completed('t-a')])
      .when(complete('t-b'))
      .then([
        completed('t-b'),
        { type: 'DirectiveOrderCompleted', data: { orderId, teamIds: ['t-a', 't-b'], at: t0 } },
      ])
  })

  it('gives every open task back when the issuer cancels it', () => {
    givenOrder([issued, taken('t-a'), completed('t-a')])
      .when({ type: 'CancelOrder', data: { orderId, reason: '改期' }, metadata: admin })
      .then([
        {
          type: 'OrderCancelled',
          data: {
            orderId,
            cancelledBy: 'admin',
            reason: '改期',
            teamId: 't-b',
            teamIds: ['t-b'],
            at: t0,
          },
        },
      ])
  })

  it('refuses a team of another district among those named (D1)', () => {
    givenOrder()
      .when({
        ...issue,
        facts: {
          issuingSite: centre,
          teams: [
            { teamId: 't-a', reach: 'district', districtId: 'centre' },
            { teamId: 't-b', reach: null, districtId: 'centre-b' },
          ],
        },
      })
      .thenFails({
        type: 'TeamInAnotherDistrict',
        orderId,
        teamId: 't-b',
        teamDistrictId: 'centre-b',
        districtId: 'centre',
      })
  })
})
