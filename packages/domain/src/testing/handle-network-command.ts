import type { CommandContext, EventStore } from '@wenming/event-store'
import { handleClusterCommand } from '../membership/handle-cluster-command.js'
import { handleOrderCommand } from '../order/handle-order-command.js'
import { handleSiteCommand } from '../site/handle-site-command.js'
import { handleTeamCommand } from '../team/handle-team-command.js'
import { handleVolunteerCommand } from '../volunteer/handle-volunteer-command.js'
import type { NetworkCommand } from './network-arbitraries.js'
import { testVolunteerOptions } from './volunteer-builders.js'

const siteTypes = new Set([
  'RegisterSite',
  'RenameSite',
  'MarkSiteWeak',
  'ClearSiteWeakMark',
  'CloseSite',
])
const teamTypes = new Set([
  'RegisterTeam',
  'JoinTeam',
  'LeaveTeam',
  'ChangeTeamCapacity',
  'ChangeTeamCategories',
  'SuspendTeam',
  'ReinstateTeam',
  'DissolveTeam',
  'AwardTeamFlag',
])
const clusterTypes = new Set([
  'FormCluster',
  'JoinCluster',
  'LeaveCluster',
  'PoolTeam',
  'WithdrawTeam',
  'OfferVenue',
  'WithdrawVenue',
  'RecordJointActivity',
  'DissolveCluster',
])

/** Routes any public command to its aggregate's handler; `ok` tells whether it was accepted. */
export const handleNetworkCommand = async (
  store: EventStore,
  command: NetworkCommand,
  context: CommandContext,
): Promise<{ readonly ok: boolean; readonly error?: unknown }> => {
  const result =
    command.type === 'RegisterVolunteer'
      ? await handleVolunteerCommand(store, command, context, testVolunteerOptions)
      : siteTypes.has(command.type)
        ? await handleSiteCommand(
            store,
            command as Parameters<typeof handleSiteCommand>[1],
            context,
          )
        : teamTypes.has(command.type)
          ? await handleTeamCommand(
              store,
              command as Parameters<typeof handleTeamCommand>[1],
              context,
            )
          : clusterTypes.has(command.type)
            ? await handleClusterCommand(
                store,
                command as Parameters<typeof handleClusterCommand>[1],
                context,
              )
            : await handleOrderCommand(
                store,
                command as Parameters<typeof handleOrderCommand>[1],
                context,
              )
  return result.ok ? { ok: true } : { ok: false, error: result.error }
}

/** Runs `commands` one after another (command ids `<prefix>-<index>`); returns how many were accepted. */
export const runNetworkCommands = async (
  store: EventStore,
  commands: readonly NetworkCommand[],
  prefix = 'cmd',
): Promise<number> => {
  let accepted = 0
  for (const [index, command] of commands.entries()) {
    const result = await handleNetworkCommand(store, command, { commandId: `${prefix}-${index}` })
    if (result.ok) accepted++
  }
  return accepted
}
