import type { OrderError } from '../order/errors.js'
import type { TeamError } from '../team/errors.js'

/**
 * A re-sent dispatch whose reservation was given back by the recovery pass after a crash: the
 * dispatch was never recorded and will not be; send a new one.
 */
export type DispatchAbandoned = {
  readonly type: 'DispatchAbandoned'
  readonly orderId: string
  readonly teamId: string
}

/** Why an order command that involves a team (dispatch, decline, cancel, complete) is refused. */
export type DispatchError = OrderError | TeamError | DispatchAbandoned
