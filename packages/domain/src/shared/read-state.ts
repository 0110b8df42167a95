import {
  createStateReader,
  type Decider,
  type DomainEvent,
  type EventStore,
  type StateReader,
} from '@wenming/event-store'

type Evolver<Event, State> = Pick<Decider<never, Event, State, unknown>, 'initialState' | 'evolve'>

// One memoising reader per decider (the deciders are module constants); a WeakMap, so that a
// decider made for a test goes away with it. Each reader keeps its states per store.
const readers = new WeakMap<object, StateReader<unknown>>()

/**
 * Folds the stream `streamName` with `decider`: an aggregate's current state, read through the
 * kernel's memoising state reader, so that a long stream costs only the events appended since it
 * was last read. The state is shared with later reads: do not change it.
 */
export const readState = <Event extends DomainEvent, State>(
  store: EventStore,
  decider: Evolver<Event, State>,
  streamName: string,
): Promise<State> => {
  let read = readers.get(decider) as StateReader<State> | undefined
  if (read === undefined) {
    read = createStateReader(decider)
    readers.set(decider, read)
  }
  return read(store, streamName)
}
