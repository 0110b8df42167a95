import type { CatalogueEntry } from './catalogue-entry.js'
import type { EntrySource } from './events.js'

/** One entry as the catalogue's stream tells it. */
export type CatalogueItem = {
  readonly entry: CatalogueEntry
  readonly status: 'active' | 'retired'
  readonly source?: EntrySource
}

/** A district's catalogue (服务菜单): its entries by code. */
export type CatalogueState = {
  readonly districtId: string | null
  readonly items: Readonly<Record<string, CatalogueItem>>
}

export const initialCatalogueState: CatalogueState = { districtId: null, items: {} }
