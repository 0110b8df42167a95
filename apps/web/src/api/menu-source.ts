import type { ApiClient, Read } from './api-client'
import { readFromLog } from './freshness'

/**
 * The 服务菜单 as the resident browses it: the district's catalogue (`GET /services`, public),
 * grouped by platform, each entry with the questions a 点单 of it answers in the form's order.
 */

/** How an attribute is answered (the catalogue's Open311-style `datatype`). */
export type AttributeDatatype = 'string' | 'text' | 'number' | 'datetime' | 'singlevaluelist' | 'multivaluelist'

/** A question an entry asks: its code, the question, datatype, whether required, a list's values. */
export type MenuAttribute = {
  readonly code: string
  readonly description: string
  readonly datatype: AttributeDatatype
  readonly required: boolean
  readonly values: readonly { readonly key: string; readonly name: string }[]
  readonly order: number
}

export type MenuEntry = {
  /** What a 点单 names as its `category`. */
  readonly code: string
  readonly name: string
  readonly description: string
  readonly platform: string
  /** In the form's order. */
  readonly attributes: readonly MenuAttribute[]
  /** Residents (and staff) may order it, or staff only (a directive theme). */
  readonly orderableBy: 'residents' | 'staff'
}

export type Menu = {
  readonly districtId: string
  readonly platforms: readonly { readonly platform: string; readonly entries: readonly MenuEntry[] }[]
}

/** `GET /services` as the API answers it. */
export type ServiceMenuBody = {
  readonly districtId: string
  readonly platforms: readonly { readonly platform: string; readonly services: readonly MenuEntry[] }[]
}

/** The menu a reader may order from: staff-only entries only for staff; empty platforms left out. */
export const menuFromServices = (body: ServiceMenuBody, staff: boolean): Menu => ({
  districtId: body.districtId,
  platforms: body.platforms
    .map(({ platform, services }) => ({
      platform,
      entries: services
        .filter((entry) => staff || entry.orderableBy === 'residents')
        .map((entry) => ({ ...entry, attributes: [...entry.attributes].sort((a, b) => a.order - b.order) })),
    }))
    .filter((group) => group.entries.length > 0),
})

/** The catalogue's menu (no token needed). */
export const loadMenu = async (api: ApiClient, staff = false): Promise<Read<Menu>> => {
  const read = await api.get<ServiceMenuBody>('/services')
  // The API reads the catalogue's own stream: an entry just published shows at once.
  return { ...read, data: menuFromServices(read.data, staff), freshness: read.freshness ?? readFromLog(new Date()) }
}

/** The entry of `code` in the menu, or null. */
export const entryOf = (menu: Menu | null, code: string): MenuEntry | null => {
  for (const group of menu?.platforms ?? []) {
    const found = group.entries.find((entry) => entry.code === code)
    if (found !== undefined) return found
  }
  return null
}
