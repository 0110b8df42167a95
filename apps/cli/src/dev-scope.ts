import type { DevScope } from '@wenming/api'
import type { EventStore } from '@wenming/event-store'

type SiteData = { siteId: string; parentId: string | null; level: string }
type TeamData = { teamId: string; homeSiteId: string }

/** Picks the demo principals' scope from the log: the first team at a station, its station and institute. */
export const findDevScope = async (store: EventStore, maxEvents = 200_000): Promise<DevScope> => {
  const sites = new Map<string, SiteData>()
  let read = 0
  for await (const event of store.readAll()) {
    if (++read > maxEvents) break
    if (event.type === 'SiteRegistered') {
      const site = event.data as SiteData
      sites.set(site.siteId, site)
    } else if (event.type === 'TeamRegistered') {
      const team = event.data as TeamData
      const station = sites.get(team.homeSiteId)
      if (station?.level !== 'station') continue
      return {
        teamId: team.teamId,
        stationId: station.siteId,
        ...(station.parentId === null ? {} : { instituteId: station.parentId }),
      }
    }
  }
  return {}
}
