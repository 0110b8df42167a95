import type { OrderError } from '../order/errors.js'
import type { TeamError } from '../team/errors.js'

/** Why an order command that involves a team (dispatch, decline, cancel, complete) is refused. */
export type DispatchError = OrderError | TeamError
