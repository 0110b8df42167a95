/**
 * The EventStoreDB node at `endpoint` is a follower and the call needs the leader; `leader` names
 * the leader's endpoint when the node reported it. The next call reconnects to the leader.
 */
export class EventStoreDbNotLeaderError extends Error {
  override readonly name = 'EventStoreDbNotLeaderError'
  readonly endpoint: string
  readonly leader: string | undefined

  constructor(endpoint: string, leader: string | undefined, options?: { cause?: unknown }) {
    super(
      `EventStoreDB node at ${endpoint} is not the leader` +
        (leader === undefined ? '' : ` (the leader is ${leader})`) +
        `: retry, the client reconnects to the leader`,
      options,
    )
    this.endpoint = endpoint
    this.leader = leader
  }
}

/** Type guard for {@link EventStoreDbNotLeaderError}, also across package copies. */
export const isEventStoreDbNotLeaderError = (error: unknown): error is EventStoreDbNotLeaderError =>
  error instanceof EventStoreDbNotLeaderError ||
  (error instanceof Error && error.name === 'EventStoreDbNotLeaderError' && 'endpoint' in error)
