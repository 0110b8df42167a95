/** A request's answer to an entry's questions that is missing or malformed (S1). */
export type AnswerProblem = 'missing' | 'wrong_type' | 'not_a_value' | 'unknown_attribute'

/**
 * Refusals about the catalogue that any command naming an entry may meet (a request order, a
 * team's categories): the entry is unknown or retired (with the closest active entries), or only
 * staff may order it (S1-S3).
 */
export type CatalogueEntryRefusal =
  | {
      readonly type: 'CatalogueEntryUnknown'
      readonly districtId: string | null
      readonly code: string
      /** The closest active entries' codes, best first. */
      readonly closest: readonly string[]
    }
  | {
      readonly type: 'CatalogueEntryNotActive'
      readonly districtId: string
      readonly code: string
      readonly closest: readonly string[]
    }
  | { readonly type: 'CatalogueEntryStaffOnly'; readonly districtId: string; readonly code: string }

/** Why a command on a district's catalogue is refused. */
export type CatalogueError =
  | { readonly type: 'CatalogueDistrictUnavailable'; readonly districtId: string }
  | {
      readonly type: 'CatalogueEntryAlreadyPublished'
      readonly districtId: string
      readonly code: string
    }
  | CatalogueEntryRefusal
