import { createCommandHandler } from '@wenming/event-store'
import { schemaVersionMetadata } from '../shared/schema-version-metadata.js'
import { teamEventSchemaVersions } from './events.js'
import { teamDecider } from './team-decider.js'

/** The kernel's command handler for the team decider (commands with their facts resolved). */
export const handleTeamDecision = createCommandHandler(teamDecider, {
  eventMetadata: schemaVersionMetadata(teamEventSchemaVersions),
})
