import fc from 'fast-check'
import type { DispatchCandidate, DispatchOrderFacts } from '../ranking/dispatch-candidate.js'
import type { GeoPoint } from '../ranking/geo-point.js'

/** A point near 延平 (Nanping), the district the sample data describes. */
export const districtCentre: GeoPoint = { latitude: 26.6417, longitude: 118.1778 }

const metersPerDegreeLat = 111_195

/** A point within about `maxMeters` (east-west and north-south) of `centre`, to the metre. */
export const geoPointNearArbitrary = (
  centre: GeoPoint = districtCentre,
  maxMeters = 3000,
): fc.Arbitrary<GeoPoint> =>
  fc
    .record({
      north: fc.integer({ min: -maxMeters, max: maxMeters }),
      east: fc.integer({ min: -maxMeters, max: maxMeters }),
    })
    .map(({ north, east }) => ({
      latitude: centre.latitude + north / metersPerDegreeLat,
      longitude:
        centre.longitude +
        east / (metersPerDegreeLat * Math.cos((centre.latitude * Math.PI) / 180)),
    }))

/** Any point on the earth. */
export const geoPointArbitrary = (): fc.Arbitrary<GeoPoint> =>
  fc.record(
    {
      latitude: fc.double({ min: -90, max: 90, noNaN: true }),
      longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    },
    { noNullPrototype: true },
  )

const siteIds = ['site-1', 'site-2', 'site-3', 'site-4'] as const
const clusterIds = ['cluster-1', 'cluster-2'] as const
const categories = ['health', 'culture', 'education', 'law'] as const

/**
 * The facts of an order to dispatch: one of four sites near the district centre, perhaps in one
 * of two clusters, for one of four categories (or free-form, `null`).
 */
export const dispatchOrderFactsArbitrary = (): fc.Arbitrary<DispatchOrderFacts> =>
  fc
    .record({
      orderId: fc.integer({ min: 1, max: 99 }).map((n) => `order-${n}`),
      siteId: fc.constantFrom(...siteIds),
      siteLocation: geoPointNearArbitrary(districtCentre, 1500),
      clusterId: fc.option(fc.constantFrom(...clusterIds), { nil: undefined }),
      category: fc.option(fc.constantFrom(...categories), { nil: null, freq: 5 }),
    })
    .map(({ clusterId, ...order }) => (clusterId === undefined ? order : { ...order, clusterId }))

/**
 * One team's facts as the team board holds them, drawn from small pools so that local, pooled,
 * district-level and unreachable teams, ties and exclusions all occur; its home site lies within
 * 1.6 km (east-west and north-south) of `near` (the order's site, if given).
 */
export const dispatchCandidateArbitrary = (
  teamId: fc.Arbitrary<string> = fc.integer({ min: 1, max: 30 }).map((n) => `team-${n}`),
  near: GeoPoint = districtCentre,
): fc.Arbitrary<DispatchCandidate> =>
  fc
    .record({
      teamId,
      status: fc.oneof(
        { arbitrary: fc.constant('active' as const), weight: 8 },
        { arbitrary: fc.constantFrom('suspended' as const, 'dissolved' as const), weight: 2 },
      ),
      categories: fc.uniqueArray(fc.constantFrom(...categories), { minLength: 1, maxLength: 4 }),
      capacity: fc.integer({ min: 1, max: 4 }),
      activeOrders: fc.integer({ min: 0, max: 3 }),
      homeSiteId: fc.constantFrom(...siteIds),
      homeSiteLocation: geoPointNearArbitrary(near, 1600),
      clusterId: fc.option(fc.constantFrom(...clusterIds), { nil: undefined }),
      isDistrictLevel: fc.boolean(),
      averageRating: fc.option(
        fc.integer({ min: 2, max: 10 }).map((halves) => halves / 2),
        { nil: undefined },
      ),
    })
    .map(({ clusterId, averageRating, ...candidate }): DispatchCandidate => ({
      ...candidate,
      ...(clusterId === undefined ? {} : { clusterId }),
      ...(averageRating === undefined ? {} : { averageRating }),
    }))

/** Candidates with unique team ids (`team-1` ...), up to `maxLength` of them, near `near`. */
export const dispatchCandidatesArbitrary = (
  maxLength = 12,
  near: GeoPoint = districtCentre,
): fc.Arbitrary<readonly DispatchCandidate[]> =>
  fc.uniqueArray(dispatchCandidateArbitrary(undefined, near), {
    maxLength,
    size: 'medium',
    selector: (candidate) => candidate.teamId,
  })

/** An order and the candidate teams for it, their home sites within 1.6 km of the order's site. */
export const dispatchScenarioArbitrary = (
  maxCandidates = 12,
): fc.Arbitrary<{
  readonly order: DispatchOrderFacts
  readonly candidates: readonly DispatchCandidate[]
}> =>
  dispatchOrderFactsArbitrary().chain((order) =>
    dispatchCandidatesArbitrary(maxCandidates, order.siteLocation).map((candidates) => ({
      order,
      candidates,
    })),
  )
