import { createCommandHandler } from '@wenming/event-store'
import { schemaVersionMetadata } from '../shared/schema-version-metadata.js'
import { orderEventSchemaVersions } from './events.js'
import { orderDecider } from './order-decider.js'

/** The kernel's command handler for the order decider (commands with their facts resolved). */
export const handleOrderDecision = createCommandHandler(orderDecider, {
  eventMetadata: schemaVersionMetadata(orderEventSchemaVersions),
})
