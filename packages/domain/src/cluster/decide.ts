import type { DecideResult } from '@wenming/event-store'
import { match } from 'ts-pattern'
import type { ClusterCommand, PoolTeam } from './commands.js'
import { decideDissolve, decideForm, decideJoin, decideLeave } from './decide-membership.js'
import {
  decideOfferVenue,
  decidePool,
  decideWithdrawTeam,
  decideWithdrawVenue,
  type PoolTeamWithTeam,
} from './decide-sharing.js'
import type { ClusterError } from './errors.js'
import type { ClusterEvent } from './events.js'
import type { ClusterState } from './state.js'

/** Every command the cluster decider decides (`PoolTeam` with the team's facts). */
export type ClusterDeciderCommand = PoolTeamWithTeam | Exclude<ClusterCommand, PoolTeam>

/** Decides a cluster command against the cluster's state: the events to record or a typed refusal. */
export const decideCluster = (
  command: ClusterDeciderCommand,
  state: ClusterState,
): DecideResult<ClusterEvent, ClusterError> =>
  match(command)
    .returnType<DecideResult<ClusterEvent, ClusterError>>()
    .with({ type: 'FormCluster' }, (c) => decideForm(c, state))
    .with({ type: 'JoinCluster' }, (c) => decideJoin(c, state))
    .with({ type: 'LeaveCluster' }, (c) => decideLeave(c, state))
    .with({ type: 'DissolveCluster' }, (c) => decideDissolve(c, state))
    .with({ type: 'PoolTeam' }, (c) => decidePool(c, state))
    .with({ type: 'WithdrawTeam' }, (c) => decideWithdrawTeam(c, state))
    .with({ type: 'OfferVenue' }, (c) => decideOfferVenue(c, state))
    .with({ type: 'WithdrawVenue' }, (c) => decideWithdrawVenue(c, state))
    .exhaustive()
