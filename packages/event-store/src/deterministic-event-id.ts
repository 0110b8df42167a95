import { hash } from 'node:crypto'

const HEX = '0123456789abcdef'
const DASH = 0x2d
const DASH_AFTER_BYTE = new Set([3, 5, 7, 9])
const uuid = Buffer.alloc(36)

/**
 * The id of the `index`-th event a command produces: a name-based (version 5 layout) UUID of the
 * command id, so re-sending a command yields the same ids and the store appends nothing new.
 */
export const deterministicEventId = (commandId: string, index: number): string => {
  const digest = hash('sha1', `${commandId}\u0000${index}`, 'buffer')
  let at = 0
  for (let i = 0; i < 16; i++) {
    let byte = digest[i]!
    if (i === 6) byte = (byte & 0x0f) | 0x50 // version 5
    if (i === 8) byte = (byte & 0x3f) | 0x80 // RFC 4122 variant
    uuid[at++] = HEX.charCodeAt(byte >> 4)
    uuid[at++] = HEX.charCodeAt(byte & 0x0f)
    if (DASH_AFTER_BYTE.has(i)) uuid[at++] = DASH
  }
  // One flat string: ids are kept for the life of the store, so no rope of concatenated pieces.
  return uuid.toString('latin1')
}
