/**
 * The slots of a day's counters. Stock slots hold changes (+1 when a team registers, -1 when it
 * dissolves), so a stock on a day is the sum of its slot up to that day; flow slots hold counts.
 */
export const SLOT = {
  communityTeams: 0,
  communityMembers: 1,
  platformTeams: 2,
  platformMembers: 3,
  organizations: 4,
  volunteers: 5,
  platformVolunteers: 6,
  clusters: 7,
  clusterSites: 8,
  directiveIssued: 9,
  directiveCompleted: 10,
  directiveEvaluated: 11,
  requestPlaced: 12,
  requestAccepted: 13,
  requestRejected: 14,
  requestCancelled: 15,
  requestDispatched: 16,
  requestDeclined: 17,
  requestCompleted: 18,
  requestEvaluated: 19,
  ratingSum: 20,
  pooledDispatches: 21,
  jointActivities: 22,
  activities: 23,
  audience: 24,
  activityVolunteers: 25,
  /** By organising level: centre, institute, station, point. */
  levelCenter: 26,
  /** By kind: square, regular, festival, traffic_persuasion, themed. */
  kindSquare: 30,
  /** Square activities by organising level. */
  squareCenter: 35,
  /** Tasks of directive orders (one per named team, O7): issued and completed. */
  directiveTasksIssued: 39,
  directiveTasksCompleted: 40,
} as const

/** How many counters a day holds. */
export const SLOT_COUNT = 41

/** The first slots that hold stock changes rather than flows. */
export const STOCK_SLOTS = 9

export const LEVELS = ['center', 'institute', 'station', 'point'] as const
export const KINDS = ['square', 'regular', 'festival', 'traffic_persuasion', 'themed'] as const
