import type { SimulationProfile } from '@wenming/simulator'

/**
 * A district small enough to simulate in a second or two, with every platform, a cluster, festivals
 * and orders in every status: the board, the menu and the report's charts have something to show.
 */
export const SMALL_DISTRICT: SimulationProfile = {
  institutes: 2,
  stationsPerInstitute: 4,
  pointsPerInstitute: 1,
  clusters: 1,
  sitesPerCluster: 3,
  organizations: 2,
  platformTeams: 8,
  platformMembers: 80,
  communityTeams: 10,
  communityMembers: 70,
  teamCapacity: 6,
  directiveOrders: 4,
  requestOrdersAccepted: 24,
  requestOrdersRejected: 3,
  requestOrdersCancelled: 1,
  declineRate: 0.1,
  redispatchRate: 0.05,
  escalationRate: 0.1,
  evaluationRate: 0.8,
  centreSquareActivities: 2,
  localSquareActivities: 16,
  festivalActivities: 12,
  trafficPersuasionSessions: 4,
  intersections: 2,
  themedActivities: 6,
  regularActivities: 20,
}
