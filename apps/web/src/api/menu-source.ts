import type { ApiClient, Read } from './api-client'
import type { Page, Team } from './types'

/**
 * The 服务菜单 as the resident browses it. This module is the one place that knows where the menu
 * comes from: today the categories that active teams serve, grouped by their platform (the API has
 * no catalogue yet); when `GET /services` lands, only this file changes.
 */

/** An attribute an entry asks the resident to answer (the catalogue's; none before it lands). */
export type MenuAttribute = {
  readonly name: string
  readonly label: string
  readonly required: boolean
  readonly choices?: readonly string[]
}

export type MenuEntry = {
  /** What a 点单 names: today the category code. */
  readonly id: string
  /** The entry's own name, or null when the console names it from its code. */
  readonly name: string | null
  readonly platform: string
  readonly attributes: readonly MenuAttribute[]
  /** Active teams serving it. */
  readonly teams: number
}

export type Menu = { readonly platforms: readonly { readonly platform: string; readonly entries: readonly MenuEntry[] }[] }

const PAGE = 1000

/** Teams of no platform of their own (village and community teams): their categories join a platform's. */
const COMMUNITY = 'community'

/**
 * Groups the categories active teams serve by platform, each category once, under the platform of
 * a platform team that serves it (community teams' categories join theirs), by how many teams serve it.
 */
export const menuFromTeams = (teams: readonly Pick<Team, 'platform' | 'categories' | 'status'>[]): Menu => {
  const counts = new Map<string, number>()
  const platformOf = new Map<string, string>()
  for (const team of teams) {
    if (team.status !== 'active') continue
    for (const category of team.categories) {
      counts.set(category, (counts.get(category) ?? 0) + 1)
      const known = platformOf.get(category)
      if (known === undefined || (known === COMMUNITY && team.platform !== COMMUNITY)) {
        platformOf.set(category, team.platform)
      }
    }
  }
  const byPlatform = new Map<string, MenuEntry[]>()
  for (const [id, count] of counts) {
    const platform = platformOf.get(id) ?? COMMUNITY
    const entries = byPlatform.get(platform) ?? []
    entries.push({ id, name: null, platform, attributes: [], teams: count })
    byPlatform.set(platform, entries)
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return {
    platforms: [...byPlatform.entries()]
      .sort(([a], [b]) => (a === COMMUNITY ? 1 : b === COMMUNITY ? -1 : byName(a, b)))
      .map(([platform, entries]) => ({
        platform,
        entries: entries.sort((a, b) => b.teams - a.teams || byName(a.id, b.id)),
      })),
  }
}

/** The menu, read from every page of active teams. */
export const loadMenu = async (api: ApiClient): Promise<Read<Menu>> => {
  const teams: Team[] = []
  let read: Read<Page<Team>>
  do {
    read = await api.get<Page<Team>>('/teams', { status: 'active', limit: PAGE, offset: teams.length })
    teams.push(...read.data.items)
  } while (teams.length < read.data.total && read.data.items.length > 0)
  return { data: menuFromTeams(teams), freshness: read.freshness, etag: null }
}

/** The fields of a 点单 body for an entry and the resident's answers (today: the answers join the need). */
export const orderFieldsFor = (
  entry: MenuEntry,
  answers: Readonly<Record<string, string>>,
  need: string,
): { category: string; need: string } => {
  const answered = entry.attributes
    .filter((attribute) => (answers[attribute.name] ?? '').trim() !== '')
    .map((attribute) => `${attribute.label}：${(answers[attribute.name] ?? '').trim()}`)
  return { category: entry.id, need: [need.trim(), ...answered].filter((s) => s !== '').join('；') }
}
