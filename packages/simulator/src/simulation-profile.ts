/** How big a simulated district year is and what its log must state. */
export type SimulationProfile = {
  institutes: number
  stationsPerInstitute: number
  pointsPerInstitute: number
  /** 五联共建 clusters of weak stations, each with a lead and `sitesPerCluster - 1` members. */
  clusters: number
  sitesPerCluster: number
  organizations: number
  platformTeams: number
  /** People in platform teams, leaders included. */
  platformMembers: number
  communityTeams: number
  /** People in community teams, leaders included. */
  communityMembers: number
  /** Orders a team may hold at once. */
  teamCapacity: number
  directiveOrders: number
  /** Request orders accepted (some of them later cancelled by their requester). */
  requestOrdersAccepted: number
  requestOrdersRejected: number
  requestOrdersCancelled: number
  /** Share of dispatches the team declines (the order is dispatched again). */
  declineRate: number
  /** Share of dispatches left untaken past the SLA and re-dispatched. */
  redispatchRate: number
  /**
   * Share of station and point orders their station accepts and cannot serve, so escalates to its
   * institute (which escalates to the centre in turn when no team in its reach has room) (O8).
   */
  escalationRate: number
  /** Share of completed orders the requester evaluates. */
  evaluationRate: number
  centreSquareActivities: number
  localSquareActivities: number
  festivalActivities: number
  trafficPersuasionSessions: number
  intersections: number
  themedActivities: number
  regularActivities: number
}

/** The 2022 district: the figures of its work summary (197 community teams with 2,676 people, ...). */
export const PROFILE_2022: SimulationProfile = {
  institutes: 10,
  stationsPerInstitute: 12,
  pointsPerInstitute: 3,
  clusters: 4,
  sitesPerCluster: 4,
  organizations: 9,
  platformTeams: 42,
  platformMembers: 850,
  communityTeams: 197,
  communityMembers: 2676,
  teamCapacity: 3,
  directiveOrders: 54,
  requestOrdersAccepted: 125,
  requestOrdersRejected: 15,
  requestOrdersCancelled: 4,
  declineRate: 0.08,
  redispatchRate: 0.05,
  escalationRate: 0.1,
  evaluationRate: 0.85,
  centreSquareActivities: 12,
  localSquareActivities: 1055,
  festivalActivities: 430,
  trafficPersuasionSessions: 72,
  intersections: 11,
  themedActivities: 230,
  regularActivities: 2790,
}

/** Options that scale the 2022 district up (or down) for benchmarks. */
export type ScaledProfileOptions = {
  /** Request orders accepted in the year. */
  orders: number
  /** Activities held in the year (default: the 2022 district's). */
  activities?: number
}

/**
 * A district scaled for benchmarks: `orders` request orders (about 11 events each, directive orders
 * included), with a community team (8 members) per 8 orders and a platform team per 150, so that team
 * streams (which every dispatch folds several times) stay short, and the 2022 district's activities unless told otherwise.
 */
export const scaledProfile = (options: ScaledProfileOptions): SimulationProfile => {
  const base = PROFILE_2022
  const orders = Math.max(1, Math.round(options.orders))
  const communityTeams = Math.max(base.communityTeams, Math.ceil(orders / 8))
  const platformTeams = Math.max(base.platformTeams, Math.ceil(orders / 150))
  const baseActivities =
    base.localSquareActivities +
    base.centreSquareActivities +
    base.festivalActivities +
    base.trafficPersuasionSessions +
    base.themedActivities +
    base.regularActivities
  const factor = (options.activities ?? baseActivities) / baseActivities
  const scale = (n: number) => Math.round(n * factor)
  return {
    ...base,
    stationsPerInstitute: Math.max(base.stationsPerInstitute, Math.ceil(communityTeams / 20)),
    platformTeams,
    platformMembers: platformTeams * 12,
    communityTeams,
    communityMembers: communityTeams * 8,
    teamCapacity: 8,
    directiveOrders: Math.max(base.directiveOrders, Math.round(orders * 0.2)),
    requestOrdersAccepted: orders,
    requestOrdersRejected: Math.round(orders * 0.12),
    requestOrdersCancelled: Math.round(orders * 0.03),
    centreSquareActivities: scale(base.centreSquareActivities),
    localSquareActivities: scale(base.localSquareActivities),
    festivalActivities: scale(base.festivalActivities),
    trafficPersuasionSessions: scale(base.trafficPersuasionSessions),
    themedActivities: scale(base.themedActivities),
    regularActivities: scale(base.regularActivities),
  }
}
