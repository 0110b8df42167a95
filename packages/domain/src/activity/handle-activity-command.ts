import type { CommandContext, CommandResult, EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { clusterStream } from '../shared/stream-names.js'
import { activityStream } from './activity-stream.js'
import type { ActivityCommand } from './commands.js'
import type { ActivityDeciderCommand } from './decide.js'
import type { ActivityError } from './errors.js'
import type { ActivityEvent } from './events.js'
import type { ActivityState } from './state.js'

/**
 * Handles an activity command on its stream `activity-<activityId>` with the kernel's command
 * handler: read, fold, decide, append; a re-sent command id appends nothing new. A plan that names a
 * cluster reads the cluster's stream (C4: its host is a member, its venue one the cluster shares),
 * so that the one plan credits both the cluster and the host site.
 */
export const handleActivityCommand = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: ActivityCommand,
  context: CommandContext,
): Promise<CommandResult<ActivityEvent, ActivityState, ActivityError>> => {
  const decided: ActivityDeciderCommand =
    command.type === 'PlanActivity' && command.data.clusterId !== undefined
      ? {
          ...command,
          facts: {
            cluster: await runtime.read.cluster(store, clusterStream(command.data.clusterId)),
          },
        }
      : command
  return runtime.handle.activity(store, activityStream(command.data.activityId), decided, context)
}
