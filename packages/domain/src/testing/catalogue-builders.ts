import type { CatalogueEntry } from '../catalogue/catalogue-entry.js'
import type { PublishCatalogueEntry } from '../catalogue/commands.js'
import type { CatalogueState } from '../catalogue/state.js'
import { commandMetadata } from './scalar-arbitraries.js'

const names: Readonly<Record<string, string>> = {
  health: '健康义诊',
  culture: '文化活动',
  theory: '理论宣讲',
  elderly_care: '助老服务',
}

/** A catalogue entry `code` residents may order, with no questions (the tests' own). */
export const catalogueEntry = (
  code: string,
  change: Partial<CatalogueEntry> = {},
): CatalogueEntry => ({
  code,
  name: names[code] ?? code,
  description: '',
  platform: 'health-and-sport',
  attributes: [],
  orderableBy: 'residents',
  ...change,
})

/** The commands that publish `codes` in district `districtId`'s catalogue at `now`. */
export const publishEntries = (
  districtId: string,
  codes: readonly string[],
  now: string,
): PublishCatalogueEntry[] =>
  codes.map((code) => ({
    type: 'PublishCatalogueEntry',
    data: { districtId, entry: catalogueEntry(code) },
    metadata: commandMetadata(now),
  }))

/** A catalogue state holding `entries` as active (retired when named in `retired`). */
export const catalogueOf = (
  districtId: string,
  entries: readonly CatalogueEntry[],
  retired: readonly string[] = [],
): CatalogueState => ({
  districtId,
  items: Object.fromEntries(
    entries.map((entry) => [
      entry.code,
      { entry, status: retired.includes(entry.code) ? 'retired' : 'active' },
    ]),
  ),
})
