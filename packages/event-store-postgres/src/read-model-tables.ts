import { createHash } from 'node:crypto'

const slug = (name: string): string => name.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()

/** PostgreSQL cuts identifiers at 63 bytes: longer names keep a prefix and a hash of the whole. */
const identifier = (name: string): string =>
  name.length <= 63
    ? name
    : `${name.slice(0, 50)}_${createHash('sha1').update(name).digest('hex').slice(0, 12)}`

/**
 * The read side's names for one projection in one scope (the national log, or one district):
 * its checkpoint's name and its tables' names, `rm_` for the live ones, `rmnext_` for a rebuild.
 */
export const readModelNames = (projection: string, district: string | undefined) => {
  const scope = district === undefined ? '' : `d_${slug(district)}_`
  const base = `${scope}${slug(projection)}`
  return {
    checkpoint: district === undefined ? projection : `${projection}@${district}`,
    table: (prefix: 'rm' | 'rmnext', table: string): string =>
      identifier(`${prefix}_${base}_${slug(table)}`),
  }
}
