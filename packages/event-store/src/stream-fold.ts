import type { Decider, DomainEvent } from './decider.js'
import type { RecordedEvent } from './event-data.js'
import type { EventStore, ReadStreamOptions } from './event-store.js'
import type { StreamStateCache } from './stream-state-cache.js'

type Evolver<Event, State> = Pick<Decider<never, Event, State, unknown>, 'initialState' | 'evolve'>

/** A stream folded for a command: its state and last revision, and the command's own events if any. */
export type FoldedStream<Event, State> = {
  readonly state: State
  /** The revision of the stream's last event (-1: the stream does not exist). */
  readonly revision: number
  /** The events of the command already in the stream: present when the command was handled before. */
  readonly replay: Event[] | undefined
}

/**
 * A fold of one stream for one command, fed by the caller's read (so that a command costs one
 * async call, not two): from the cached entry when there is one, else from the start.
 */
export type StreamFold<Event, State> = {
  /** What to read: everything, or the events after the cached revision. */
  readonly readOptions: ReadStreamOptions | undefined
  /** Folds the next event read; false when the read should stop (a gap after the cached revision). */
  add(recorded: RecordedEvent): boolean
  /**
   * The folded stream, offered to the cache; undefined when only a full read can tell (a gap, or a
   * command id the cache has seen, whose original events must be collected).
   */
  finish(): FoldedStream<Event, State> | undefined
}

/**
 * Starts a {@link StreamFold}; `full` ignores the cached entry. Without a `commandId` (a plain read
 * of the state) there is nothing to replay, so a cached entry never needs a full read to confirm one.
 */
export const startStreamFold = <Event extends DomainEvent, State>(
  decider: Evolver<Event, State>,
  streamName: string,
  commandId: string | undefined,
  cache: StreamStateCache<State> | undefined,
  full = false,
): StreamFold<Event, State> => {
  const entry = full ? undefined : cache?.get(streamName)
  let state = entry === undefined ? decider.initialState : entry.state
  let revision = entry === undefined ? -1 : entry.revision
  let replay: Event[] | undefined
  let gap = false
  // A full read collects ids in an array: most streams are too short to be cached, and a Set costs more.
  const collected: string[] | undefined =
    entry === undefined && cache !== undefined ? [] : undefined

  const add = (recorded: RecordedEvent): boolean => {
    if (entry !== undefined && recorded.revision !== revision + 1) {
      gap = true
      return false
    }
    state = decider.evolve(state, recorded as unknown as Event)
    revision = recorded.revision
    const id = recorded.metadata?.['commandId']
    if (typeof id !== 'string') return true
    if (entry !== undefined) entry.commandIds.add(id)
    else {
      if (id === commandId) (replay ??= []).push(toDomainEvent(recorded) as Event)
      collected?.push(id)
    }
    return true
  }

  const finish = (): FoldedStream<Event, State> | undefined => {
    if (cache !== undefined && entry !== undefined) {
      if (gap) {
        // The store does not go on where the entry stopped: trust nothing the cache holds.
        cache.delete(streamName)
        return undefined
      }
      // Seen before (or a stale id): only a full read finds the original events, if there are any.
      if (commandId !== undefined && entry.commandIds.has(commandId)) return undefined
      cache.offer(streamName, { revision, state, commandIds: entry.commandIds })
    } else if (cache !== undefined && collected !== undefined && cache.admits(revision)) {
      cache.offer(streamName, { revision, state, commandIds: new Set(collected) })
    }
    return { state, revision, replay }
  }

  return {
    readOptions: entry === undefined ? undefined : { fromRevision: revision + 1 },
    add,
    finish,
  }
}

/** Folds the whole stream, collecting the events of `commandId` (if given); refreshes `cache`. */
export const foldWholeStream = async <Event extends DomainEvent, State>(
  store: EventStore,
  decider: Evolver<Event, State>,
  streamName: string,
  commandId: string | undefined,
  cache: StreamStateCache<State> | undefined,
): Promise<FoldedStream<Event, State>> => {
  const fold = startStreamFold(decider, streamName, commandId, cache, true)
  for await (const recorded of store.readStream(streamName)) fold.add(recorded)
  const folded = fold.finish()
  if (folded === undefined) throw new Error('A fold from the start always finishes')
  return folded
}

const toDomainEvent = (recorded: RecordedEvent): DomainEvent => ({
  type: recorded.type,
  data: recorded.data,
})
