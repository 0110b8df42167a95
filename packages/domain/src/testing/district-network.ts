import fc from 'fast-check'
import { publishEntries } from './catalogue-builders.js'
import { commandMetadata } from './scalar-arbitraries.js'
import type { WenmingCommand } from '../wenming-command.js'

/** One generated district: its centre, one institute and its stations. */
export type GeneratedDistrict = {
  readonly centre: string
  readonly institute: string
  readonly stations: readonly string[]
}

/** Several districts side by side in one store, with a team at each centre and each station. */
export type DistrictNetwork = {
  readonly districts: readonly GeneratedDistrict[]
  /** The district (its centre's id) of every site. */
  readonly districtOfSite: ReadonlyMap<string, string>
  /** The home site of every team. */
  readonly homeOfTeam: ReadonlyMap<string, string>
}

const setupTime = '2026-01-01T00:00:00.000Z'

/** Two to three districts of two to four stations each. */
export const districtNetworkArbitrary: fc.Arbitrary<DistrictNetwork> = fc
  .array(fc.integer({ min: 2, max: 4 }), { minLength: 2, maxLength: 3 })
  .map((stationCounts) => {
    const districts = stationCounts.map((count, d): GeneratedDistrict => ({
      centre: `c${d}`,
      institute: `i${d}`,
      stations: Array.from({ length: count }, (_, k) => `s${d}-${k}`),
    }))
    const districtOfSite = new Map<string, string>()
    const homeOfTeam = new Map<string, string>()
    for (const district of districts) {
      for (const site of [district.centre, district.institute, ...district.stations]) {
        districtOfSite.set(site, district.centre)
      }
      for (const site of [district.centre, ...district.stations])
        homeOfTeam.set(`team-${site}`, site)
    }
    return { districts, districtOfSite, homeOfTeam }
  })

/** The commands that register every district's sites and teams. */
export const districtSetup = (network: DistrictNetwork): WenmingCommand[] => {
  const metadata = commandMetadata(setupTime)
  const site = (
    siteId: string,
    parentId: string | null,
    level: 'center' | 'institute' | 'station',
  ) =>
    ({
      type: 'RegisterSite',
      data: {
        siteId,
        parentId,
        level,
        name: siteId,
        kind: level,
        coordinates: { latitude: 31, longitude: 121 },
      },
      metadata,
    }) satisfies WenmingCommand
  const sites = network.districts.flatMap((d) => [
    site(d.centre, null, 'center'),
    site(d.institute, d.centre, 'institute'),
    ...d.stations.map((s) => site(s, d.institute, 'station')),
  ])
  const teams = [...network.homeOfTeam].map(([teamId, homeSiteId]): WenmingCommand => ({
    type: 'RegisterTeam',
    data: {
      teamId,
      name: teamId,
      homeSiteId,
      organizationId: 'org-1',
      platform: 'health-and-sport',
      categories: ['health'],
      capacity: 3,
      leader: { volunteerId: `${teamId}-leader`, displayName: '队长' },
    },
    metadata,
  }))
  const catalogues = network.districts.flatMap((d) =>
    publishEntries(d.centre, ['health'], setupTime),
  )
  return [...sites, ...catalogues, ...teams]
}

type Draft = (metadata: WenmingCommand['metadata']) => WenmingCommand

/**
 * Random commands over every district at once, valid and invalid alike: request orders at any
 * station or centre dispatched to any team, directives from any centre or institute to any team,
 * clusters formed, joined and pooled across the whole network.
 */
export const districtCommandsArbitrary = (
  network: DistrictNetwork,
): fc.Arbitrary<WenmingCommand[]> => {
  const centres = network.districts.map((d) => d.centre)
  const stations = network.districts.flatMap((d) => d.stations)
  const issuers = network.districts.flatMap((d) => [d.centre, d.institute])
  const teams = [...network.homeOfTeam.keys()]
  const order = fc.constantFrom('o-1', 'o-2', 'o-3', 'o-4', 'o-5', 'o-6')
  const team = fc.constantFrom(...teams)
  const station = fc.constantFrom(...stations)
  const cluster = fc.constantFrom('k-1', 'k-2')
  const drafts: { arbitrary: fc.Arbitrary<Draft>; weight: number }[] = [
    {
      weight: 4,
      arbitrary: fc
        .record({ orderId: order, siteId: fc.constantFrom(...stations, ...centres) })
        .map((data) => (metadata) => ({
          type: 'PlaceRequestOrder',
          data: { ...data, onBehalfOf: null, category: 'health', need: '', wantedAt: setupTime },
          metadata,
        })),
    },
    {
      weight: 4,
      arbitrary: order.map((orderId) => (metadata) => ({
        type: 'AcceptOrder',
        data: { orderId },
        metadata,
      })),
    },
    {
      weight: 6,
      arbitrary: fc.record({ orderId: order, teamId: team }).map((data) => (metadata) => ({
        type: 'DispatchOrder',
        data,
        metadata,
      })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({
          orderId: fc.constantFrom('d-1', 'd-2', 'd-3'),
          issuingSiteId: fc.constantFrom(...issuers),
          teamId: team,
        })
        .map((data) => (metadata) => ({
          type: 'IssueDirectiveOrder',
          data: { ...data, theme: '理论宣讲', description: '', dueDate: '2026-03-01' },
          metadata,
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          clusterId: cluster,
          sites: fc.shuffledSubarray(stations, { minLength: 3, maxLength: 3 }),
        })
        .map(({ clusterId, sites: [lead, ...members] }) => (metadata) => ({
          type: 'FormCluster',
          data: { clusterId, name: clusterId, leadSiteId: lead!, memberSiteIds: members },
          metadata,
        })),
    },
    {
      weight: 2,
      arbitrary: fc.record({ clusterId: cluster, siteId: station }).map((data) => (metadata) => ({
        type: 'JoinCluster',
        data,
        metadata,
      })),
    },
    {
      weight: 2,
      arbitrary: fc.record({ clusterId: cluster, teamId: team }).map((data) => (metadata) => ({
        type: 'PoolTeam',
        data,
        metadata,
      })),
    },
  ]
  return fc
    .array(fc.oneof(...drafts), { minLength: 5, maxLength: 40, size: 'max' })
    .map((steps) =>
      steps.map((draft, index) =>
        draft(
          commandMetadata(new Date(Date.parse(setupTime) + (index + 1) * 60_000).toISOString()),
        ),
      ),
    )
}
