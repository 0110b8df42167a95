export {
  placeRequestOrderSchema,
  issueDirectiveOrderSchema,
  acceptOrderSchema,
  rejectOrderSchema,
  dispatchOrderSchema,
  redispatchOrderSchema,
  takeOrderSchema,
  declineOrderSchema,
  cancelOrderSchema,
  completeOrderSchema,
  evaluateOrderSchema,
  orderCommandSchema,
} from './commands.js'
export type {
  PlaceRequestOrder,
  IssueDirectiveOrder,
  AcceptOrder,
  RejectOrder,
  DispatchOrder,
  RedispatchOrder,
  TakeOrder,
  DeclineOrder,
  CancelOrder,
  CompleteOrder,
  EvaluateOrder,
  OrderCommand,
} from './commands.js'
export { decideCancel, decideComplete, decideEvaluate } from './decide-close.js'
export { decideDispatch, decideRedispatch, decideAnswer } from './decide-dispatch.js'
export { decidePlace, decideIssue, decideReview } from './decide-intake.js'
export { decideOrder } from './decide.js'
export type { OrderError } from './errors.js'
export {
  reachSchema,
  completionReportSchema,
  requestOrderPlacedSchema,
  directiveOrderIssuedSchema,
  orderAcceptedSchema,
  orderRejectedSchema,
  orderDispatchedSchema,
  orderRedispatchedSchema,
  orderTakenSchema,
  orderDeclinedSchema,
  orderCancelledSchema,
  orderCompletedSchema,
  orderEvaluatedSchema,
  orderEventSchema,
  orderEventSchemaVersions,
} from './events.js'
export type {
  Reach,
  CompletionReport,
  RequestOrderPlaced,
  DirectiveOrderIssued,
  OrderAccepted,
  OrderRejected,
  OrderDispatched,
  OrderRedispatched,
  OrderTaken,
  OrderDeclined,
  OrderCancelled,
  OrderCompleted,
  OrderEvaluated,
  OrderEvent,
} from './events.js'
export { evolveOrder } from './evolve.js'
export { handleOrderCommand } from './handle-order-command.js'
export { handleOrderDecision } from './handle-order-decision.js'
export type {
  EligibleReach,
  PlaceRequestOrderWithSite,
  IssueDirectiveOrderWithFacts,
  DispatchOrderWithReach,
  RedispatchOrderWithReach,
  OrderDeciderCommand,
} from './order-commands-with-facts.js'
export { orderDecider } from './order-decider.js'
export { initialOrderState, DISPATCH_SLA_HOURS } from './state.js'
export type { OrderStatus, OrderState, ExistingOrder } from './state.js'
