/** A seed for one part of the simulation, derived from the run's seed and the part's name (FNV-1a). */
export const deriveSeed = (seed: number, part: string): number => {
  let hash = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < part.length; i++) {
    hash ^= part.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}
