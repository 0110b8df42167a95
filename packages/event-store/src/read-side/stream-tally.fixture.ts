import type { RowProjection } from './row-projection.js'

/** Per stream: how many events since the last `Reset`, and the positions seen. */
export type TallyRow = { streamName: string; count: number; positions: number[] }

/**
 * A test projection that is not idempotent: applying an event twice, skipping one or applying
 * them out of order all show in its rows. `Reset` deletes the stream's row.
 */
export const streamTally: RowProjection<{ streams: TallyRow }> = {
  name: 'stream-tally',
  tables: ['streams'],
  changes: (readModel, event) => {
    const key = event.streamName
    if (event.type === 'Reset') return [{ table: 'streams', key, row: undefined }]
    const row = readModel.streams.get(key) ?? { streamName: key, count: 0, positions: [] }
    return [
      {
        table: 'streams',
        key,
        row: {
          streamName: key,
          count: row.count + 1,
          positions: [...row.positions, event.position],
        },
      },
    ]
  },
}

/** Counts only `A` events in one row, so it skips most of the log through `eventTypes`. */
export const aCounter: RowProjection<{ totals: { count: number; last: number } }> = {
  name: 'a-counter',
  tables: ['totals'],
  eventTypes: ['A'],
  changes: (readModel, event) => {
    const total = readModel.totals.get('a') ?? { count: 0, last: 0 }
    if (event.position <= total.last) throw new Error(`Event ${event.position} out of order`)
    return [{ table: 'totals', key: 'a', row: { count: total.count + 1, last: event.position } }]
  },
}
