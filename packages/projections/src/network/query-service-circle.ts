import {
  defaultServiceCircle,
  haversineMeters,
  serviceCircleMeters,
  walkingMinutes,
  type GeoPoint,
  type SiteLevel,
} from '@wenming/domain'
import type { ReadModel } from '@wenming/event-store'
import type { NetworkRows, NetworkSiteRow } from './network-rows.js'
import { byCodeUnit } from './page.js'
import { cellIndex } from './site-cell.js'

/** Where the circle is drawn and how far it reaches. */
export type ServiceCircleQuery = {
  readonly from: GeoPoint
  /** Minutes of walking (default 15). */
  readonly minutes?: number
  /** Walking speed in km/h (default 4.5, the dispatch ranking's). */
  readonly walkingSpeedKmPerHour?: number
  /** Only active teams serving this catalogue category, and the sites that are home to one. */
  readonly category?: string
  /** At most this many sites and this many teams (default 100 each). */
  readonly limit?: number
}

/** A site or team inside the circle: how far it is, in metres (rounded) and minutes (0.1). */
export type CircleDistance = { readonly distanceMeters: number; readonly walkingMinutes: number }

/** The service circle (15分钟志愿服务圈) around a point: sites and teams, nearest first. */
export type ServiceCircleAnswer = {
  readonly from: GeoPoint
  readonly minutes: number
  readonly radiusMeters: number
  readonly sites: readonly ({
    siteId: string
    name: string
    level: SiteLevel
    kind: string
    weak: boolean
  } & CircleDistance)[]
  readonly teams: readonly ({
    teamId: string
    name: string
    homeSiteId: string
    categories: readonly string[]
    capacityLeft: number
  } & CircleDistance)[]
}

/** Metres per degree of latitude on the haversine sphere (a cheap box test before the formula). */
const METERS_PER_DEGREE = 111_195

/**
 * Sites and active teams (at their home site) within `minutes` walk of `from`, nearest first, ties
 * by id; only the grid cells under the circle's bounding box are read.
 *
 * @example
 * queryServiceCircle(model, { from: { latitude: 30.02, longitude: 120.1 }, category: 'health' })
 */
export const queryServiceCircle = (
  model: ReadModel<NetworkRows>,
  query: ServiceCircleQuery,
): ServiceCircleAnswer => {
  const circle = {
    minutes: query.minutes ?? defaultServiceCircle.minutes,
    walkingSpeedKmPerHour:
      query.walkingSpeedKmPerHour ?? defaultServiceCircle.walkingSpeedKmPerHour,
  }
  const radius = serviceCircleMeters(circle)
  const { from } = query
  const dLat = radius / METERS_PER_DEGREE
  const cos = Math.max(Math.cos((from.latitude * Math.PI) / 180), 1e-6)
  const dLng = dLat / cos
  const near = new Map<string, { site: NetworkSiteRow; meters: number }>()
  const lat0 = cellIndex(from.latitude - dLat)
  const lat1 = cellIndex(from.latitude + dLat)
  const lng0 = cellIndex(from.longitude - dLng)
  const lng1 = cellIndex(from.longitude + dLng)
  for (let lat = lat0; lat <= lat1; lat++) {
    for (let lng = lng0; lng <= lng1; lng++) {
      const cell = model.siteCells.get(`${lat}:${lng}`)
      if (cell === undefined) continue
      for (const siteId of cell.siteIds) {
        const site = model.sites.get(siteId)
        if (site === undefined || site.closed) continue
        const meters = haversineMeters(from, site.coordinates)
        if (meters <= radius) near.set(site.siteId, { site, meters })
      }
    }
  }
  const distance = (meters: number): CircleDistance => ({
    distanceMeters: Math.round(meters),
    walkingMinutes: Math.round(walkingMinutes(meters, circle.walkingSpeedKmPerHour) * 10) / 10,
  })
  const teams: (ServiceCircleAnswer['teams'][number] & { meters: number })[] = []
  const hosting = new Set<string>()
  for (const { site, meters } of near.values()) {
    for (const teamId of model.siteTeams.get(site.siteId)?.teamIds ?? []) {
      const team = model.teams.get(teamId)
      if (team === undefined || team.status !== 'active') continue
      if (query.category !== undefined && !team.categories.includes(query.category)) continue
      hosting.add(team.homeSiteId)
      teams.push({
        teamId: team.teamId,
        name: team.name,
        homeSiteId: team.homeSiteId,
        categories: team.categories,
        capacityLeft: Math.max(0, team.capacity - team.activeOrders),
        meters,
        ...distance(meters),
      })
    }
  }
  const limit = query.limit ?? 100
  const sites = [...near.values()]
    .filter(({ site }) => query.category === undefined || hosting.has(site.siteId))
    .sort((a, b) => a.meters - b.meters || byCodeUnit(a.site.siteId, b.site.siteId))
    .slice(0, limit)
    .map(({ site, meters }) => ({
      siteId: site.siteId,
      name: site.name,
      level: site.level,
      kind: site.kind,
      weak: site.weak,
      ...distance(meters),
    }))
  return {
    from,
    minutes: circle.minutes,
    radiusMeters: Math.round(radius),
    sites,
    teams: teams
      .sort((a, b) => a.meters - b.meters || byCodeUnit(a.teamId, b.teamId))
      .slice(0, limit)
      .map(({ meters: _meters, ...team }) => team),
  }
}
