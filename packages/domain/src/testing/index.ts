export {
  yearMonthArbitrary,
  activityIdArbitrary,
  planActivityArbitrary,
  holdActivityArbitrary,
  cancelActivityArbitrary,
  activityCommandArbitrary,
  unsafeActivityCommandArbitrary,
  activityHistoryArbitrary,
  activityEventArbitrary,
  setMonthlyThemeArbitrary,
} from './activity-arbitraries.js'
export { catalogueEntry, publishEntries, catalogueOf } from './catalogue-builders.js'
export { clusterDeciderCommandArbitrary, clusterHistoryArbitrary } from './cluster-arbitraries.js'
export { anEvent, eventBuilders } from './event-builders/event-builders.js'
export type { EventBuilder, WenmingEventOfType } from './event-builders/event-builders.js'
export { givenSite, givenTeam, givenOrder, givenCluster } from './given.js'
export { handleNetworkCommand, runNetworkCommands } from './handle-network-command.js'
export { networkCommandsArbitrary } from './network-arbitraries.js'
export type { NetworkCommand } from './network-arbitraries.js'
export { detailDrafts } from './network-detail-drafts.js'
export type { Draft } from './network-detail-drafts.js'
export { networkRuleViolations } from './network-rules.js'
export type { NetworkModel } from './network-rules.js'
export {
  networkSites,
  networkTeams,
  networkSetupTime,
  networkSetup,
  networkCategories,
  clusterSetup,
} from './network.js'
export { orderDeciderCommandArbitrary, orderHistoryArbitrary } from './order-arbitraries.js'
export { orderHistoryReachingArbitrary } from './order-history-reaching.js'
export { orderRuleViolation } from './order-rules.js'
export type { OrderModel } from './order-rules.js'
export {
  districtCentre,
  geoPointNearArbitrary,
  geoPointArbitrary,
  dispatchOrderFactsArbitrary,
  dispatchCandidateArbitrary,
  dispatchCandidatesArbitrary,
  dispatchScenarioArbitrary,
} from './ranking-arbitraries.js'
export {
  timestampArbitrary,
  calendarDateArbitrary,
  commandMetadataArbitrary,
  commandMetadata,
} from './scalar-arbitraries.js'
export { scheduledStore } from './scheduled-store.js'
export { validHistoryArbitrary } from './valid-history.js'
