import { hash } from 'node:crypto'

const HEX = '0123456789abcdef'
const DASH = 0x2d
const uuid = Buffer.alloc(36)

/**
 * The id of the `index`-th event a command produces: a name-based (version 5 layout) UUID of the
 * command id, so re-sending a command yields the same ids and the store appends nothing new.
 */
export const deterministicEventId = (commandId: string, index: number): string => {
  const hex = hash('sha1', `${commandId}\u0000${index}`)
  let at = 0
  for (let i = 0; i < 32; i++) {
    if (i === 8 || i === 12 || i === 16 || i === 20) uuid[at++] = DASH
    let code = hex.charCodeAt(i)
    if (i === 12) code = 0x35 // version 5
    if (i === 16) code = HEX.charCodeAt((parseInt(hex[16]!, 16) & 0x3) | 0x8) // RFC 4122 variant
    uuid[at++] = code
  }
  // One flat string: ids live as long as the store, so no rope of concatenated pieces.
  return uuid.toString('latin1')
}
