/** What `decide` returns: the events that record the decision, or a typed business refusal. */
export type DecideResult<Event, Error> =
  | { readonly ok: true; readonly events: readonly Event[] }
  | { readonly ok: false; readonly error: Error }

/** The shape every domain event has: a type tag and a payload; it maps onto {@link EventData}. */
export type DomainEvent = { readonly type: string; readonly data: unknown }

/**
 * An aggregate as three pure parts: the state before any event, how an event changes the state, and
 * how a command becomes events (or a refusal). `decide` is total: it never throws for a business rule.
 */
export type Decider<Command, Event, State, Error = never> = {
  readonly initialState: State
  readonly evolve: (state: State, event: Event) => State
  readonly decide: (command: Command, state: State) => DecideResult<Event, Error>
}

/** Folds `events` over `decider.initialState` (or over `state`). */
export const foldEvents = <Event, State>(
  decider: Pick<Decider<never, Event, State, unknown>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
  state: State = decider.initialState,
): State => {
  let current = state
  for (const event of events) current = decider.evolve(current, event)
  return current
}
