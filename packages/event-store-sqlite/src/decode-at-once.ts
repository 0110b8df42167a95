import type { PersonalDataCodec } from '@wenming/event-store'

/** Opens the personal fields of a batch of events read from the log, synchronously. */
export type DecodeAtOnce = <Event extends { type: string; data: unknown }>(
  events: Event[],
) => Event[]

const asRead = <Event>(events: Event[]): Event[] => events

/**
 * The codec's decode for a store whose key store answers at once (the SQLite one), so batch reads
 * stay synchronous; events as read when the store seals nothing.
 */
export const decodeAtOnce = (codec: PersonalDataCodec | undefined): DecodeAtOnce => {
  if (codec === undefined) return asRead
  return (events) => {
    const decoded = codec.decode(events)
    if (decoded instanceof Promise) throw new TypeError('The SQLite key store answers at once')
    return decoded
  }
}
