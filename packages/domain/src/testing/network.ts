import type { CatalogueCommand } from '../catalogue/commands.js'
import type { ClusterCommand } from '../cluster/commands.js'
import type { SiteCommand } from '../site/commands.js'
import type { SiteLevel } from '../shared/site-level.js'
import type { TeamCommand } from '../team/commands.js'
import type { RegisterVolunteer } from '../volunteer/commands.js'
import { publishEntries } from './catalogue-builders.js'
import { commandMetadata } from './scalar-arbitraries.js'
import { registerVolunteer } from './volunteer-builders.js'

/** A small practice network for scenarios: a centre, two institutes, four stations, two points. */
export const networkSites: readonly {
  readonly siteId: string
  readonly parentId: string | null
  readonly level: SiteLevel
}[] = [
  { siteId: 'centre', parentId: null, level: 'center' },
  { siteId: 'inst-1', parentId: 'centre', level: 'institute' },
  { siteId: 'inst-2', parentId: 'centre', level: 'institute' },
  { siteId: 'st-1', parentId: 'inst-1', level: 'station' },
  { siteId: 'st-2', parentId: 'inst-1', level: 'station' },
  { siteId: 'st-3', parentId: 'inst-2', level: 'station' },
  { siteId: 'st-4', parentId: 'inst-2', level: 'station' },
  { siteId: 'pt-1', parentId: 'st-1', level: 'point' },
  { siteId: 'pt-2', parentId: 'st-3', level: 'point' },
]

/** Teams of the scenario network: a district team at the centre and local teams at stations. */
export const networkTeams: readonly {
  readonly teamId: string
  readonly homeSiteId: string
  readonly categories: readonly string[]
  readonly capacity: number
}[] = [
  { teamId: 'team-district', homeSiteId: 'centre', categories: ['health', 'culture'], capacity: 1 },
  { teamId: 'team-st-1', homeSiteId: 'st-1', categories: ['health'], capacity: 1 },
  { teamId: 'team-st-2', homeSiteId: 'st-2', categories: ['culture', 'health'], capacity: 2 },
  { teamId: 'team-st-3', homeSiteId: 'st-3', categories: ['health'], capacity: 1 },
  { teamId: 'team-st-4', homeSiteId: 'st-4', categories: ['culture'], capacity: 1 },
]

/** When the scenario network is set up; scenario commands come later. */
export const networkSetupTime = '2026-01-01T00:00:00.000Z'

/** The registered volunteers of the scenario network (V1: only they can join a team). */
export const networkVolunteers: readonly string[] = ['v-1', 'v-2']

/** The catalogue entries of the scenario network's district (S1): what its teams serve. */
export const networkCategories: readonly string[] = ['health', 'culture']

/**
 * The commands that register the scenario network's sites, its catalogue, volunteers and teams, in
 * order.
 */
export const networkSetup = (): (
  SiteCommand | CatalogueCommand | RegisterVolunteer | TeamCommand | ClusterCommand
)[] => [
  ...networkSites.map((site): SiteCommand => ({
    type: 'RegisterSite',
    data: {
      ...site,
      name: `site ${site.siteId}`,
      kind: site.level === 'station' ? '村' : '中心',
      coordinates: { latitude: 31, longitude: 121 },
    },
    metadata: commandMetadata(networkSetupTime),
  })),
  ...publishEntries('centre', networkCategories, networkSetupTime),
  ...networkVolunteers.map((volunteerId, i) =>
    registerVolunteer(volunteerId, i + 1, networkSetupTime),
  ),
  ...networkTeams.map((team): TeamCommand => ({
    type: 'RegisterTeam',
    data: {
      ...team,
      categories: [...team.categories],
      name: team.teamId,
      organizationId: 'org-1',
      platform: 'health-and-sport',
      leader: { volunteerId: `${team.teamId}-leader`, displayName: '队长' },
    },
    metadata: commandMetadata(networkSetupTime),
  })),
]

/** A cluster over the scenario network: st-1 leads st-2 and st-3; the teams of st-2 and st-3 pooled. */
export const clusterSetup = (): ClusterCommand[] => [
  {
    type: 'FormCluster',
    data: { clusterId: 'k-1', name: '联片一', leadSiteId: 'st-1', memberSiteIds: ['st-2', 'st-3'] },
    metadata: commandMetadata(networkSetupTime),
  },
  ...['team-st-2', 'team-st-3'].map((teamId): ClusterCommand => ({
    type: 'PoolTeam',
    data: { clusterId: 'k-1', teamId },
    metadata: commandMetadata(networkSetupTime),
  })),
]
