export { createEventStoreDbEventStore } from './create-event-store-db-event-store.js'
export type {
  EventStoreDbEventStore,
  EventStoreDbEventStoreOptions,
} from './create-event-store-db-event-store.js'
export type { SubscribeToAllOptions } from './esdb-subscription.js'
export {
  EventStoreDbUnavailableError,
  isEventStoreDbUnavailableError,
} from './event-store-db-unavailable-error.js'
export {
  EventStoreDbTimeoutError,
  isEventStoreDbTimeoutError,
} from './event-store-db-timeout-error.js'
export {
  EventStoreDbNotLeaderError,
  isEventStoreDbNotLeaderError,
} from './event-store-db-not-leader-error.js'
export { isSubscriptionEndedError, SubscriptionEndedError } from './subscription-ended-error.js'
export { eventStoreDbEventSource } from './esdb-event-source.js'
export { toEsdbPosition, toEsdbReadStart, toGlobalPosition } from './esdb-position.js'
export type { EsdbReadStart } from './esdb-position.js'
export {
  fromEsdbCurrentRevision,
  fromEsdbExpectedRevision,
  toEsdbExpectedRevision,
} from './esdb-expected-revision.js'
export { fromEsdbMetadata, toEsdbMetadata } from './esdb-metadata.js'
