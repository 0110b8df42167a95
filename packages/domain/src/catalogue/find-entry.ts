import type { Actor } from '../shared/command-metadata.js'
import { closestEntries } from './closest-entries.js'
import type { CatalogueEntryRefusal } from './errors.js'
import type { CatalogueItem, CatalogueState } from './state.js'

/** Roles that act for residents themselves, never as staff (S3). */
const NOT_STAFF = new Set(['resident', 'volunteer'])

/**
 * The active entry `code` of the district's catalogue, or why it cannot be named: unknown or retired
 * (with the closest active entries, S1). `orderedBy`, when given, is who orders it: an entry only
 * staff may order refuses a resident (S3).
 */
export const findActiveEntry = (
  catalogue: CatalogueState | null,
  districtId: string | null,
  code: string,
  orderedBy?: Actor,
): { readonly item: CatalogueItem } | { readonly refusal: CatalogueEntryRefusal } => {
  const item = catalogue?.items[code]
  if (catalogue === null || item === undefined) {
    return {
      refusal: {
        type: 'CatalogueEntryUnknown',
        districtId,
        code,
        closest: catalogue === null ? [] : closestEntries(catalogue, code),
      },
    }
  }
  const district = catalogue.districtId ?? districtId ?? ''
  if (item.status !== 'active') {
    return {
      refusal: {
        type: 'CatalogueEntryNotActive',
        districtId: district,
        code,
        closest: closestEntries(catalogue, code),
      },
    }
  }
  const staff = orderedBy?.role !== undefined && !NOT_STAFF.has(orderedBy.role)
  if (orderedBy !== undefined && item.entry.orderableBy === 'staff' && !staff) {
    return { refusal: { type: 'CatalogueEntryStaffOnly', districtId: district, code } }
  }
  return { item }
}
