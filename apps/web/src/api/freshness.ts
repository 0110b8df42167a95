/**
 * How fresh a read was: its read model's checkpoint, how far behind the log, and when it was read.
 * A checkpoint of null is a read of the log's own streams (the catalogue): current when read.
 */
export type Freshness = {
  readonly checkpoint: number | null
  readonly behind: number
  readonly readAt: Date
}

/** The freshness the projection headers state, or null when the answer carries none. */
export const freshnessOf = (headers: Headers, readAt: Date): Freshness | null => {
  const checkpoint = headers.get('x-projection-checkpoint')
  const behind = headers.get('x-projection-behind')
  if (checkpoint === null || behind === null) return null
  const values = [Number(checkpoint), Number(behind)]
  if (!values.every(Number.isFinite)) return null
  return { checkpoint: values[0] ?? 0, behind: values[1] ?? 0, readAt }
}

/** The least fresh of several reads (a page that reads two models is as fresh as the older). */
export const leastFresh = (reads: readonly (Freshness | null)[]): Freshness | null =>
  reads.reduce<Freshness | null>(
    (worst, read) => (read === null ? worst : worst === null || read.behind > worst.behind ? read : worst),
    null,
  )

/** The freshness of a read the API answers from the log's streams, not a read model (no headers). */
export const readFromLog = (readAt: Date): Freshness => ({ checkpoint: null, behind: 0, readAt })
