export { compareRankedTeams, decidingCriterion } from './compare-ranked-teams.js'
export type { RankingKey } from './compare-ranked-teams.js'
export type {
  DispatchCandidate,
  DispatchCandidateStatus,
  DispatchOrderFacts,
} from './dispatch-candidate.js'
export type {
  DispatchRanking,
  DispatchReach,
  ExcludedTeam,
  ExclusionReason,
  RankedTeam,
  RankingCriterion,
  RankingReason,
} from './dispatch-ranking.js'
export {
  DuplicateDispatchCandidateError,
  isDuplicateDispatchCandidateError,
} from './duplicate-dispatch-candidate-error.js'
export {
  describeExclusionReason,
  describeRankingReason,
  explainDispatchRanking,
} from './explain-dispatch-ranking.js'
export type { GeoPoint } from './geo-point.js'
export { earthRadiusMeters, haversineMeters } from './haversine-meters.js'
export { rankDispatchCandidates } from './rank-dispatch-candidates.js'
export {
  defaultServiceCircle,
  defaultServiceCircleMinutes,
  defaultWalkingSpeedKmPerHour,
  serviceCircleMeters,
  walkingMinutes,
} from './service-circle.js'
export type { ServiceCircle } from './service-circle.js'
