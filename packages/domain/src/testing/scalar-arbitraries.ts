import fc from 'fast-check'
import type { CommandMetadata } from '../shared/command-metadata.js'

const earliest = Date.UTC(2022, 0, 1)
const latest = Date.UTC(2027, 11, 31)

/** An instant between 2022 and 2027 as ISO-8601 UTC. */
export const timestampArbitrary = (): fc.Arbitrary<string> =>
  fc.integer({ min: earliest, max: latest }).map((ms) => new Date(ms).toISOString())

/** A calendar date (`YYYY-MM-DD`) between 2022 and 2027. */
export const calendarDateArbitrary = (): fc.Arbitrary<string> =>
  timestampArbitrary().map((instant) => instant.slice(0, 10))

/** Command metadata: a time and one of `actorIds` (default a small pool, so owners collide). */
export const commandMetadataArbitrary = (
  actorIds: readonly string[] = ['admin', 'resident-1', 'resident-2', 'v-1'],
): fc.Arbitrary<CommandMetadata> =>
  fc.record({
    now: timestampArbitrary(),
    actor: fc.record({ id: fc.constantFrom(...actorIds) }),
  })

/** Metadata at `now` for `actorId`: a shorthand for examples. */
export const commandMetadata = (now: string, actorId = 'admin'): CommandMetadata => ({
  now,
  actor: { id: actorId },
})
