import type { Decider } from '@wenming/event-store'
import { decideOrder } from './decide.js'
import type { OrderError } from './errors.js'
import type { OrderEvent } from './events.js'
import { evolveOrder } from './evolve.js'
import type { OrderDeciderCommand } from './order-commands-with-facts.js'
import { initialOrderState, type OrderState } from './state.js'

/** The order aggregate: the lifecycle of request (点单) and directive (定单) orders (O1-O6). */
export const orderDecider: Decider<OrderDeciderCommand, OrderEvent, OrderState, OrderError> = {
  initialState: initialOrderState,
  evolve: evolveOrder,
  decide: decideOrder,
}
