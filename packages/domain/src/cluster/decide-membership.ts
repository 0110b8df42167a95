import type { DecideResult } from '@wenming/event-store'
import type { DissolveCluster, FormCluster, JoinCluster, LeaveCluster } from './commands.js'
import type { ClusterError } from './errors.js'
import type { ClusterEvent } from './events.js'
import { isClusterSite, type ClusterState } from './state.js'

type Result = DecideResult<ClusterEvent, ClusterError>

/** C3: a lead site and at least two other, distinct member sites. */
export const decideForm = ({ data, metadata }: FormCluster, state: ClusterState): Result => {
  const { clusterId, leadSiteId, memberSiteIds } = data
  if (state.status !== 'none')
    return { ok: false, error: { type: 'ClusterAlreadyExists', clusterId } }
  const seen = new Set<string>([leadSiteId])
  for (const siteId of memberSiteIds) {
    if (seen.has(siteId))
      return { ok: false, error: { type: 'DuplicateClusterSite', clusterId, siteId } }
    seen.add(siteId)
  }
  if (memberSiteIds.length < 2) {
    return {
      ok: false,
      error: { type: 'ClusterTooSmall', clusterId, memberSites: memberSiteIds.length },
    }
  }
  return { ok: true, events: [{ type: 'ClusterFormed', data: { ...data, at: metadata.now } }] }
}

/** A site joins an active cluster (its claim on the site's stream was taken first: C1). */
export const decideJoin = ({ data, metadata }: JoinCluster, state: ClusterState): Result => {
  const { clusterId, siteId } = data
  if (state.status === 'none') return { ok: false, error: { type: 'ClusterNotFound', clusterId } }
  if (state.status === 'dissolved')
    return { ok: false, error: { type: 'ClusterIsDissolved', clusterId } }
  if (isClusterSite(state, siteId)) {
    return { ok: false, error: { type: 'SiteAlreadyInThisCluster', clusterId, siteId } }
  }
  return {
    ok: true,
    events: [{ type: 'ClusterSiteJoined', data: { clusterId, siteId, at: metadata.now } }],
  }
}

/** A member site leaves; its pooled teams and venues leave with it (C2); C3 keeps two members. */
export const decideLeave = ({ data, metadata }: LeaveCluster, state: ClusterState): Result => {
  const { clusterId, siteId } = data
  const at = metadata.now
  if (state.status === 'none') return { ok: false, error: { type: 'ClusterNotFound', clusterId } }
  if (state.status === 'dissolved')
    return { ok: false, error: { type: 'ClusterIsDissolved', clusterId } }
  if (state.leadSiteId === siteId)
    return { ok: false, error: { type: 'LeadSiteCannotLeave', clusterId, siteId } }
  if (!state.memberSiteIds.includes(siteId)) {
    return { ok: false, error: { type: 'SiteNotInThisCluster', clusterId, siteId } }
  }
  if (state.memberSiteIds.length <= 2) {
    return {
      ok: false,
      error: { type: 'ClusterTooSmall', clusterId, memberSites: state.memberSiteIds.length - 1 },
    }
  }
  const teams: ClusterEvent[] = Object.entries(state.pooledTeams)
    .filter(([, homeSiteId]) => homeSiteId === siteId)
    .map(([teamId, homeSiteId]) => ({
      type: 'ClusterTeamWithdrawn',
      data: { clusterId, teamId, homeSiteId, reason: 'site-left', at },
    }))
  const venues: ClusterEvent[] = Object.entries(state.venues)
    .filter(([, offeredBy]) => offeredBy === siteId)
    .map(([venueId]) => ({
      type: 'ClusterVenueWithdrawn',
      data: { clusterId, venueId, siteId, at },
    }))
  return {
    ok: true,
    events: [...teams, ...venues, { type: 'ClusterSiteLeft', data: { clusterId, siteId, at } }],
  }
}

/** Dissolving withdraws every pooled team and releases the lead and every member site (C3). */
export const decideDissolve = (
  { data, metadata }: DissolveCluster,
  state: ClusterState,
): Result => {
  const { clusterId } = data
  const at = metadata.now
  if (state.status === 'none') return { ok: false, error: { type: 'ClusterNotFound', clusterId } }
  if (state.status === 'dissolved')
    return { ok: false, error: { type: 'ClusterIsDissolved', clusterId } }
  const teams: ClusterEvent[] = Object.entries(state.pooledTeams).map(([teamId, homeSiteId]) => ({
    type: 'ClusterTeamWithdrawn',
    data: { clusterId, teamId, homeSiteId, reason: 'dissolved', at },
  }))
  return {
    ok: true,
    events: [
      ...teams,
      {
        type: 'ClusterDissolved',
        data: {
          clusterId,
          releasedSiteIds: [state.leadSiteId, ...state.memberSiteIds],
          reason: data.reason,
          at,
        },
      },
    ],
  }
}
