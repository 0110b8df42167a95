import type { CatalogueEntry, CatalogueItem, CatalogueState } from '@wenming/domain'

/** One entry of the 服务菜单 as a menu shows it: its questions in the form's order, its status. */
export type MenuService = CatalogueEntry & {
  readonly status: 'active' | 'retired'
  /** The winning project it came from, and the team that serves it (S4). */
  readonly projectId?: string
  readonly servedByTeamId?: string
}

/** The menu of one district: its active entries grouped by platform, platforms and entries by code. */
export type ServiceMenu = {
  readonly districtId: string
  readonly platforms: readonly {
    readonly platform: string
    readonly services: readonly MenuService[]
  }[]
}

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0

/** An item of the catalogue as the menu shows it. */
export const menuService = ({ entry, status, source }: CatalogueItem): MenuService => ({
  ...entry,
  attributes: [...entry.attributes].sort((a, b) => a.order - b.order),
  status,
  ...(source === undefined ? {} : { projectId: source.projectId, servedByTeamId: source.teamId }),
})

/** The district's active entries grouped by platform (S1): what a resident may browse. */
export const serviceMenu = (districtId: string, catalogue: CatalogueState): ServiceMenu => {
  const groups = new Map<string, MenuService[]>()
  for (const item of Object.values(catalogue.items)) {
    if (item.status !== 'active') continue
    const services = groups.get(item.entry.platform) ?? []
    services.push(menuService(item))
    groups.set(item.entry.platform, services)
  }
  return {
    districtId,
    platforms: [...groups]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([platform, services]) => ({ platform, services: services.sort(byCode) })),
  }
}
