import fc from 'fast-check'
import type { OrderEvent } from '../order/events.js'
import type { OrderDeciderCommand } from '../order/order-commands-with-facts.js'
import { orderDecider } from '../order/order-decider.js'
import type { SiteFacts } from '../site/site-facts.js'
import { catalogueEntry, catalogueOf } from './catalogue-builders.js'
import { calendarDateArbitrary, commandMetadataArbitrary } from './scalar-arbitraries.js'
import { validHistoryArbitrary } from './valid-history.js'

const site = (siteId: string, level: SiteFacts['level']): SiteFacts => ({
  siteId,
  level,
  status: 'open',
  clusterId: null,
})
const catalogue = catalogueOf('centre', [catalogueEntry('health')])
const reach = fc.constantFrom(
  'local' as const,
  'pooled' as const,
  'institute' as const,
  'district' as const,
  null,
)
/** The order's site and its parents, as the handlers read them for an acceptance or escalation. */
const chain = [site('st-1', 'station'), site('in-1', 'institute'), site('centre', 'center')]
const holder = fc.constantFrom('station' as const, 'institute' as const, 'centre' as const)

/**
 * A schema-valid command for one order (`orderId`), with facts as the handlers would resolve them:
 * every command type, so sequences of them walk the whole lifecycle and its refusals.
 */
export const orderDeciderCommandArbitrary = (
  orderId = 'o-1',
): fc.Arbitrary<OrderDeciderCommand> => {
  const metadata = commandMetadataArbitrary(['admin', 'resident-1'])
  const teamId = fc.constantFrom('team-1', 'team-2')
  const report = fc.record({
    date: calendarDateArbitrary(),
    volunteerIds: fc.array(fc.constantFrom('v-1', 'v-2'), { minLength: 1, maxLength: 2 }),
    hours: fc.integer({ min: 0, max: 12 }),
    audience: fc.integer({ min: 0, max: 300 }),
    notes: fc.constant(''),
  })
  return fc.oneof(
    fc
      .record({ metadata, category: fc.constantFrom('health', null) })
      .map(({ metadata, category }): OrderDeciderCommand => ({
        type: 'PlaceRequestOrder',
        data: {
          orderId,
          siteId: 'st-1',
          onBehalfOf: null,
          category,
          answers: {},
          need: 'help',
          wantedAt: metadata.now,
        },
        metadata,
        facts: { site: { ...site('st-1', 'station'), districtId: 'centre' }, catalogue },
      })),
    fc
      .record({ metadata, teamId, reach, dueDate: calendarDateArbitrary() })
      .map(({ metadata, teamId, reach, dueDate }): OrderDeciderCommand => ({
        type: 'IssueDirectiveOrder',
        data: { orderId, issuingSiteId: 'centre', teamId, theme: '宣讲', description: '', dueDate },
        metadata,
        facts: {
          issuingSite: site('centre', 'center'),
          teams: [{ teamId, reach, districtId: 'centre' }],
        },
      })),
    fc.record({ metadata, holder }).map(({ metadata, holder }): OrderDeciderCommand => ({
      type: 'AcceptOrder',
      data: { orderId, holder },
      metadata,
      facts: { chain },
    })),
    metadata.map((metadata): OrderDeciderCommand => ({
      type: 'EscalateOrder',
      data: { orderId, reason: '本站无力承接' },
      metadata,
      facts: { chain },
    })),
    metadata.map((metadata): OrderDeciderCommand => ({
      type: 'RejectOrder',
      data: { orderId, reason: 'no' },
      metadata,
    })),
    fc
      .record({ metadata, teamId, reach })
      .map(({ metadata, teamId, reach }): OrderDeciderCommand => ({
        type: 'DispatchOrder',
        data: { orderId, teamId },
        metadata,
        facts: { reach },
      })),
    fc
      .record({ metadata, teamId, reach })
      .map(({ metadata, teamId, reach }): OrderDeciderCommand => ({
        type: 'RedispatchOrder',
        data: { orderId, teamId },
        metadata,
        facts: { reach },
      })),
    fc.record({ metadata, teamId }).map(({ metadata, teamId }): OrderDeciderCommand => ({
      type: 'TakeOrder',
      data: { orderId, teamId },
      metadata,
    })),
    fc.record({ metadata, teamId }).map(({ metadata, teamId }): OrderDeciderCommand => ({
      type: 'DeclineOrder',
      data: { orderId, teamId, reason: 'busy' },
      metadata,
    })),
    metadata.map((metadata): OrderDeciderCommand => ({
      type: 'CancelOrder',
      data: { orderId, reason: '' },
      metadata,
    })),
    fc
      .record({ metadata, teamId, report })
      .map(({ metadata, teamId, report }): OrderDeciderCommand => ({
        type: 'CompleteOrder',
        data: { orderId, teamId, report },
        metadata,
      })),
    fc
      .record({ metadata, rating: fc.integer({ min: 1, max: 5 }) })
      .map(({ metadata, rating }): OrderDeciderCommand => ({
        type: 'EvaluateOrder',
        data: { orderId, rating, comment: '' },
        metadata,
      })),
  )
}

/** A valid history of one order: the events the order decider accepts from random commands. */
export const orderHistoryArbitrary = (orderId = 'o-1'): fc.Arbitrary<OrderEvent[]> =>
  validHistoryArbitrary(
    orderDecider,
    fc.array(orderDeciderCommandArbitrary(orderId), { maxLength: 40, size: 'max' }),
  )
