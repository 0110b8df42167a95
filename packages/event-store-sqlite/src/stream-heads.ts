import type { Database } from 'better-sqlite3'

/**
 * The last revision of the streams this connection read to their end or appended to, kept while
 * no other connection has committed to the file (SQLite's `PRAGMA data_version`, which moves on
 * any other connection's commit, in this process or another): a read from just after a known
 * last revision needs no query. Every command reads its streams first, and a state cache holds
 * most of them already folded, so most such reads would find nothing.
 */
export type StreamHeads = {
  /** True when `streamName` is known to end just before `fromRevision` (nothing to read). */
  readonly endsBefore: (streamName: string, fromRevision: number) => boolean
  /** `streamName` ends at `lastRevision` (-1: no stream), as of a read or commit just now. */
  readonly set: (streamName: string, lastRevision: number) => void
}

/** Streams held at most; past this the heads start afresh (each is re-learnt on its next read). */
const MAX_STREAMS = 50_000

export const createStreamHeads = (database: Database): StreamHeads => {
  const dataVersion = database.prepare('PRAGMA data_version').pluck()
  // Observed at or before every head held: any commit by another connection since moves it.
  let version = dataVersion.get()
  const heads = new Map<string, number>()
  return {
    endsBefore: (streamName, fromRevision) => {
      if (heads.get(streamName) !== fromRevision - 1) return false
      const now = dataVersion.get()
      if (now === version) return true
      version = now
      heads.clear()
      return false
    },
    set: (streamName, lastRevision) => {
      if (heads.size >= MAX_STREAMS) heads.clear()
      heads.set(streamName, lastRevision)
    },
  }
}
