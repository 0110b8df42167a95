export { deciderSpecification } from './decider-specification.js'
export type { DeciderThen, DeciderWhen } from './decider-specification.js'
export { eventStoreContract } from './event-store-contract.js'
export type { EventStoreContractOptions } from './event-store-contract.js'
