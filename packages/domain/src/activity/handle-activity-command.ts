import type { CommandContext, CommandResult, EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { activityStream } from './activity-stream.js'
import type { ActivityCommand } from './commands.js'
import type { ActivityError } from './errors.js'
import type { ActivityEvent } from './events.js'
import type { ActivityState } from './state.js'

/**
 * Handles an activity command on its stream `activity-<activityId>` with the kernel's command
 * handler: read, fold, decide, append; a re-sent command id appends nothing new.
 */
export const handleActivityCommand = (
  runtime: DomainRuntime,
  store: EventStore,
  command: ActivityCommand,
  context: CommandContext,
): Promise<CommandResult<ActivityEvent, ActivityState, ActivityError>> =>
  runtime.handle.activity(store, activityStream(command.data.activityId), command, context)
