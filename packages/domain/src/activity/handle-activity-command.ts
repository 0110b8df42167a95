import {
  createCommandHandler,
  type CommandContext,
  type CommandResult,
  type EventStore,
} from '@wenming/event-store'
import { schemaVersionMetadata } from '../shared/schema-version-metadata.js'
import { activityDecider } from './activity-decider.js'
import { activityStream } from './activity-stream.js'
import type { ActivityCommand } from './commands.js'
import type { ActivityError } from './errors.js'
import { activityEventSchemaVersions, type ActivityEvent } from './events.js'
import type { ActivityState } from './state.js'

const handle = createCommandHandler(activityDecider, {
  eventMetadata: schemaVersionMetadata(activityEventSchemaVersions),
})

/**
 * Handles an activity command on its stream `activity-<activityId>` with the kernel's command
 * handler: read, fold, decide, append; a re-sent command id appends nothing new.
 *
 * @example
 * const result = await handleActivityCommand(store, planActivity, { commandId: 'cmd-1' })
 */
export const handleActivityCommand = (
  store: EventStore,
  command: ActivityCommand,
  context: CommandContext,
): Promise<CommandResult<ActivityEvent, ActivityState, ActivityError>> =>
  handle(store, activityStream(command.data.activityId), command, context)
