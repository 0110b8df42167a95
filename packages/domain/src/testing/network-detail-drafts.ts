import fc from 'fast-check'
import type { ActivityCommand } from '../activity/commands.js'
import type { ClusterCommand } from '../cluster/commands.js'
import type { OrderCommand } from '../order/commands.js'
import type { CommandMetadata } from '../shared/command-metadata.js'
import type { SiteCommand } from '../site/commands.js'
import type { TeamCommand } from '../team/commands.js'
import { networkSites, networkTeams } from './network.js'
import { calendarDateArbitrary } from './scalar-arbitraries.js'

/** A command of the scenario network still waiting for its time and actor. */
export type Draft = (
  metadata: CommandMetadata,
) => SiteCommand | TeamCommand | OrderCommand | ClusterCommand | ActivityCommand

const siteIds = networkSites.map((site) => site.siteId)
const teamIds = networkTeams.map((team) => team.teamId)
const stationIds = ['st-1', 'st-2', 'st-3', 'st-4']
const team = fc.constantFrom(...teamIds)
const station = fc.constantFrom(...stationIds)
const cluster = fc.constantFrom('k-1', 'k-2')

const volunteer = fc.constantFrom('v-1', 'v-2', 'team-st-1-leader')
const venue = fc.constantFrom('venue-1', 'venue-2')

/** Commands that touch neither capacity nor lifecycle: names, marks, members, venues, joint work. */
export const detailDrafts: fc.Arbitrary<Draft>[] = [
  fc.constantFrom(...siteIds).map((siteId) => (metadata) => ({
    type: 'RenameSite',
    data: { siteId, name: `${siteId} renamed` },
    metadata,
  })),
  station.map((siteId) => (metadata) => ({
    type: 'MarkSiteWeak',
    data: { siteId, reason: '' },
    metadata,
  })),
  station.map((siteId) => (metadata) => ({
    type: 'ClearSiteWeakMark',
    data: { siteId },
    metadata,
  })),
  fc.constantFrom('pt-1', 'pt-2').map((siteId) => (metadata) => ({
    type: 'CloseSite',
    data: { siteId, reason: '' },
    metadata,
  })),
  fc.record({ teamId: team, volunteerId: volunteer }).map((data) => (metadata) => ({
    type: 'JoinTeam',
    data: { ...data, displayName: '志愿者' },
    metadata,
  })),
  fc.record({ teamId: team, volunteerId: volunteer }).map((data) => (metadata) => ({
    type: 'LeaveTeam',
    data,
    metadata,
  })),
  team.map((teamId) => (metadata) => ({
    type: 'AwardTeamFlag',
    data: { teamId, awardedBySiteId: 'centre', title: '授旗' },
    metadata,
  })),
  fc.record({ clusterId: cluster, venueId: venue, siteId: station }).map((data) => (metadata) => ({
    type: 'OfferVenue',
    data: { ...data, name: '文化礼堂' },
    metadata,
  })),
  fc.record({ clusterId: cluster, venueId: venue }).map((data) => (metadata) => ({
    type: 'WithdrawVenue',
    data,
    metadata,
  })),
  // C4: a joint activity is planned by its host with the cluster (and maybe a shared venue) named.
  fc
    .record({
      clusterId: cluster,
      activityId: fc.constantFrom('act-1', 'act-2', 'act-3'),
      organizerSiteId: station,
      venueId: fc.option(venue, { nil: undefined }),
      teamIds: fc.subarray(teamIds, { maxLength: 2 }),
      plannedDate: calendarDateArbitrary(),
    })
    .map(({ venueId, ...data }) => (metadata) => ({
      type: 'PlanActivity',
      data: {
        ...data,
        title: '活动联办',
        kind: 'regular',
        ...(venueId === undefined ? {} : { venueId }),
      },
      metadata,
    })),
]
