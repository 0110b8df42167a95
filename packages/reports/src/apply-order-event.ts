import { instantMs } from './instant-ms.js'
import type { OrderEvent } from '@wenming/domain'
import { SLOT } from './counter-slot.js'
import { dayBucket, siteDistrict } from './day-bucket.js'
import type { DayBucket, OrderFacts, WorkReportReadModel } from './work-report-read-model.js'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

const sample = (list: number[] | undefined, hours: number): number[] => {
  const samples = list ?? []
  samples.push(hours)
  return samples
}

const countDispatch = (bucket: DayBucket, order: OrderFacts, at: number, reach: string) => {
  if (reach === 'pooled') bucket.counters[SLOT.pooledDispatches]! += 1
  if (!order.request) return
  bucket.counters[SLOT.requestDispatched]! += 1
  if (!order.dispatched)
    bucket.hoursToDispatch = sample(bucket.hoursToDispatch, (at - order.placedAt) / HOUR_MS)
  order.dispatched = true
  order.dispatchedAt = at
}

/**
 * Counts directive orders issued, completed and evaluated, and request orders through their
 * lifecycle, with the hours from placement to first dispatch and from a dispatch to its take.
 */
export const applyOrderEvent = (rm: WorkReportReadModel, event: OrderEvent): void => {
  const at = instantMs(event.data.at)
  const day = Math.floor((at + rm.utcOffsetMinutes * 60_000) / DAY_MS)
  if (event.type === 'RequestOrderPlaced' || event.type === 'DirectiveOrderIssued') {
    const request = event.type === 'RequestOrderPlaced'
    const site = request ? event.data.siteId : event.data.issuingSiteId
    const order: OrderFacts = {
      district: siteDistrict(rm, site),
      request,
      placedAt: at,
      dispatchedAt: at,
      dispatched: false,
    }
    rm.orders.set(event.data.orderId, order)
    dayBucket(rm, order.district, day).counters[
      request ? SLOT.requestPlaced : SLOT.directiveIssued
    ]! += 1
    return
  }
  const orderId = event.data.orderId
  const order = rm.orders.get(orderId)
  if (order === undefined) return
  const bucket = dayBucket(rm, order.district, day)
  const counters = bucket.counters
  switch (event.type) {
    case 'OrderAccepted':
      if (order.request) counters[SLOT.requestAccepted]! += 1
      break
    case 'OrderRejected':
      if (order.request) counters[SLOT.requestRejected]! += 1
      rm.orders.delete(orderId)
      break
    case 'OrderDispatched':
    case 'OrderRedispatched':
      countDispatch(bucket, order, at, event.data.reach)
      break
    case 'OrderTaken':
      if (order.request)
        bucket.hoursToTake = sample(bucket.hoursToTake, (at - order.dispatchedAt) / HOUR_MS)
      break
    case 'OrderDeclined':
      if (order.request) counters[SLOT.requestDeclined]! += 1
      break
    case 'OrderCancelled':
      if (order.request) counters[SLOT.requestCancelled]! += 1
      rm.orders.delete(orderId)
      break
    case 'OrderCompleted':
      counters[order.request ? SLOT.requestCompleted : SLOT.directiveCompleted]! += 1
      break
    case 'OrderEvaluated':
      if (order.request) {
        counters[SLOT.requestEvaluated]! += 1
        counters[SLOT.ratingSum]! += event.data.rating
      } else counters[SLOT.directiveEvaluated]! += 1
      rm.orders.delete(orderId)
      break
  }
}
