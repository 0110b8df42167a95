import { distance } from 'fastest-levenshtein'
import type { CatalogueState } from './state.js'

/** How many close entries a refusal names. */
const CLOSEST = 3

/** Codes compare without case and with `-` and `_` alike: `elderly-care` is `elderly_care`. */
const normalized = (text: string): string => text.trim().toLowerCase().replace(/-/g, '_')

/**
 * The active entries closest to `query`, best first: by edit distance to the entry's code or to its
 * Chinese name, whichever is nearer (ties by code), at most three.
 */
export const closestEntries = (catalogue: CatalogueState, query: string): string[] => {
  const wanted = normalized(query)
  return Object.values(catalogue.items)
    .filter((item) => item.status === 'active')
    .map((item) => ({
      code: item.entry.code,
      score: Math.min(
        distance(wanted, normalized(item.entry.code)),
        distance(query.trim(), item.entry.name),
      ),
    }))
    .sort((a, b) => a.score - b.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, CLOSEST)
    .map((scored) => scored.code)
}
