import type { DecideResult } from '@wenming/event-store'
import type { TeamFacts } from '../team/team-facts.js'
import type { WithFacts } from '../shared/with-facts.js'
import type { OfferVenue, PoolTeam, WithdrawTeam, WithdrawVenue } from './commands.js'
import type { ClusterError } from './errors.js'
import type { ClusterEvent } from './events.js'
import { isClusterSite, type ClusterState, type FormedCluster } from './state.js'

type Result = DecideResult<ClusterEvent, ClusterError>

/** `PoolTeam` with the team as read from its stream (`null`: not registered). */
export type PoolTeamWithTeam = WithFacts<PoolTeam, { readonly team: TeamFacts | null }>

const whenActive = (
  state: ClusterState,
  clusterId: string,
  then: (c: FormedCluster) => Result,
): Result => {
  if (state.status === 'none') return { ok: false, error: { type: 'ClusterNotFound', clusterId } }
  if (state.status === 'dissolved')
    return { ok: false, error: { type: 'ClusterIsDissolved', clusterId } }
  return then(state)
}

/** C2: a live team joins the pool only of the cluster its home site belongs to. */
export const decidePool = (
  { data, metadata, facts }: PoolTeamWithTeam,
  state: ClusterState,
): Result =>
  whenActive(state, data.clusterId, (cluster) => {
    const { clusterId, teamId } = data
    const team = facts.team
    if (team?.teamId !== teamId || team.status === 'dissolved') {
      return { ok: false, error: { type: 'PoolTeamUnavailable', clusterId, teamId } }
    }
    if (!isClusterSite(cluster, team.homeSiteId)) {
      return {
        ok: false,
        error: { type: 'TeamHomeSiteNotInCluster', clusterId, teamId, homeSiteId: team.homeSiteId },
      }
    }
    if (teamId in cluster.pooledTeams)
      return { ok: false, error: { type: 'TeamAlreadyPooled', clusterId, teamId } }
    return {
      ok: true,
      events: [
        {
          type: 'ClusterTeamPooled',
          data: { clusterId, teamId, homeSiteId: team.homeSiteId, at: metadata.now },
        },
      ],
    }
  })

export const decideWithdrawTeam = ({ data, metadata }: WithdrawTeam, state: ClusterState): Result =>
  whenActive(state, data.clusterId, (cluster) => {
    const { clusterId, teamId } = data
    const homeSiteId = cluster.pooledTeams[teamId]
    if (homeSiteId === undefined)
      return { ok: false, error: { type: 'TeamNotPooled', clusterId, teamId } }
    return {
      ok: true,
      events: [
        {
          type: 'ClusterTeamWithdrawn',
          data: { clusterId, teamId, homeSiteId, reason: 'withdrawn', at: metadata.now },
        },
      ],
    }
  })

/** C4: venues are offered by the cluster's own sites. */
export const decideOfferVenue = ({ data, metadata }: OfferVenue, state: ClusterState): Result =>
  whenActive(state, data.clusterId, (cluster) => {
    const { clusterId, venueId, siteId } = data
    if (!isClusterSite(cluster, siteId))
      return { ok: false, error: { type: 'SiteNotInThisCluster', clusterId, siteId } }
    if (venueId in cluster.venues)
      return { ok: false, error: { type: 'VenueAlreadyOffered', clusterId, venueId } }
    return {
      ok: true,
      events: [{ type: 'ClusterVenueOffered', data: { ...data, at: metadata.now } }],
    }
  })

export const decideWithdrawVenue = (
  { data, metadata }: WithdrawVenue,
  state: ClusterState,
): Result =>
  whenActive(state, data.clusterId, (cluster) => {
    const { clusterId, venueId } = data
    const siteId = cluster.venues[venueId]
    if (siteId === undefined)
      return { ok: false, error: { type: 'VenueNotFound', clusterId, venueId } }
    return {
      ok: true,
      events: [
        { type: 'ClusterVenueWithdrawn', data: { clusterId, venueId, siteId, at: metadata.now } },
      ],
    }
  })
