import { createCommandHandler } from '@wenming/event-store'
import { schemaVersionMetadata } from '../shared/schema-version-metadata.js'
import { clusterDecider } from './cluster-decider.js'
import { clusterEventSchemaVersions } from './events.js'

/** The kernel's command handler for the cluster decider (commands with their facts resolved). */
export const handleClusterDecision = createCommandHandler(clusterDecider, {
  eventMetadata: schemaVersionMetadata(clusterEventSchemaVersions),
})
