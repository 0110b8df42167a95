/** How much the memo of folded streams of a command handler or a state reader may hold. */
export type StreamStateCacheOptions = {
  /** Streams kept; the least recently folded one goes first (default 10,000). */
  readonly maxStreams?: number
  /** Command ids kept across all streams, for replay detection (default 500,000). */
  readonly maxCommandIds?: number
  /**
   * Streams shorter than this are folded in full every time (default 16): for a few events, a
   * read costs less than keeping the stream does.
   */
  readonly minEvents?: number
}

/** A stream folded up to `revision`, with the command ids of its events. */
export type StreamStateEntry<State> = {
  readonly revision: number
  readonly state: State
  /**
   * The command ids of the stream's events up to `revision`, or more (a hit is confirmed by a full
   * read), never fewer. Readers add to it in place, so it is shared by the entries of one stream.
   */
  readonly commandIds: Set<string>
}

/** A bounded LRU memo of folded streams, for one store and one decider. */
export type StreamStateCache<State> = {
  /** Whether a stream folded up to `revision` is long enough to keep. */
  admits(revision: number): boolean
  get(streamName: string): StreamStateEntry<State> | undefined
  /** Keeps `entry`, unless the stream is already held at a later revision: entries only move forward. */
  offer(streamName: string, entry: StreamStateEntry<State>): void
  delete(streamName: string): void
}

type Node<State> = {
  readonly streamName: string
  entry: StreamStateEntry<State>
  /** The size of the entry's set when it was offered. */
  commandIds: number
  older: Node<State> | undefined
  newer: Node<State> | undefined
}

/**
 * Creates an empty {@link StreamStateCache}: a map of streams and a list of them from the least
 * recently offered, which goes first when a bound is passed.
 *
 * @example
 * const cache = createStreamStateCache<number>({ maxStreams: 100 })
 * cache.offer('counter-1', { revision: 0, state: 3, commandIds: new Set(['c-1']) })
 */
export const createStreamStateCache = <State>(
  options: StreamStateCacheOptions = {},
): StreamStateCache<State> => {
  const maxStreams = options.maxStreams ?? 10_000
  const maxCommandIds = options.maxCommandIds ?? 500_000
  const minEvents = options.minEvents ?? 16
  const nodes = new Map<string, Node<State>>()
  let oldest: Node<State> | undefined
  let newest: Node<State> | undefined
  // Sets grow in place between offers, so this is a budget rather than an exact count.
  let commandIds = 0

  const unlink = (node: Node<State>): void => {
    if (node.older === undefined) oldest = node.newer
    else node.older.newer = node.newer
    if (node.newer === undefined) newest = node.older
    else node.newer.older = node.older
    node.older = node.newer = undefined
  }

  const linkNewest = (node: Node<State>): void => {
    node.older = newest
    if (newest === undefined) oldest = node
    else newest.newer = node
    newest = node
  }

  const remove = (node: Node<State>): void => {
    unlink(node)
    nodes.delete(node.streamName)
    commandIds -= node.commandIds
  }

  const offer = (streamName: string, entry: StreamStateEntry<State>): void => {
    const size = entry.commandIds.size
    let node = nodes.get(streamName)
    if (node !== undefined) {
      if (node.entry.revision > entry.revision) return
      if (size > maxCommandIds) return remove(node)
      commandIds += size - node.commandIds
      node.entry = entry
      node.commandIds = size
      if (node !== newest) {
        unlink(node)
        linkNewest(node)
      }
    } else {
      if (size > maxCommandIds || maxStreams < 1 || entry.revision + 1 < minEvents) return
      node = { streamName, entry, commandIds: size, older: undefined, newer: undefined }
      nodes.set(streamName, node)
      linkNewest(node)
      commandIds += size
    }
    while ((nodes.size > maxStreams || commandIds > maxCommandIds) && oldest !== node) {
      remove(oldest!)
    }
  }

  return {
    admits: (revision) => revision + 1 >= minEvents && maxStreams > 0,
    get: (streamName) => nodes.get(streamName)?.entry,
    offer,
    delete: (streamName) => {
      const node = nodes.get(streamName)
      if (node !== undefined) remove(node)
    },
  }
}
