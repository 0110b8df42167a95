import type { LeanEvent, ReadModel, RowChange, RowProjection } from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import { eraseMemberNames } from './erase-member-names.js'
import { siteClusterChanges, siteClusterEventTypes } from '../site-cluster-changes.js'
import { teamLifecycleChange, teamLifecycleEventTypes } from '../team-lifecycle-change.js'
import type {
  JointActivity,
  NetworkClusterRow,
  NetworkRows,
  NetworkSiteRow,
  NetworkTeamRow,
} from './network-rows.js'
import { siteCellKey } from './site-cell.js'

type Change = RowChange<NetworkRows>
type Model = ReadModel<NetworkRows>

const site = (row: NetworkSiteRow): Change[] => [{ table: 'sites', key: row.siteId, row }]
const team = (row: NetworkTeamRow): Change[] => [{ table: 'teams', key: row.teamId, row }]
const cluster = (row: NetworkClusterRow): Change[] => [
  { table: 'clusters', key: row.clusterId, row },
]

const withSite = (model: Model, siteId: string, change: Partial<NetworkSiteRow>): Change[] => {
  const row = model.sites.get(siteId)
  return row === undefined ? [] : site({ ...row, ...change })
}

const withTeam = (model: Model, teamId: string, change: Partial<NetworkTeamRow>): Change[] => {
  const row = model.teams.get(teamId)
  return row === undefined ? [] : team({ ...row, ...change })
}

const withCluster = (
  model: Model,
  clusterId: string,
  change: (row: NetworkClusterRow) => Partial<NetworkClusterRow>,
): Change[] => {
  const row = model.clusters.get(clusterId)
  return row === undefined ? [] : cluster({ ...row, ...change(row) })
}

const without = <T>(items: readonly T[], item: T): T[] => items.filter((x) => x !== item)

/** C4: a joint activity counts once for its cluster, whichever event told it first. */
const credit = (model: Model, clusterId: string, joint: JointActivity): Change[] =>
  withCluster(model, clusterId, (row) =>
    row.jointActivities.some((a) => a.activityId === joint.activityId)
      ? {}
      : { jointActivities: [...row.jointActivities, joint] },
  )

const clusterChanges = (model: Model, event: ReturnType<typeof asWenmingEvent>): Change[] => {
  switch (event.type) {
    case 'ClusterFormed':
      return cluster({
        clusterId: event.data.clusterId,
        name: event.data.name,
        status: 'active',
        leadSiteId: event.data.leadSiteId,
        memberSiteIds: [event.data.leadSiteId, ...event.data.memberSiteIds],
        pooledTeamIds: [],
        venues: [],
        jointActivities: [],
        formedAt: event.data.at,
        dissolvedAt: null,
      })
    case 'ClusterSiteJoined':
      return withCluster(model, event.data.clusterId, (row) => ({
        memberSiteIds: [...without(row.memberSiteIds, event.data.siteId), event.data.siteId],
      }))
    case 'ClusterSiteLeft':
      return withCluster(model, event.data.clusterId, (row) => ({
        memberSiteIds: without(row.memberSiteIds, event.data.siteId),
      }))
    case 'ClusterTeamPooled':
      return withCluster(model, event.data.clusterId, (row) => ({
        pooledTeamIds: [...without(row.pooledTeamIds, event.data.teamId), event.data.teamId],
      }))
    case 'ClusterTeamWithdrawn':
      return withCluster(model, event.data.clusterId, (row) => ({
        pooledTeamIds: without(row.pooledTeamIds, event.data.teamId),
      }))
    case 'ClusterVenueOffered':
      return withCluster(model, event.data.clusterId, (row) => ({
        venues: [
          ...row.venues.filter((v) => v.venueId !== event.data.venueId),
          { venueId: event.data.venueId, siteId: event.data.siteId, name: event.data.name },
        ],
      }))
    case 'ClusterVenueWithdrawn':
      return withCluster(model, event.data.clusterId, (row) => ({
        venues: row.venues.filter((v) => v.venueId !== event.data.venueId),
      }))
    // Recorded by the old joint-activity command, before a held activity credited its cluster.
    case 'ClusterJointActivityRecorded':
      return credit(model, event.data.clusterId, {
        activityId: event.data.activityId,
        title: event.data.title,
        hostSiteId: event.data.hostSiteId,
        date: event.data.date,
        volunteers: event.data.volunteers,
        audience: event.data.audience,
      })
    case 'ActivityHeld': {
      const { data } = event
      if (data.clusterId === undefined) return []
      return credit(model, data.clusterId, {
        activityId: data.activityId,
        title: data.title,
        hostSiteId: data.organizerSiteId,
        date: data.date,
        volunteers: data.volunteers,
        audience: data.audience,
        ...(data.venueId === undefined ? {} : { venueId: data.venueId }),
      })
    }
    case 'ClusterDissolved':
      return withCluster(model, event.data.clusterId, () => ({
        status: 'dissolved',
        memberSiteIds: [],
        pooledTeamIds: [],
        venues: [],
        dissolvedAt: event.data.at,
      }))
    default:
      return []
  }
}

const changes = (model: Model, recorded: LeanEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  switch (event.type) {
    case 'SiteRegistered': {
      const cell = siteCellKey(event.data.coordinates)
      const inCell = model.siteCells.get(cell)?.siteIds ?? []
      const indexed: Change = {
        table: 'siteCells',
        key: cell,
        row: {
          cell,
          siteIds: [...inCell.filter((id) => id !== event.data.siteId), event.data.siteId],
        },
      }
      return [
        indexed,
        ...site({
          siteId: event.data.siteId,
          parentId: event.data.parentId,
          level: event.data.level,
          name: event.data.name,
          kind: event.data.kind,
          coordinates: event.data.coordinates,
          weak: false,
          closed: false,
          registeredAt: event.data.at,
        }),
      ]
    }
    case 'SiteRenamed':
      return withSite(model, event.data.siteId, { name: event.data.name })
    case 'SiteMarkedWeak':
      return withSite(model, event.data.siteId, { weak: true })
    case 'SiteWeakMarkCleared':
      return withSite(model, event.data.siteId, { weak: false })
    case 'SiteClosed':
      return withSite(model, event.data.siteId, { closed: true })
    case 'TeamRegistered': {
      const { homeSiteId, teamId } = event.data
      const atHome = model.siteTeams.get(homeSiteId)?.teamIds ?? []
      const homed: Change = {
        table: 'siteTeams',
        key: homeSiteId,
        row: { siteId: homeSiteId, teamIds: [...atHome.filter((id) => id !== teamId), teamId] },
      }
      return [
        homed,
        ...team({
          teamId: event.data.teamId,
          name: event.data.name,
          homeSiteId: event.data.homeSiteId,
          organizationId: event.data.organizationId,
          platform: event.data.platform,
          categories: event.data.categories,
          capacity: event.data.capacity,
          activeOrders: 0,
          status: 'active',
          leaderId: event.data.leader.volunteerId,
          members: [event.data.leader],
          flags: [],
          completed: 0,
          ratingSum: 0,
          ratingCount: 0,
          registeredAt: event.data.at,
        }),
      ]
    }
    case 'TeamMemberJoined': {
      const row = model.teams.get(event.data.teamId)
      if (row === undefined) return []
      const { volunteerId, displayName } = event.data
      return team({
        ...row,
        members: [
          ...row.members.filter((m) => m.volunteerId !== volunteerId),
          { volunteerId, displayName },
        ],
      })
    }
    case 'PersonalDataErased':
      return eraseMemberNames(model, event)
    case 'TeamMemberLeft': {
      const row = model.teams.get(event.data.teamId)
      if (row === undefined) return []
      return team({
        ...row,
        members: row.members.filter((m) => m.volunteerId !== event.data.volunteerId),
      })
    }
    case 'TeamCategoriesChanged':
      return withTeam(model, event.data.teamId, { categories: event.data.categories })
    case 'TeamFlagAwarded': {
      const row = model.teams.get(event.data.teamId)
      return row === undefined ? [] : team({ ...row, flags: [...row.flags, event.data.title] })
    }
    case 'TeamCapacityChanged':
    case 'TeamSuspended':
    case 'TeamReinstated':
    case 'TeamDissolved':
    case 'TeamCapacityReserved':
    case 'TeamCapacityReleased': {
      const row = model.teams.get(event.data.teamId)
      const change = row === undefined ? undefined : teamLifecycleChange(event, row.activeOrders)
      return row === undefined || change === undefined ? [] : team({ ...row, ...change })
    }
    case 'OrderCompleted': {
      const row = model.teams.get(event.data.teamId)
      return row === undefined ? [] : team({ ...row, completed: row.completed + 1 })
    }
    case 'OrderEvaluated': {
      // A 定单 to several teams credits each of them (O7).
      const { rating, teamIds } = event.data
      return (teamIds ?? [event.data.teamId]).flatMap((teamId) => {
        const row = model.teams.get(teamId)
        return row === undefined
          ? []
          : team({ ...row, ratingSum: row.ratingSum + rating, ratingCount: row.ratingCount + 1 })
      })
    }
    default:
      return [...siteClusterChanges(model, event), ...clusterChanges(model, event)]
  }
}

/**
 * 阵地与队伍名录: every site (with its weak mark), team (with members, load and rating) and cluster
 * (with members, pooled teams, venues and joint activities) of the network as it stands now.
 */
export const networkDirectory: RowProjection<NetworkRows> = {
  name: 'network-directory',
  tables: ['sites', 'teams', 'clusters', 'siteClusters', 'siteCells', 'siteTeams'],
  eventTypes: [
    'SiteRegistered',
    'SiteRenamed',
    'SiteMarkedWeak',
    'SiteWeakMarkCleared',
    'SiteClosed',
    'TeamRegistered',
    'TeamMemberJoined',
    'TeamMemberLeft',
    'PersonalDataErased',
    'TeamCategoriesChanged',
    'TeamFlagAwarded',
    ...teamLifecycleEventTypes,
    'OrderCompleted',
    'OrderEvaluated',
    ...siteClusterEventTypes,
    'ClusterTeamPooled',
    'ClusterTeamWithdrawn',
    'ClusterVenueOffered',
    'ClusterVenueWithdrawn',
    'ClusterJointActivityRecorded',
    'ActivityHeld',
  ],
  changes,
  leanEvents: true,
}
