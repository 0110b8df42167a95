import {
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client'
import { WrongExpectedRevisionError, type ExpectedRevision } from '@wenming/event-store'
import { fromEsdbCurrentRevision } from './esdb-expected-revision.js'
import { EventStoreDbNotLeaderError } from './event-store-db-not-leader-error.js'
import { EventStoreDbTimeoutError } from './event-store-db-timeout-error.js'
import { EventStoreDbUnavailableError } from './event-store-db-unavailable-error.js'

/** What the failed call was: where it went, and for an append, its stream and expectation. */
export type EsdbErrorContext = {
  endpoint: string
  operation: string
  timeoutMs: number
  append?: { streamName: string; expectedRevision: ExpectedRevision }
}

// gRPC status codes the client sometimes leaves unwrapped (appendToStream against a refused port
// rejects with a raw ServiceError of code 14).
const GRPC_CANCELLED = 1
const GRPC_DEADLINE_EXCEEDED = 4
const GRPC_UNAVAILABLE = 14

const grpcCodeOf = (error: unknown): number | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'number'
    ? error.code
    : undefined

/**
 * A client error as ours: a wrong expected version becomes the kernel's
 * `WrongExpectedRevisionError`; unavailable, not-leader and deadline errors (wrapped or raw gRPC)
 * become typed errors naming the endpoint; anything else is returned unchanged.
 */
export const mapEsdbError = (error: unknown, context: EsdbErrorContext): unknown => {
  const { endpoint } = context
  if (error instanceof WrongExpectedVersionError && context.append !== undefined) {
    const { streamName, expectedRevision } = context.append
    return new WrongExpectedRevisionError(
      streamName,
      expectedRevision,
      fromEsdbCurrentRevision(error.actualVersion),
      { cause: error },
    )
  }
  if (error instanceof NotLeaderError) {
    const { address, port } = error.leader
    return new EventStoreDbNotLeaderError(endpoint, `${address}:${port}`, { cause: error })
  }
  const code = grpcCodeOf(error)
  if (
    error instanceof UnavailableError ||
    error instanceof CancelledError ||
    code === GRPC_UNAVAILABLE ||
    (code === GRPC_CANCELLED && !String((error as Error).message).includes('Cancelled on client'))
  ) {
    return new EventStoreDbUnavailableError(endpoint, { cause: error })
  }
  if (
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    code === GRPC_DEADLINE_EXCEEDED
  ) {
    return new EventStoreDbTimeoutError(endpoint, context.operation, context.timeoutMs, {
      cause: error,
    })
  }
  return error
}
