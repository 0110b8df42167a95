import type { ApiClient } from './api-client'
import type { Page, Site, Team } from './types'

/** Display names of sites and teams by id, for lists that carry ids only. */
export type Names = { site(id: string | null): string; team(id: string | null): string; teams: readonly Team[]; sites: readonly Site[] }

const all = async <T>(api: ApiClient, path: string): Promise<T[]> => {
  const items: T[] = []
  for (;;) {
    const { data } = await api.get<Page<T>>(path, { limit: 1000, offset: items.length })
    items.push(...data.items)
    if (items.length >= data.total || data.items.length === 0) return items
  }
}

/** Reads every site and team once and names them; an unknown id shows as itself. */
export const loadNames = async (api: ApiClient): Promise<Names> => {
  const [sites, teams] = await Promise.all([all<Site>(api, '/sites'), all<Team>(api, '/teams')])
  const siteNames = new Map(sites.map((s) => [s.siteId, s.name]))
  const teamNames = new Map(teams.map((t) => [t.teamId, t.name]))
  return {
    site: (id) => (id === null ? '—' : (siteNames.get(id) ?? id)),
    team: (id) => (id === null ? '—' : (teamNames.get(id) ?? id)),
    teams,
    sites,
  }
}
