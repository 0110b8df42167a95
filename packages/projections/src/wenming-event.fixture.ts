import type { WenmingEvent } from '@wenming/domain'
import fc from 'fast-check'
import { at } from './domain-events.fixture.js'

const site = fc.constantFrom('c0', 's1', 's2', 's3')
const team = fc.constantFrom('t1', 't2', 't3')
const order = fc.constantFrom('o1', 'o2', 'o3', 'o4')
const cluster = fc.constantFrom('k1', 'k2')
const reach = fc.constantFrom('local', 'pooled', 'institute', 'district', 'directed' as const)
const when = fc.nat({ max: 200 }).map(at)
const category = fc.constantFrom('health', 'culture')
const ev = <T extends WenmingEvent['type']>(type: T, data: fc.Arbitrary<object>) =>
  data.map((d) => ({ type, data: d }) as WenmingEvent)

/**
 * Any sequence of the events the live read models read, over a few ids: plausible lifecycles and
 * implausible ones alike (a take before a dispatch, a site leaving a cluster it never joined).
 */
export const wenmingEventsArbitrary = (maxLength: number): fc.Arbitrary<WenmingEvent[]> =>
  fc.array(
    fc.oneof(
      ev(
        'SiteRegistered',
        fc.record({
          siteId: site,
          parentId: fc.constant(null),
          level: fc.constantFrom('center', 'station'),
          name: fc.constant('n'),
          kind: fc.constant('村'),
          coordinates: fc.record({
            latitude: fc.double({ min: 29, max: 31, noNaN: true }),
            longitude: fc.constant(120),
          }),
          at: when,
        }),
      ),
      ev(
        'TeamRegistered',
        fc.record({
          teamId: team,
          name: fc.constant('n'),
          homeSiteId: site,
          organizationId: fc.constant('org'),
          platform: fc.constant('p'),
          categories: fc.subarray(['health', 'culture'], { minLength: 1 }),
          capacity: fc.integer({ min: 1, max: 3 }),
          leader: fc.constant({ volunteerId: 'v', displayName: 'v' }),
          at: when,
        }),
      ),
      ev(
        'TeamCapacityChanged',
        fc.record({ teamId: team, capacity: fc.integer({ min: 1, max: 3 }), at: when }),
      ),
      ev(
        'TeamCategoriesChanged',
        fc.record({ teamId: team, categories: fc.constant(['culture']), at: when }),
      ),
      ev('TeamSuspended', fc.record({ teamId: team, reason: fc.constant(''), at: when })),
      ev('TeamReinstated', fc.record({ teamId: team, at: when })),
      ev('TeamDissolved', fc.record({ teamId: team, reason: fc.constant(''), at: when })),
      ev('TeamCapacityReserved', fc.record({ teamId: team, orderId: order, at: when })),
      ev(
        'TeamCapacityReleased',
        fc.record({ teamId: team, orderId: order, reason: fc.constant('completed'), at: when }),
      ),
      ev(
        'ClusterFormed',
        fc.record({
          clusterId: cluster,
          name: fc.constant('k'),
          leadSiteId: site,
          memberSiteIds: fc.subarray(['s1', 's2', 's3'], { minLength: 2 }),
          at: when,
        }),
      ),
      ev('ClusterSiteJoined', fc.record({ clusterId: cluster, siteId: site, at: when })),
      ev('ClusterSiteLeft', fc.record({ clusterId: cluster, siteId: site, at: when })),
      ev(
        'ClusterTeamPooled',
        fc.record({ clusterId: cluster, teamId: team, homeSiteId: site, at: when }),
      ),
      ev(
        'ClusterTeamWithdrawn',
        fc.record({
          clusterId: cluster,
          teamId: team,
          homeSiteId: site,
          reason: fc.constant('withdrawn'),
          at: when,
        }),
      ),
      ev(
        'ClusterVenueOffered',
        fc.record({
          clusterId: cluster,
          venueId: fc.constantFrom('v1', 'v2'),
          siteId: site,
          name: fc.constant('v'),
          at: when,
        }),
      ),
      ev(
        'ClusterVenueWithdrawn',
        fc.record({
          clusterId: cluster,
          venueId: fc.constantFrom('v1', 'v2'),
          siteId: site,
          at: when,
        }),
      ),
      ev(
        'ClusterJointActivityRecorded',
        fc.record({
          clusterId: cluster,
          activityId: fc.constant('a'),
          title: fc.constant('t'),
          hostSiteId: site,
          coOrganizingSiteIds: fc.constant([]),
          teamIds: fc.constant([]),
          date: fc.constant('2026-03-01'),
          volunteers: fc.nat(9),
          audience: fc.nat(99),
          at: when,
        }),
      ),
      ev(
        'ClusterDissolved',
        fc.record({
          clusterId: cluster,
          releasedSiteIds: fc.subarray(['s1', 's2', 's3']),
          reason: fc.constant(''),
          at: when,
        }),
      ),
      ev(
        'RequestOrderPlaced',
        fc.record({
          orderId: order,
          siteId: site,
          requesterId: fc.constant('r'),
          onBehalfOf: fc.constant(null),
          category: fc.option(category, { nil: null }),
          need: fc.constant(''),
          wantedAt: when,
          at: when,
        }),
      ),
      ev(
        'DirectiveOrderIssued',
        fc.record({
          orderId: order,
          issuingSiteId: site,
          issuerId: fc.constant('i'),
          teamId: team,
          reach,
          theme: fc.constant('t'),
          description: fc.constant(''),
          dueDate: fc.constant('2026-03-09'),
          at: when,
        }),
      ),
      ev('OrderAccepted', fc.record({ orderId: order, acceptedBy: fc.constant('s'), at: when })),
      ev(
        'OrderAccepted',
        fc.record({
          orderId: order,
          acceptedBy: fc.constant('s'),
          holder: fc.constant({ level: 'station' as const, siteId: 's1' }),
          at: when,
        }),
      ),
      ev(
        'OrderEscalated',
        fc.record({
          orderId: order,
          from: fc.constant({ level: 'station' as const, siteId: 's1' }),
          to: fc.constant({ level: 'institute' as const, siteId: 'i1' }),
          reason: fc.constant('r'),
          by: fc.constant('s'),
          at: when,
        }),
      ),
      ev(
        'OrderRejected',
        fc.record({
          orderId: order,
          rejectedBy: fc.constant('s'),
          reason: fc.constant('r'),
          at: when,
        }),
      ),
      ev(
        'OrderDispatched',
        fc.record({
          orderId: order,
          teamId: team,
          reach,
          dispatchedBy: fc.constant('s'),
          at: when,
        }),
      ),
      ev(
        'OrderRedispatched',
        fc.record({
          orderId: order,
          previousTeamId: team,
          teamId: team,
          reach,
          dispatchedBy: fc.constant('s'),
          at: when,
        }),
      ),
      ev(
        'OrderTaken',
        fc.record({ orderId: order, teamId: team, takenBy: fc.constant('v'), at: when }),
      ),
      ev(
        'OrderDeclined',
        fc.record({
          orderId: order,
          teamId: team,
          declinedBy: fc.constant('v'),
          reason: fc.constant('r'),
          at: when,
        }),
      ),
      ev(
        'OrderCancelled',
        fc.record({
          orderId: order,
          cancelledBy: fc.constant('r'),
          reason: fc.constant(''),
          teamId: fc.option(team, { nil: null }),
          at: when,
        }),
      ),
      ev(
        'OrderCompleted',
        fc.record({
          orderId: order,
          teamId: team,
          completedBy: fc.constant('v'),
          report: fc.record({
            date: fc.constant('2026-03-01'),
            volunteerIds: fc.constant(['v']),
            hours: fc.nat(8),
            audience: fc.nat(50),
            notes: fc.constant(''),
          }),
          at: when,
        }),
      ),
      ev(
        'OrderEvaluated',
        fc.record({
          orderId: order,
          teamId: team,
          evaluatedBy: fc.constant('r'),
          rating: fc.integer({ min: 1, max: 5 }),
          comment: fc.constant(''),
          at: when,
        }),
      ),
    ),
    { maxLength },
  )
