import { hash } from 'node:crypto'

/**
 * The id of the `index`-th event a command produces: a name-based (version 5 layout) UUID of the
 * command id, so re-sending a command yields the same ids and the store appends nothing new.
 */
export const deterministicEventId = (commandId: string, index: number): string => {
  const hex = hash('sha1', `${commandId}\u0000${index}`, 'hex')
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`
}
