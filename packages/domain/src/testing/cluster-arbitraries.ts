import fc from 'fast-check'
import type { ClusterDeciderCommand } from '../cluster/decide.js'
import type { ClusterEvent } from '../cluster/events.js'
import { clusterDecider } from '../cluster/cluster-decider.js'
import { commandMetadataArbitrary } from './scalar-arbitraries.js'
import { validHistoryArbitrary } from './valid-history.js'

const sites = ['st-1', 'st-2', 'st-3', 'st-4', 'st-5']

/**
 * A schema-valid command for one cluster (`clusterId`) over five stations, `PoolTeam` with the team's
 * facts (its home site one of the stations, or an outsider): sequences of them cover every refusal.
 */
export const clusterDeciderCommandArbitrary = (
  clusterId = 'k-1',
): fc.Arbitrary<ClusterDeciderCommand> => {
  const metadata = commandMetadataArbitrary(['admin'])
  const site = fc.constantFrom(...sites)
  const teamId = fc.constantFrom('team-1', 'team-2', 'team-3')
  const venueId = fc.constantFrom('venue-1', 'venue-2')
  return fc.oneof(
    fc
      .record({ metadata, sites: fc.shuffledSubarray(sites, { minLength: 2, maxLength: 4 }) })
      .map(({ metadata, sites: [lead, ...members] }): ClusterDeciderCommand => ({
        type: 'FormCluster',
        data: { clusterId, name: clusterId, leadSiteId: lead ?? 'st-1', memberSiteIds: members },
        metadata,
      })),
    fc.record({ metadata, siteId: site }).map(({ metadata, siteId }): ClusterDeciderCommand => ({
      type: 'JoinCluster',
      data: { clusterId, siteId },
      metadata,
    })),
    fc.record({ metadata, siteId: site }).map(({ metadata, siteId }): ClusterDeciderCommand => ({
      type: 'LeaveCluster',
      data: { clusterId, siteId },
      metadata,
    })),
    fc
      .record({ metadata, teamId, home: fc.constantFrom(...sites, 'outside') })
      .map(({ metadata, teamId, home }): ClusterDeciderCommand => ({
        type: 'PoolTeam',
        data: { clusterId, teamId },
        metadata,
        facts: { team: { teamId, homeSiteId: home, status: 'active', categories: ['health'] } },
      })),
    fc.record({ metadata, teamId }).map(({ metadata, teamId }): ClusterDeciderCommand => ({
      type: 'WithdrawTeam',
      data: { clusterId, teamId },
      metadata,
    })),
    fc
      .record({ metadata, venueId, siteId: site })
      .map(({ metadata, venueId, siteId }): ClusterDeciderCommand => ({
        type: 'OfferVenue',
        data: { clusterId, venueId, siteId, name: '礼堂' },
        metadata,
      })),
    fc.record({ metadata, venueId }).map(({ metadata, venueId }): ClusterDeciderCommand => ({
      type: 'WithdrawVenue',
      data: { clusterId, venueId },
      metadata,
    })),
    metadata.map((metadata): ClusterDeciderCommand => ({
      type: 'DissolveCluster',
      data: { clusterId, reason: '' },
      metadata,
    })),
  )
}

/** A valid history of one cluster: the events the cluster decider accepts from random commands. */
export const clusterHistoryArbitrary = (clusterId = 'k-1'): fc.Arbitrary<ClusterEvent[]> =>
  validHistoryArbitrary(
    clusterDecider,
    fc.array(clusterDeciderCommandArbitrary(clusterId), { maxLength: 40, size: 'max' }),
  )
