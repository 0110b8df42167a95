import type { SiteLevel } from '@wenming/domain'
import type { Random } from './random.js'
import type { SimulationProfile } from './simulation-profile.js'

export type PlannedSite = {
  id: string
  parentId: string | null
  level: SiteLevel
  name: string
  kind: string
  latitude: number
  longitude: number
  institute: string
}

export type PlannedTeam = {
  id: string
  name: string
  homeSiteId: string
  organizationId: string
  platform: string
  categories: string[]
  /** Volunteer ids, the leader first. */
  members: string[]
  platformTeam: boolean
}

export type PlannedCluster = {
  id: string
  name: string
  leadSiteId: string
  memberSiteIds: string[]
}

/** The district's network, teams and clusters, drawn from the profile and the seed. */
export type DistrictPlan = {
  centre: PlannedSite
  institutes: PlannedSite[]
  stations: PlannedSite[]
  points: PlannedSite[]
  sites: Map<string, PlannedSite>
  platformTeams: PlannedTeam[]
  communityTeams: PlannedTeam[]
  teamsBySite: Map<string, PlannedTeam[]>
  /** Community teams by the institute whose area their home site is in. */
  teamsByInstitute: Map<string, PlannedTeam[]>
  /** Stations and points, where residents place orders. */
  orderSites: PlannedSite[]
  /** Sites in clusters. */
  clusteredSites: PlannedSite[]
  clusters: PlannedCluster[]
  /** The cluster of each clustered site. */
  clusterOf: Map<string, PlannedCluster>
}

/** The 7+N service platforms and the catalogue categories their teams serve. */
export const PLATFORMS: Readonly<Record<string, readonly string[]>> = {
  theory: ['theory', 'policy'],
  education: ['education', 'tutoring'],
  culture: ['culture', 'performance'],
  science: ['science', 'technology'],
  health_sport: ['health', 'sport'],
  emergency: ['emergency', 'safety'],
  civility: ['civility', 'environment'],
  elderly: ['elderly_care', 'housework'],
}

const PLATFORM_NAMES = Object.keys(PLATFORMS)
const ALL_CATEGORIES = [...new Set(Object.values(PLATFORMS).flat())]

const pad = (n: number) => String(n).padStart(2, '0')

/** Splits `total` into `parts` sizes of at least `min`, at random, summing exactly to `total`. */
export const splitTotal = (random: Random, total: number, parts: number, min: number): number[] => {
  if (parts === 0) return []
  if (total < parts * min) throw new RangeError(`${total} cannot give ${parts} parts of ${min}`)
  const sizes = Array.from({ length: parts }, () => min)
  let left = total - parts * min
  const weights = sizes.map(() => 0.3 + random.next())
  const sum = weights.reduce((a, b) => a + b, 0)
  weights.forEach((w, i) => {
    const share = Math.floor((left * w) / sum)
    sizes[i]! += share
  })
  left = total - sizes.reduce((a, b) => a + b, 0)
  for (let i = 0; left > 0; i = (i + 1) % parts, left--) sizes[i]! += 1
  return sizes
}

const site = (
  random: Random,
  id: string,
  parentId: string | null,
  level: SiteLevel,
  name: string,
  kind: string,
  institute: string,
): PlannedSite => ({
  id,
  parentId,
  level,
  name,
  kind,
  latitude: 26.64 + (random.next() - 0.5) * 0.4,
  longitude: 118.17 + (random.next() - 0.5) * 0.4,
  institute,
})

const members = (random: Random, count: number, pool: string[], next: () => string) => {
  const chosen = new Set<string>()
  while (chosen.size < count) {
    // About one member in twenty also serves in another team of the same area (T3).
    const reuse = pool.length > 0 && random.chance(0.05)
    chosen.add(reuse ? random.pick(pool) : next())
  }
  const list = [...chosen]
  pool.push(...list)
  return list
}

/** Draws the district: centre, institutes, stations and points, teams with members, clusters. */
export const planDistrict = (random: Random, profile: SimulationProfile): DistrictPlan => {
  const centre = site(
    random,
    'center',
    null,
    'center',
    '区新时代文明实践中心',
    '实践中心',
    'center',
  )
  const institutes: PlannedSite[] = []
  const stations: PlannedSite[] = []
  const points: PlannedSite[] = []
  for (let i = 1; i <= profile.institutes; i++) {
    const inst = site(
      random,
      `i${pad(i)}`,
      centre.id,
      'institute',
      `第${i}实践所`,
      '实践所',
      `i${pad(i)}`,
    )
    institutes.push(inst)
    const local: PlannedSite[] = []
    for (let s = 1; s <= profile.stationsPerInstitute; s++) {
      const kind = random.chance(0.6) ? '村' : '社区'
      local.push(
        site(
          random,
          `${inst.id}-s${pad(s)}`,
          inst.id,
          'station',
          `${inst.name}${s}号${kind}实践站`,
          kind,
          inst.id,
        ),
      )
    }
    stations.push(...local)
    for (let p = 1; p <= profile.pointsPerInstitute; p++) {
      const parent = random.pick(local)
      const kind = random.pick(['驿站', '示范点', '教育点'])
      points.push(
        site(
          random,
          `${inst.id}-p${pad(p)}`,
          parent.id,
          'point',
          `${parent.name}${kind}${p}`,
          kind,
          inst.id,
        ),
      )
    }
  }
  const sites = new Map([centre, ...institutes, ...stations, ...points].map((s) => [s.id, s]))

  let volunteerCount = 0
  const nextVolunteer = () => `v${String(++volunteerCount).padStart(6, '0')}`
  const teamsBySite = new Map<string, PlannedTeam[]>()
  const addTeam = (team: PlannedTeam) => {
    const list = teamsBySite.get(team.homeSiteId) ?? []
    list.push(team)
    teamsBySite.set(team.homeSiteId, list)
    return team
  }

  const platformPool: string[] = []
  const platformSizes = splitTotal(random, profile.platformMembers, profile.platformTeams, 8)
  const platformTeams = platformSizes.map((size, i) => {
    const platform = PLATFORM_NAMES[i % PLATFORM_NAMES.length]!
    return addTeam({
      id: `pt${String(i + 1).padStart(3, '0')}`,
      name: `${platform}志愿服务队${i + 1}`,
      homeSiteId: centre.id,
      organizationId: `org${pad((i % profile.organizations) + 1)}`,
      platform,
      categories: [...PLATFORMS[platform]!],
      members: members(random, size, platformPool, nextVolunteer),
      platformTeam: true,
    })
  })

  const homes = random.shuffle([...stations, ...points])
  const communitySizes = splitTotal(random, profile.communityMembers, profile.communityTeams, 5)
  const pools = new Map<string, string[]>()
  const communityTeams = communitySizes.map((size, i) => {
    const home = homes[i % homes.length]!
    const pool = pools.get(home.institute) ?? []
    pools.set(home.institute, pool)
    const categories = random.shuffle(ALL_CATEGORIES).slice(0, random.int(2, 4))
    return addTeam({
      id: `ct${String(i + 1).padStart(4, '0')}`,
      name: `${home.name}志愿服务队${i + 1}`,
      homeSiteId: home.id,
      organizationId: `committee-${home.id}`,
      platform: 'community',
      categories,
      members: members(random, size, pool, nextVolunteer),
      platformTeam: false,
    })
  })

  const clusters: PlannedCluster[] = []
  const clusterOf = new Map<string, PlannedCluster>()
  const candidates = random.shuffle(institutes)
  for (let c = 0; c < Math.min(profile.clusters, candidates.length); c++) {
    const inst = candidates[c]!
    const weak = random
      .shuffle(stations.filter((s) => s.institute === inst.id))
      .slice(0, profile.sitesPerCluster)
    const [lead, ...rest] = weak
    if (lead === undefined || rest.length < 2) continue
    const cluster = {
      id: `k${pad(c + 1)}`,
      name: `${inst.name}五联共建片区`,
      leadSiteId: lead.id,
      memberSiteIds: rest.map((s) => s.id),
    }
    clusters.push(cluster)
    for (const s of weak) clusterOf.set(s.id, cluster)
  }
  const teamsByInstitute = new Map<string, PlannedTeam[]>()
  for (const team of communityTeams) {
    const institute = sites.get(team.homeSiteId)!.institute
    const list = teamsByInstitute.get(institute)
    if (list === undefined) teamsByInstitute.set(institute, [team])
    else list.push(team)
  }
  return {
    centre,
    institutes,
    stations,
    points,
    sites,
    platformTeams,
    communityTeams,
    teamsBySite,
    teamsByInstitute,
    orderSites: [...stations, ...points],
    clusteredSites: [...clusterOf.keys()].map((id) => sites.get(id)!),
    clusters,
    clusterOf,
  }
}
