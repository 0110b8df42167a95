import type { DecideResult } from '@wenming/event-store'
import { match } from 'ts-pattern'
import { decideCancel, decideComplete, decideEvaluate } from './decide-close.js'
import { decideAnswer, decideDispatch, decideRedispatch } from './decide-dispatch.js'
import { decideEscalate } from './decide-escalate.js'
import { decideIssue, decidePlace, decideReview } from './decide-intake.js'
import type { OrderError } from './errors.js'
import type { OrderEvent } from './events.js'
import type { OrderDeciderCommand } from './order-commands-with-facts.js'
import type { OrderState } from './state.js'

/** Decides an order command against the order's state: the events to record or a typed refusal. */
export const decideOrder = (
  command: OrderDeciderCommand,
  state: OrderState,
): DecideResult<OrderEvent, OrderError> =>
  match(command)
    .returnType<DecideResult<OrderEvent, OrderError>>()
    .with({ type: 'PlaceRequestOrder' }, (c) => decidePlace(c, state))
    .with({ type: 'IssueDirectiveOrder' }, (c) => decideIssue(c, state))
    .with({ type: 'AcceptOrder' }, { type: 'RejectOrder' }, (c) => decideReview(c, state))
    .with({ type: 'EscalateOrder' }, (c) => decideEscalate(c, state))
    .with({ type: 'DispatchOrder' }, (c) => decideDispatch(c, state))
    .with({ type: 'RedispatchOrder' }, (c) => decideRedispatch(c, state))
    .with({ type: 'TakeOrder' }, { type: 'DeclineOrder' }, (c) => decideAnswer(c, state))
    .with({ type: 'CancelOrder' }, (c) => decideCancel(c, state))
    .with({ type: 'CompleteOrder' }, (c) => decideComplete(c, state))
    .with({ type: 'EvaluateOrder' }, (c) => decideEvaluate(c, state))
    .exhaustive()
