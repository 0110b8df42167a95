import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { deterministicEventId } from './deterministic-event-id.js'

/** The same UUID written the plain way, to check the fast version against. */
const plainVersion5 = (name: string): string => {
  const hex = createHash('sha1').update(name).digest('hex')
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`
}

describe('deterministicEventId', () => {
  it('is a stable RFC 4122 version 5 layout UUID of the command id and the index', () => {
    const id = deterministicEventId('command-1', 0)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(deterministicEventId('command-1', 0)).toBe(id)
    expect(deterministicEventId('command-1', 1)).not.toBe(id)
    expect(deterministicEventId('command-2', 0)).not.toBe(id)
  })

  it('equals the SHA-1 name-based UUID of the command id and index', () => {
    for (const [command, index] of [
      ['command-1', 0],
      ['点单-42', 3],
      ['', 0],
    ] as const) {
      expect(deterministicEventId(command, index)).toBe(plainVersion5(`${command}\u0000${index}`))
    }
  })
})
