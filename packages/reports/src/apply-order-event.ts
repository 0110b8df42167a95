import { SLOT } from './counter-slot.js'
import { dayBucket, dayOfMs, siteFigures } from './day-bucket.js'
import { instantMs } from './instant-ms.js'
import type { EventData, ReportHandlers } from './report-handlers.js'
import type { DayBucket, OrderFacts, WorkReportReadModel } from './work-report-read-model.js'

const HOUR_MS = 3_600_000

const sample = (list: number[] | undefined, hours: number): number[] => {
  const samples = list ?? []
  samples.push(hours)
  return samples
}

/** The bucket of the order's district on the local day of the instant `at` (ms). */
const bucketOf = (rm: WorkReportReadModel, order: OrderFacts, at: number): DayBucket =>
  dayBucket(order.figures, dayOfMs(rm, at))

const countersOf = (rm: WorkReportReadModel, order: OrderFacts, at: string): Float64Array =>
  bucketOf(rm, order, instantMs(at)).counters

const place = (
  rm: WorkReportReadModel,
  orderId: string,
  siteId: string,
  at: string,
  request: boolean,
  tasks = 0,
): void => {
  const placedAt = instantMs(at)
  const order: OrderFacts = {
    figures: siteFigures(rm, siteId),
    request,
    severalTasks: tasks > 1,
    placedAt,
    dispatchedAt: placedAt,
    dispatched: false,
  }
  rm.orders.set(orderId, order)
  const counters = bucketOf(rm, order, placedAt).counters
  counters[request ? SLOT.requestPlaced : SLOT.directiveIssued]! += 1
  if (!request) counters[SLOT.directiveTasksIssued]! += tasks
}

const dispatch = (
  rm: WorkReportReadModel,
  { orderId, reach, at }: EventData<'OrderDispatched' | 'OrderRedispatched'>,
): void => {
  const order = rm.orders.get(orderId)
  if (order === undefined) return
  const ms = instantMs(at)
  const bucket = bucketOf(rm, order, ms)
  if (reach === 'pooled') bucket.counters[SLOT.pooledDispatches]! += 1
  if (!order.request) return
  bucket.counters[SLOT.requestDispatched]! += 1
  if (!order.dispatched)
    bucket.hoursToDispatch = sample(bucket.hoursToDispatch, (ms - order.placedAt) / HOUR_MS)
  order.dispatched = true
  order.dispatchedAt = ms
}

/**
 * Counts directive orders (定单) issued, completed and evaluated, and their tasks (one per named
 * team, O7) issued and completed, and request orders through their
 * lifecycle, with the hours from placement to first dispatch and from a dispatch to its take. An
 * order's facts are dropped once it is closed for good: rejected, cancelled or evaluated.
 */
export const orderHandlers: ReportHandlers<
  | 'RequestOrderPlaced'
  | 'DirectiveOrderIssued'
  | 'OrderAccepted'
  | 'OrderRejected'
  | 'OrderDispatched'
  | 'OrderRedispatched'
  | 'OrderTaken'
  | 'OrderDeclined'
  | 'OrderCancelled'
  | 'OrderCompleted'
  | 'OrderEvaluated'
  | 'DirectiveOrderCompleted'
> = {
  RequestOrderPlaced: (rm, { orderId, siteId, at }) => place(rm, orderId, siteId, at, true),
  DirectiveOrderIssued: (rm, { orderId, issuingSiteId, tasks, at }) =>
    place(rm, orderId, issuingSiteId, at, false, tasks?.length ?? 1),
  OrderAccepted: (rm, { orderId, at }) => {
    const order = rm.orders.get(orderId)
    if (order?.request) countersOf(rm, order, at)[SLOT.requestAccepted]! += 1
  },
  OrderRejected: (rm, { orderId, at }) => {
    const order = rm.orders.get(orderId)
    if (order?.request) countersOf(rm, order, at)[SLOT.requestRejected]! += 1
    rm.orders.delete(orderId)
  },
  OrderDispatched: dispatch,
  OrderRedispatched: dispatch,
  OrderTaken: (rm, { orderId, at }) => {
    const order = rm.orders.get(orderId)
    if (!order?.request) return
    const ms = instantMs(at)
    const bucket = bucketOf(rm, order, ms)
    bucket.hoursToTake = sample(bucket.hoursToTake, (ms - order.dispatchedAt) / HOUR_MS)
  },
  OrderDeclined: (rm, { orderId, at }) => {
    const order = rm.orders.get(orderId)
    if (order?.request) countersOf(rm, order, at)[SLOT.requestDeclined]! += 1
  },
  OrderCancelled: (rm, { orderId, at }) => {
    const order = rm.orders.get(orderId)
    if (order?.request) countersOf(rm, order, at)[SLOT.requestCancelled]! += 1
    rm.orders.delete(orderId)
  },
  OrderCompleted: (rm, { orderId, at }) => {
    const order = rm.orders.get(orderId)
    if (order === undefined) return
    const counters = countersOf(rm, order, at)
    if (order.request) {
      counters[SLOT.requestCompleted]! += 1
      return
    }
    counters[SLOT.directiveTasksCompleted]! += 1
    // A 定单 to several teams completes with its last task (DirectiveOrderCompleted).
    if (!order.severalTasks) counters[SLOT.directiveCompleted]! += 1
  },
  DirectiveOrderCompleted: (rm, { orderId, at }) => {
    const order = rm.orders.get(orderId)
    if (order !== undefined) countersOf(rm, order, at)[SLOT.directiveCompleted]! += 1
  },
  OrderEvaluated: (rm, { orderId, rating, at }) => {
    const order = rm.orders.get(orderId)
    if (order === undefined) return
    const counters = countersOf(rm, order, at)
    if (order.request) {
      counters[SLOT.requestEvaluated]! += 1
      counters[SLOT.ratingSum]! += rating
    } else counters[SLOT.directiveEvaluated]! += 1
    rm.orders.delete(orderId)
  },
}
