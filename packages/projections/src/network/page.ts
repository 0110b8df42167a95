/** A page of a list: the entries from `offset`, at most `limit`, and how many matched in all. */
export type Page<T> = {
  readonly total: number
  readonly offset: number
  readonly limit: number
  readonly items: readonly T[]
}

/** Where a page starts and how long it is. */
export type PageRequest = { readonly offset?: number; readonly limit?: number }

/** The page of `items` that `request` asks for (default: the first 100). */
export const pageOf = <T>(items: readonly T[], request: PageRequest): Page<T> => {
  const offset = request.offset ?? 0
  const limit = request.limit ?? 100
  return { total: items.length, offset, limit, items: items.slice(offset, offset + limit) }
}

/** Orders strings by code unit, so that lists are stable across runs and locales. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
