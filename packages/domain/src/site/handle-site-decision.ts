import { createCommandHandler } from '@wenming/event-store'
import { schemaVersionMetadata } from '../shared/schema-version-metadata.js'
import { siteEventSchemaVersions } from './events.js'
import { siteDecider } from './site-decider.js'

/** The kernel's command handler for the site decider (commands with their facts resolved). */
export const handleSiteDecision = createCommandHandler(siteDecider, {
  eventMetadata: schemaVersionMetadata(siteEventSchemaVersions),
})
