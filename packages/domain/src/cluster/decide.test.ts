import { describe, it } from 'vitest'
import type { TeamFacts } from '../team/team-facts.js'
import { givenCluster } from '../testing/given.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
type PlainCommand = Exclude<ClusterDeciderCommand, { type: 'PoolTeam' }>
import type { ClusterDeciderCommand } from './decide.js'
import type { ClusterEvent } from './events.js'

const at = '2026-03-01T08:00:00.000Z'
const metadata = commandMetadata(at)
const clusterId = 'k-1'

const form = (leadSiteId: string, memberSiteIds: string[]): PlainCommand => ({
  type: 'FormCluster',
  data: { clusterId, name: '联片一', leadSiteId, memberSiteIds },
  metadata,
})
const formed: ClusterEvent = {
  type: 'ClusterFormed',
  data: { clusterId, name: '联片一', leadSiteId: 'st-1', memberSiteIds: ['st-2', 'st-3'], at },
}
const joined = (siteId: string): ClusterEvent => ({
  type: 'ClusterSiteJoined',
  data: { clusterId, siteId, at },
})
const pooled = (teamId: string, homeSiteId: string): ClusterEvent => ({
  type: 'ClusterTeamPooled',
  data: { clusterId, teamId, homeSiteId, at },
})
const withdrawn = (
  teamId: string,
  homeSiteId: string,
  reason: 'withdrawn' | 'site-left' | 'dissolved',
): ClusterEvent => ({
  type: 'ClusterTeamWithdrawn',
  data: { clusterId, teamId, homeSiteId, reason, at },
})
const venueOffered: ClusterEvent = {
  type: 'ClusterVenueOffered',
  data: { clusterId, venueId: 'hall', siteId: 'st-3', name: '文化礼堂', at },
}
const dissolved: ClusterEvent = {
  type: 'ClusterDissolved',
  data: { clusterId, releasedSiteIds: ['st-1', 'st-2', 'st-3'], reason: '', at },
}

const team = (
  teamId: string,
  homeSiteId: string,
  status: TeamFacts['status'] = 'active',
): TeamFacts => ({
  teamId,
  homeSiteId,
  status,
  categories: ['health'],
})
const pool = (teamId: string, facts: TeamFacts | null): ClusterDeciderCommand => ({
  type: 'PoolTeam',
  data: { clusterId, teamId },
  metadata,
  facts: { team: facts },
})
const leave = (siteId: string): PlainCommand => ({
  type: 'LeaveCluster',
  data: { clusterId, siteId },
  metadata,
})
const join = (siteId: string): PlainCommand => ({
  type: 'JoinCluster',
  data: { clusterId, siteId },
  metadata,
})
const dissolve: PlainCommand = {
  type: 'DissolveCluster',
  data: { clusterId, reason: '' },
  metadata,
}
describe('cluster decider: membership', () => {
  it('forms a cluster with a lead and two member sites (C3)', () => {
    givenCluster()
      .when(form('st-1', ['st-2', 'st-3']))
      .then([formed])
  })

  it('refuses a cluster too small, with a repeated site, or formed twice', () => {
    givenCluster()
      .when(form('st-1', ['st-2']))
      .thenFails({ type: 'ClusterTooSmall', clusterId, memberSites: 1 })
    givenCluster()
      .when(form('st-1', ['st-2', 'st-1']))
      .thenFails({ type: 'DuplicateClusterSite', clusterId, siteId: 'st-1' })
    givenCluster([formed])
      .when(form('st-1', ['st-2', 'st-3']))
      .thenFails({ type: 'ClusterAlreadyExists', clusterId })
  })

  it('lets a site join an active cluster once', () => {
    givenCluster([formed])
      .when(join('st-4'))
      .then([joined('st-4')])
    givenCluster([formed])
      .when(join('st-2'))
      .thenFails({ type: 'SiteAlreadyInThisCluster', clusterId, siteId: 'st-2' })
    givenCluster().when(join('st-4')).thenFails({ type: 'ClusterNotFound', clusterId })
    givenCluster([formed, dissolved])
      .when(join('st-4'))
      .thenFails({ type: 'ClusterIsDissolved', clusterId })
  })

  it('withdraws exactly the leaving site’s teams and venues with it (C2)', () => {
    givenCluster([
      formed,
      joined('st-4'),
      pooled('team-3', 'st-3'),
      pooled('team-2', 'st-2'),
      venueOffered,
    ])
      .when(leave('st-3'))
      .then([
        withdrawn('team-3', 'st-3', 'site-left'),
        { type: 'ClusterVenueWithdrawn', data: { clusterId, venueId: 'hall', siteId: 'st-3', at } },
        { type: 'ClusterSiteLeft', data: { clusterId, siteId: 'st-3', at } },
      ])
  })

  it('refuses a leave by the lead, by a stranger, or below two members (C3)', () => {
    givenCluster([formed])
      .when(leave('st-1'))
      .thenFails({ type: 'LeadSiteCannotLeave', clusterId, siteId: 'st-1' })
    givenCluster([formed])
      .when(leave('st-9'))
      .thenFails({ type: 'SiteNotInThisCluster', clusterId, siteId: 'st-9' })
    givenCluster([formed])
      .when(leave('st-2'))
      .thenFails({ type: 'ClusterTooSmall', clusterId, memberSites: 1 })
  })

  it('dissolves, withdrawing every pooled team and releasing every site', () => {
    givenCluster([formed, pooled('team-2', 'st-2')])
      .when(dissolve)
      .then([withdrawn('team-2', 'st-2', 'dissolved'), dissolved])
    givenCluster([formed, dissolved])
      .when(dissolve)
      .thenFails({ type: 'ClusterIsDissolved', clusterId })
    givenCluster().when(dissolve).thenFails({ type: 'ClusterNotFound', clusterId })
  })
})

describe('cluster decider: sharing', () => {
  it('pools a team whose home site is in the cluster (C2)', () => {
    givenCluster([formed])
      .when(pool('team-2', team('team-2', 'st-2')))
      .then([pooled('team-2', 'st-2')])
  })

  it('refuses a foreign, unknown, dissolved or already pooled team', () => {
    givenCluster([formed])
      .when(pool('team-9', team('team-9', 'st-9')))
      .thenFails({
        type: 'TeamHomeSiteNotInCluster',
        clusterId,
        teamId: 'team-9',
        homeSiteId: 'st-9',
      })
    givenCluster([formed])
      .when(pool('team-2', null))
      .thenFails({ type: 'PoolTeamUnavailable', clusterId, teamId: 'team-2' })
    givenCluster([formed])
      .when(pool('team-2', team('team-2', 'st-2', 'dissolved')))
      .thenFails({ type: 'PoolTeamUnavailable', clusterId, teamId: 'team-2' })
    givenCluster([formed, pooled('team-2', 'st-2')])
      .when(pool('team-2', team('team-2', 'st-2')))
      .thenFails({ type: 'TeamAlreadyPooled', clusterId, teamId: 'team-2' })
  })

  it('withdraws a pooled team, and refuses one that is not pooled', () => {
    const withdraw: PlainCommand = {
      type: 'WithdrawTeam',
      data: { clusterId, teamId: 'team-2' },
      metadata,
    }
    givenCluster([formed, pooled('team-2', 'st-2')])
      .when(withdraw)
      .then([withdrawn('team-2', 'st-2', 'withdrawn')])
    givenCluster([formed])
      .when(withdraw)
      .thenFails({ type: 'TeamNotPooled', clusterId, teamId: 'team-2' })
  })

  it('takes venues offered by member sites only, once each (C4)', () => {
    const offer = (siteId: string): PlainCommand => ({
      type: 'OfferVenue',
      data: { clusterId, venueId: 'hall', siteId, name: '文化礼堂' },
      metadata,
    })
    givenCluster([formed]).when(offer('st-3')).then([venueOffered])
    givenCluster([formed])
      .when(offer('st-9'))
      .thenFails({ type: 'SiteNotInThisCluster', clusterId, siteId: 'st-9' })
    givenCluster([formed, venueOffered])
      .when(offer('st-2'))
      .thenFails({ type: 'VenueAlreadyOffered', clusterId, venueId: 'hall' })
  })

  it('withdraws an offered venue, and refuses an unknown one', () => {
    const withdraw: PlainCommand = {
      type: 'WithdrawVenue',
      data: { clusterId, venueId: 'hall' },
      metadata,
    }
    givenCluster([formed, venueOffered])
      .when(withdraw)
      .then([
        { type: 'ClusterVenueWithdrawn', data: { clusterId, venueId: 'hall', siteId: 'st-3', at } },
      ])
    givenCluster([formed])
      .when(withdraw)
      .thenFails({ type: 'VenueNotFound', clusterId, venueId: 'hall' })
  })

  it('still reads a joint activity recorded by the old command (its events stay in the log)', () => {
    const recorded: ClusterEvent = {
      type: 'ClusterJointActivityRecorded',
      data: {
        clusterId,
        activityId: 'a-1',
        title: 't',
        hostSiteId: 'st-2',
        coOrganizingSiteIds: [],
        teamIds: [],
        date: '2026-06-19',
        volunteers: 1,
        audience: 1,
        at,
      },
    }
    givenCluster([formed, recorded])
      .when(dissolve)
      .then([
        {
          type: 'ClusterDissolved',
          data: { clusterId, releasedSiteIds: ['st-1', 'st-2', 'st-3'], reason: '', at },
        },
      ])
  })
})
