import type { EventStore } from '@wenming/event-store'
import { activityStream } from '../activity/activity-stream.js'
import { orderEventSchema } from '../order/events.js'
import { orderStream } from '../shared/stream-names.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { shiftStream } from '../shift/shift-stream.js'
import type { Occasion, Organiser } from './occasion.js'
import type { OccasionFacts } from './occasion-facts.js'

/**
 * An order's completion, scanned from its own stream: its name, day, team(s) and volunteers (every
 * task's, for a 定单 to several teams).
 */
const orderFacts = async (store: EventStore, orderId: string): Promise<OccasionFacts | null> => {
  let title = orderId
  let date: string | null = null
  const organisers: Organiser[] = []
  const participants = new Set<string>()
  for await (const { type, data } of store.readStream(orderStream(orderId))) {
    const event = orderEventSchema.safeParse({ type, data })
    if (!event.success) continue
    const { data: e } = event
    if (e.type === 'RequestOrderPlaced')
      title = e.data.need === '' ? (e.data.category ?? orderId) : e.data.need
    if (e.type === 'DirectiveOrderIssued') title = e.data.theme
    if (e.type === 'OrderCompleted') {
      // A 定单 to several teams completes once per task (O7): each team organised its own part.
      date ??= e.data.report.date
      organisers.push({ kind: 'team', teamId: e.data.teamId })
      for (const volunteerId of e.data.report.volunteerIds) participants.add(volunteerId)
    }
  }
  return date === null ? null : { title, date, organisers, participants: [...participants] }
}

/** A held activity: its title, day, and its organising site and teams. */
const activityFacts = async (
  runtime: DomainRuntime,
  store: EventStore,
  activityId: string,
): Promise<OccasionFacts | null> => {
  const state = await runtime.read.activity(store, activityStream(activityId))
  if (state.status !== 'held') return null
  const organisers: Organiser[] = [
    { kind: 'site', siteId: state.plan.organizerSiteId },
    ...state.plan.teamIds.map((teamId): Organiser => ({ kind: 'team', teamId })),
  ]
  return { title: state.plan.title, date: state.date, organisers, participants: null }
}

/** A scheduled shift (for a make-up record): its title, day and organiser. */
const shiftFacts = async (
  runtime: DomainRuntime,
  store: EventStore,
  shiftId: string,
): Promise<OccasionFacts | null> => {
  const state = await runtime.read.shift(store, shiftStream(shiftId))
  if (state.status === 'none') return null
  return { title: state.title, date: state.date, organisers: [state.organiser], participants: null }
}

/**
 * The facts of an occasion read from its own stream (never from a read model): an order once
 * completed, an activity once held, a shift once scheduled; `null` otherwise.
 */
export const readOccasionFacts = (
  runtime: DomainRuntime,
  store: EventStore,
  occasion: Occasion,
): Promise<OccasionFacts | null> => {
  switch (occasion.kind) {
    case 'order':
      return orderFacts(store, occasion.orderId)
    case 'activity':
      return activityFacts(runtime, store, occasion.activityId)
    case 'shift':
      return shiftFacts(runtime, store, occasion.shiftId)
  }
}
