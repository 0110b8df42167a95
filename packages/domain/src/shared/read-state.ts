import type { Decider, EventStore } from '@wenming/event-store'

/** Folds the stream `streamName` with `decider`: an aggregate's current state, read through the kernel. */
export const readState = async <Event, State>(
  store: EventStore,
  decider: Pick<Decider<never, Event, State, unknown>, 'initialState' | 'evolve'>,
  streamName: string,
): Promise<State> => {
  let state = decider.initialState
  for await (const recorded of store.readStream(streamName)) {
    state = decider.evolve(state, recorded as unknown as Event)
  }
  return state
}
