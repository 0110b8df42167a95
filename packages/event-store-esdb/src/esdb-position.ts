import { START, type Position, type ReadPosition } from '@eventstore/db-client'

// Our positions are plain numbers; ESDB's are byte offsets in its transaction log: a commit and a
// prepare position, equal for every event written through gRPC (each append is an implicit
// transaction whose events are committed one record each). An event at commit C gets our position
// 2C + 1: odd, strictly increasing in $all order, and >= 1. The even number 2C + 2 means "just after
// the event at C", so both an event's own position and `checkpoint + 1` (what projection runners
// pass) map back onto a record boundary, the only place the server can start a read.
const MAX_COMMIT = BigInt((Number.MAX_SAFE_INTEGER - 1) / 2)

/** Where a read of $all from one of our positions starts, and the lowest position it keeps. */
export type EsdbReadStart = { from: ReadPosition; minPosition: number }

/** An ESDB log position as our global position: 2 × commit + 1. */
export const toGlobalPosition = (position: Position): number => {
  const { commit, prepare } = position
  if (commit !== prepare) {
    throw new RangeError(
      `EventStoreDB position ${commit}/${prepare} belongs to an explicit (TCP-era) transaction; ` +
        `this adapter supports events written through gRPC only (commit = prepare)`,
    )
  }
  if (commit < 0n || commit > MAX_COMMIT) {
    throw new RangeError(
      `EventStoreDB commit position ${commit} cannot be a global position: it is missing ` +
        `(servers before 22.10 do not report positions on stream reads) or beyond ${MAX_COMMIT}`,
    )
  }
  return Number(commit) * 2 + 1
}

/** The ESDB log position of the event at our global `position` (an odd number). */
export const toEsdbPosition = (position: number): Position => {
  if (!Number.isSafeInteger(position) || position < 1 || position % 2 !== 1) {
    throw new RangeError(`${position} is not the global position of an EventStoreDB event`)
  }
  const commit = BigInt((position - 1) / 2)
  return { commit, prepare: commit }
}

/**
 * Where to start reading $all for `fromPosition` (inclusive): an odd number starts at that event,
 * an even one at the event just before it, which {@link EsdbReadStart.minPosition} then drops.
 */
export const toEsdbReadStart = (fromPosition: number): EsdbReadStart => {
  const minPosition = Math.ceil(fromPosition)
  if (!(minPosition > 1)) return { from: START, minPosition: 1 }
  const eventPosition = minPosition % 2 === 1 ? minPosition : minPosition - 1
  return { from: toEsdbPosition(eventPosition), minPosition }
}
