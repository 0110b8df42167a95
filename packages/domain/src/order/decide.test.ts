import { describe, it } from 'vitest'
import type { SiteFacts } from '../site/site-facts.js'
import { catalogueEntry, catalogueOf } from '../testing/catalogue-builders.js'
import { givenOrder } from '../testing/given.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { OrderEvent } from './events.js'
import type {
  EligibleReach,
  OrderDeciderCommand,
  PlaceRequestOrderWithSite,
} from './order-commands-with-facts.js'

/** Commands that need no facts. */
type OrderCommand = Exclude<
  OrderDeciderCommand,
  { type: 'PlaceRequestOrder' | 'IssueDirectiveOrder' | 'DispatchOrder' | 'RedispatchOrder' }
>

const t0 = '2026-03-01T08:00:00.000Z'
const later = '2026-03-02T08:00:00.000Z' // 24 h after t0
const orderId = 'o-1'
const teamId = 'team-1'
const admin = commandMetadata(t0)
const resident = commandMetadata(t0, 'resident-1')
const volunteer = commandMetadata(t0, 'v-1')
const station: SiteFacts = { siteId: 'st-1', level: 'station', status: 'open', clusterId: null }
const centre: SiteFacts = { siteId: 'centre', level: 'center', status: 'open', clusterId: null }

const placed: OrderEvent = {
  type: 'RequestOrderPlaced',
  data: {
    orderId,
    siteId: 'st-1',
    requesterId: 'resident-1',
    onBehalfOf: null,
    category: 'health',
    need: '测血压',
    wantedAt: t0,
    at: t0,
  },
}
const accepted: OrderEvent = {
  type: 'OrderAccepted',
  data: { orderId, acceptedBy: 'admin', holder: { level: 'centre', siteId: 'centre' }, at: t0 },
}
const dispatched: OrderEvent = {
  type: 'OrderDispatched',
  data: { orderId, teamId, reach: 'local', dispatchedBy: 'admin', at: t0 },
}
const taken: OrderEvent = { type: 'OrderTaken', data: { orderId, teamId, takenBy: 'v-1', at: t0 } }
const report = { date: '2026-03-01', volunteerIds: ['v-1'], hours: 2, audience: 30, notes: '' }
const completed: OrderEvent = {
  type: 'OrderCompleted',
  data: { orderId, teamId, completedBy: 'v-1', report, at: t0 },
}
const evaluated: OrderEvent = {
  type: 'OrderEvaluated',
  data: { orderId, teamId, evaluatedBy: 'resident-1', rating: 5, comment: '', at: t0 },
}
const cancelled: OrderEvent = {
  type: 'OrderCancelled',
  data: { orderId, cancelledBy: 'resident-1', reason: '', teamId: null, at: t0 },
}

const healthCatalogue = catalogueOf('centre', [catalogueEntry('health')])

const place = (site: SiteFacts | null): PlaceRequestOrderWithSite => ({
  type: 'PlaceRequestOrder',
  data: {
    orderId,
    siteId: 'st-1',
    onBehalfOf: null,
    category: 'health',
    answers: {},
    need: '测血压',
    wantedAt: t0,
  },
  metadata: resident,
  facts: { site, catalogue: healthCatalogue },
})
const issue = (
  issuingSite: SiteFacts | null,
  reach: EligibleReach = null,
  teamDistrictId: string | null = 'centre',
): OrderDeciderCommand => ({
  type: 'IssueDirectiveOrder',
  data: {
    orderId,
    issuingSiteId: 'centre',
    teamId,
    theme: '理论宣讲',
    description: '',
    dueDate: '2026-04-01',
  },
  metadata: admin,
  facts: { issuingSite, teams: [{ teamId, reach, districtId: teamDistrictId }] },
})
const dispatch = (reach: EligibleReach): OrderDeciderCommand => ({
  type: 'DispatchOrder',
  data: { orderId, teamId },
  metadata: admin,
  facts: { reach },
})
const redispatch = (
  to: string,
  now: string,
  reach: EligibleReach = 'district',
): OrderDeciderCommand => ({
  type: 'RedispatchOrder',
  data: { orderId, teamId: to },
  metadata: commandMetadata(now),
  facts: { reach },
})
const institute: SiteFacts = { siteId: 'in-1', level: 'institute', status: 'open', clusterId: null }
const accept: OrderDeciderCommand = {
  type: 'AcceptOrder',
  data: { orderId },
  metadata: admin,
  facts: { chain: [station, institute, centre] },
}
const reject: OrderCommand = {
  type: 'RejectOrder',
  data: { orderId, reason: '不在服务范围' },
  metadata: admin,
}
const take = (by = teamId): OrderCommand => ({
  type: 'TakeOrder',
  data: { orderId, teamId: by },
  metadata: volunteer,
})
const decline = (by = teamId): OrderCommand => ({
  type: 'DeclineOrder',
  data: { orderId, teamId: by, reason: '人手不足' },
  metadata: volunteer,
})
const cancel = (actor = 'resident-1'): OrderCommand => ({
  type: 'CancelOrder',
  data: { orderId, reason: '' },
  metadata: commandMetadata(t0, actor),
})
const complete = (by = teamId, r = report): OrderCommand => ({
  type: 'CompleteOrder',
  data: { orderId, teamId: by, report: r },
  metadata: volunteer,
})
const evaluate = (actor = 'resident-1', rating = 5): OrderCommand => ({
  type: 'EvaluateOrder',
  data: { orderId, rating, comment: '' },
  metadata: commandMetadata(t0, actor),
})

describe('order decider: intake', () => {
  it('places a request order at an open site, the actor as requester', () => {
    givenOrder().when(place(station)).then([placed])
  })

  it('refuses an unknown or retired entry, naming the closest active ones (S1)', () => {
    const catalogue = catalogueOf(
      'centre',
      [catalogueEntry('elderly_care'), catalogueEntry('health'), catalogueEntry('housework')],
      ['housework'],
    )
    const asking = (category: string): OrderDeciderCommand => ({
      ...place(station),
      data: { ...place(station).data, category },
      facts: { site: station, catalogue },
    })
    givenOrder()
      .when(asking('elderly-care '))
      .thenFails({
        type: 'CatalogueEntryUnknown',
        districtId: null,
        code: 'elderly-care ',
        closest: ['elderly_care', 'health'],
      })
    givenOrder()
      .when(asking('housework'))
      .thenFails({
        type: 'CatalogueEntryNotActive',
        districtId: 'centre',
        code: 'housework',
        closest: ['health', 'elderly_care'],
      })
  })

  it('refuses a resident an entry only staff may order, and staff order it (S3)', () => {
    const catalogue = catalogueOf('centre', [catalogueEntry('health', { orderableBy: 'staff' })])
    const by = (role: string): OrderDeciderCommand => ({
      ...place(station),
      metadata: { now: t0, actor: { id: 'resident-1', role } },
      facts: { site: station, catalogue },
    })
    givenOrder()
      .when(by('resident'))
      .thenFails({ type: 'CatalogueEntryStaffOnly', districtId: 'centre', code: 'health' })
    givenOrder().when(by('station-admin')).then([placed])
  })

  it('refuses a request that leaves a required question open or answers off the list (S1)', () => {
    const entry = catalogueEntry('health', {
      attributes: [
        {
          code: 'people',
          description: '服务人数',
          datatype: 'number',
          required: true,
          values: [],
          order: 1,
        },
        {
          code: 'kind',
          description: '服务内容',
          datatype: 'singlevaluelist',
          required: false,
          values: [{ key: 'bp', name: '测血压' }],
          order: 2,
        },
      ],
    })
    const catalogue = catalogueOf('centre', [entry])
    const answering = (answers: Record<string, string | number>): OrderDeciderCommand => ({
      ...place(station),
      data: { ...place(station).data, answers },
      facts: { site: station, catalogue },
    })
    const refusal = (attribute: string, problem: string) => ({
      type: 'RequestAnswersInvalid' as const,
      orderId,
      code: 'health',
      attribute,
      problem,
    })
    givenOrder()
      .when(answering({}))
      .thenFails(refusal('people', 'missing') as never)
    givenOrder()
      .when(answering({ people: '三' }))
      .thenFails(refusal('people', 'wrong_type') as never)
    givenOrder()
      .when(answering({ people: 3, kind: 'xx' }))
      .thenFails(refusal('kind', 'not_a_value') as never)
    givenOrder()
      .when(answering({ people: 3, other: 'x' }))
      .thenFails(refusal('other', 'unknown_attribute') as never)
    givenOrder()
      .when(answering({ people: 3, kind: 'bp' }))
      .then([
        {
          ...placed,
          data: { ...placed.data, answers: { people: 3, kind: 'bp' } },
        },
      ])
  })

  it('refuses to place an order twice or at a missing or closed site', () => {
    givenOrder([placed]).when(place(station)).thenFails({ type: 'OrderAlreadyExists', orderId })
    givenOrder()
      .when(place(null))
      .thenFails({ type: 'OrderSiteUnavailable', orderId, siteId: 'st-1' })
    givenOrder()
      .when(place({ ...station, status: 'closed' }))
      .thenFails({ type: 'OrderSiteUnavailable', orderId, siteId: 'st-1' })
  })

  it('issues a directive order from the centre straight to its team', () => {
    givenOrder()
      .when(issue(centre, 'district'))
      .then([
        {
          type: 'DirectiveOrderIssued',
          data: {
            orderId,
            issuingSiteId: 'centre',
            issuerId: 'admin',
            teamId,
            reach: 'district',
            theme: '理论宣讲',
            description: '',
            dueDate: '2026-04-01',
            at: t0,
          },
        },
      ])
  })

  it('records a directive to a team out of reach as directed', () => {
    givenOrder()
      .when(issue(centre, null))
      .then([
        {
          type: 'DirectiveOrderIssued',
          data: {
            orderId,
            issuingSiteId: 'centre',
            issuerId: 'admin',
            teamId,
            reach: 'directed',
            theme: '理论宣讲',
            description: '',
            dueDate: '2026-04-01',
            at: t0,
          },
        },
      ])
  })

  it('refuses a directive to a team of another district, or of no known district (D1)', () => {
    givenOrder()
      .when(issue(centre, null, 'centre-b'))
      .thenFails({
        type: 'TeamInAnotherDistrict',
        orderId,
        teamId,
        teamDistrictId: 'centre-b',
        districtId: 'centre',
      })
    givenOrder()
      .when(issue({ ...centre, siteId: 'centre', districtId: 'centre' }, null, null))
      .thenFails({
        type: 'TeamInAnotherDistrict',
        orderId,
        teamId,
        teamDistrictId: null,
        districtId: 'centre',
      })
  })

  it('refuses a directive order from a station, a missing site, or twice', () => {
    givenOrder()
      .when(issue({ ...centre, level: 'station' }))
      .thenFails({
        type: 'IssuingSiteNotCentreOrInstitute',
        orderId,
        siteId: 'centre',
        level: 'station',
      })
    givenOrder()
      .when(issue(null))
      .thenFails({ type: 'OrderSiteUnavailable', orderId, siteId: 'centre' })
    givenOrder([placed]).when(issue(centre)).thenFails({ type: 'OrderAlreadyExists', orderId })
  })

  it('accepts or rejects a placed order, and nothing else', () => {
    givenOrder([placed]).when(accept).then([accepted])
    givenOrder([placed])
      .when(reject)
      .then([
        {
          type: 'OrderRejected',
          data: { orderId, rejectedBy: 'admin', reason: '不在服务范围', at: t0 },
        },
      ])
    givenOrder([placed, accepted])
      .when(accept)
      .thenFails({ type: 'OrderNotPlaced', orderId, status: 'accepted' })
    givenOrder([placed, accepted])
      .when(reject)
      .thenFails({ type: 'OrderNotPlaced', orderId, status: 'accepted' })
    givenOrder().when(accept).thenFails({ type: 'OrderNotFound', orderId })
  })
})

describe('order decider: dispatch', () => {
  it('dispatches an accepted order to a team within reach, recording the reach', () => {
    givenOrder([placed, accepted]).when(dispatch('local')).then([dispatched])
  })

  it('refuses a request order to a team out of reach (O3)', () => {
    givenOrder([placed, accepted])
      .when(dispatch(null))
      .thenFails({ type: 'TeamOutOfReach', orderId, teamId })
  })

  it('refuses to dispatch an order that is not accepted, or unknown', () => {
    givenOrder([placed])
      .when(dispatch('local'))
      .thenFails({ type: 'OrderNotAccepted', orderId, status: 'placed' })
    givenOrder([placed, accepted, dispatched])
      .when(dispatch('local'))
      .thenFails({ type: 'OrderNotAccepted', orderId, status: 'dispatched' })
    givenOrder().when(dispatch('local')).thenFails({ type: 'OrderNotFound', orderId })
  })

  it('re-dispatches to another team once the 24 h SLA ran out (O6)', () => {
    givenOrder([placed, accepted, dispatched])
      .when(redispatch('team-2', later))
      .then([
        {
          type: 'OrderRedispatched',
          data: {
            orderId,
            previousTeamId: teamId,
            teamId: 'team-2',
            reach: 'district',
            dispatchedBy: 'admin',
            at: later,
          },
        },
      ])
  })

  it('refuses a re-dispatch within the SLA, to the same team, out of reach, or when not dispatched', () => {
    givenOrder([placed, accepted, dispatched])
      .when(redispatch('team-2', '2026-03-02T07:59:59.999Z'))
      .thenFails({ type: 'DispatchSlaNotElapsed', orderId, dispatchedAt: t0, slaHours: 24 })
    givenOrder([placed, accepted, dispatched])
      .when(redispatch(teamId, later))
      .thenFails({ type: 'RedispatchToSameTeam', orderId, teamId })
    givenOrder([placed, accepted, dispatched])
      .when(redispatch('team-2', later, null))
      .thenFails({ type: 'TeamOutOfReach', orderId, teamId: 'team-2' })
    givenOrder([placed, accepted, dispatched, taken])
      .when(redispatch('team-2', later))
      .thenFails({ type: 'OrderNotDispatched', orderId, status: 'taken' })
  })

  it('lets only the dispatched team take or decline (O2)', () => {
    givenOrder([placed, accepted, dispatched]).when(take()).then([taken])
    givenOrder([placed, accepted, dispatched])
      .when(decline())
      .then([
        {
          type: 'OrderDeclined',
          data: { orderId, teamId, declinedBy: 'v-1', reason: '人手不足', at: t0 },
        },
      ])
    givenOrder([placed, accepted, dispatched])
      .when(take('team-2'))
      .thenFails({ type: 'OrderHeldByAnotherTeam', orderId, teamId: 'team-2', heldBy: teamId })
    givenOrder([placed, accepted, dispatched])
      .when(decline('team-2'))
      .thenFails({ type: 'OrderHeldByAnotherTeam', orderId, teamId: 'team-2', heldBy: teamId })
    givenOrder([placed, accepted])
      .when(take())
      .thenFails({ type: 'OrderNotDispatched', orderId, status: 'accepted' })
  })

  it('puts a declined order back to accepted, so it can be dispatched again', () => {
    const declined: OrderEvent = {
      type: 'OrderDeclined',
      data: { orderId, teamId, declinedBy: 'v-1', reason: '人手不足', at: t0 },
    }
    givenOrder([placed, accepted, dispatched, declined])
      .when(dispatch('district'))
      .then([
        {
          type: 'OrderDispatched',
          data: { orderId, teamId, reach: 'district', dispatchedBy: 'admin', at: t0 },
        },
      ])
  })
})

describe('order decider: closing', () => {
  it('lets the requester cancel before completion, naming the team that held it', () => {
    givenOrder([placed]).when(cancel()).then([cancelled])
    givenOrder([placed, accepted, dispatched, taken])
      .when(cancel())
      .then([{ type: 'OrderCancelled', data: { ...cancelled.data, teamId } }])
  })

  it('refuses a cancellation by someone else or after completion', () => {
    givenOrder([placed])
      .when(cancel('admin'))
      .thenFails({ type: 'NotOrderOwner', orderId, actorId: 'admin' })
    givenOrder([placed, accepted, dispatched, taken, completed])
      .when(cancel())
      .thenFails({ type: 'OrderClosed', orderId, status: 'completed' })
    givenOrder([placed, cancelled])
      .when(cancel())
      .thenFails({ type: 'OrderClosed', orderId, status: 'cancelled' })
  })

  it('completes a taken order with a report by the team that took it (O5)', () => {
    givenOrder([placed, accepted, dispatched, taken]).when(complete()).then([completed])
  })

  it('refuses a completion by another team, before a take, or with a bad report', () => {
    givenOrder([placed, accepted, dispatched, taken])
      .when(complete('team-2'))
      .thenFails({ type: 'OrderHeldByAnotherTeam', orderId, teamId: 'team-2', heldBy: teamId })
    givenOrder([placed, accepted, dispatched])
      .when(complete())
      .thenFails({ type: 'OrderNotTaken', orderId, status: 'dispatched' })
    givenOrder([placed, accepted, dispatched, taken])
      .when(complete(teamId, { ...report, volunteerIds: [] }))
      .thenFails({ type: 'InvalidCompletionReport', orderId, field: 'volunteerIds' })
    givenOrder([placed, accepted, dispatched, taken])
      .when(complete(teamId, { ...report, hours: -1 }))
      .thenFails({ type: 'InvalidCompletionReport', orderId, field: 'hours' })
    givenOrder([placed, accepted, dispatched, taken])
      .when(complete(teamId, { ...report, audience: -5 }))
      .thenFails({ type: 'InvalidCompletionReport', orderId, field: 'audience' })
  })

  it('has the proxy evaluate a proxy order on behalf of the person served, and says so (O9)', () => {
    const byProxy: OrderEvent = {
      type: 'RequestOrderPlaced',
      data: { ...placed.data, onBehalfOf: '独居老人王奶奶' },
    }
    givenOrder([byProxy, accepted, dispatched, taken, completed])
      .when(evaluate())
      .then([{ ...evaluated, data: { ...evaluated.data, onBehalf: true } }])
    givenOrder([byProxy, accepted, dispatched, taken, completed])
      .when(evaluate('u-served'))
      .thenFails({ type: 'NotOrderOwner', orderId, actorId: 'u-served' })
  })

  it('lets the requester evaluate a completed order once, 1 to 5 (O4)', () => {
    givenOrder([placed, accepted, dispatched, taken, completed]).when(evaluate()).then([evaluated])
    givenOrder([placed, accepted, dispatched, taken, completed, evaluated])
      .when(evaluate())
      .thenFails({ type: 'OrderAlreadyEvaluated', orderId })
    givenOrder([placed, accepted, dispatched, taken, completed])
      .when(evaluate('admin'))
      .thenFails({ type: 'NotOrderOwner', orderId, actorId: 'admin' })
    givenOrder([placed, accepted, dispatched, taken, completed])
      .when(evaluate('resident-1', 6))
      .thenFails({ type: 'InvalidRating', orderId, rating: 6 })
    givenOrder([placed, accepted, dispatched, taken])
      .when(evaluate())
      .thenFails({ type: 'OrderNotCompleted', orderId, status: 'taken' })
  })
})
