import { type CommandContext, type EventStore } from '@wenming/event-store'
import type { DispatchOrder, IssueDirectiveOrder, RedispatchOrder } from '../order/commands.js'
import type { OrderEvent } from '../order/events.js'
import { handleOrderDecision } from '../order/handle-order-decision.js'
import type { OrderDeciderCommand } from '../order/order-commands-with-facts.js'
import { orderDecider } from '../order/order-decider.js'
import type { OrderState } from '../order/state.js'
import type { DomainResult } from '../shared/domain-result.js'
import { readState } from '../shared/read-state.js'
import { recordOrCompensate } from '../shared/record-or-compensate.js'
import { stepContext } from '../shared/step-context.js'
import { streamHasCommand } from '../shared/stream-has-command.js'
import { orderStream, teamStream } from '../shared/stream-names.js'
import type { TeamEvent } from '../team/events.js'
import { handleTeamDecision } from '../team/handle-team-decision.js'
import { determineReach } from './determine-reach.js'
import type { DispatchError } from './dispatch-error.js'
import { dispatchProcess } from './dispatch-process.js'
import { readReachFacts } from './read-reach-facts.js'
import { runReleases } from './run-releases.js'

type Result = DomainResult<OrderEvent | TeamEvent, DispatchError>

const withFacts = (
  command: DispatchOrder | RedispatchOrder | IssueDirectiveOrder,
  facts: Awaited<ReturnType<typeof readReachFacts>>,
): OrderDeciderCommand => {
  const reach = facts.reach === null ? null : determineReach(facts.reach)
  return command.type === 'IssueDirectiveOrder'
    ? { ...command, facts: { issuingSite: facts.orderSite, reach } }
    : { ...command, facts: { reach } }
}

const siteOf = (
  command: DispatchOrder | RedispatchOrder | IssueDirectiveOrder,
  order: OrderState,
): string | null =>
  command.type === 'IssueDirectiveOrder'
    ? command.data.issuingSiteId
    : order.status === 'none'
      ? null
      : order.siteId

/**
 * Runs a dispatch (or a directive issue, or a re-dispatch) as a process across two streams: reserve
 * capacity on the team's stream (T1, T2, categories), record the dispatch on the order's stream, and
 * release the reservation if that fails; a re-dispatch then releases the previous team.
 */
export const runDispatch = async (
  store: EventStore,
  command: DispatchOrder | RedispatchOrder | IssueDirectiveOrder,
  context: CommandContext,
): Promise<Result> => {
  const { orderId, teamId } = command.data
  const order = await readState(store, orderDecider, orderStream(orderId))
  const siteId = siteOf(command, order)
  const facts =
    siteId === null
      ? { orderSite: null, team: null, reach: null }
      : await readReachFacts(store, siteId, teamId)
  const decided = withFacts(command, facts)
  const recordContext = { ...stepContext(context, 'record'), ...pinned(context) }
  const resent = await streamHasCommand(store, orderStream(orderId), recordContext.commandId)
  if (!resent) {
    const check = orderDecider.decide(decided, order)
    const outOfReach = !check.ok && check.error.type === 'TeamOutOfReach'
    if (!check.ok && !outOfReach) return { ok: false, error: check.error }
    // A team that does not exist is out of reach too, but the precise refusal is more useful.
    if (facts.team === null) return { ok: false, error: { type: 'TeamNotFound', teamId } }
    if (!check.ok) return { ok: false, error: check.error }
  }
  const category = order.status === 'none' ? null : order.category
  const [reserve] = dispatchProcess({
    type: 'DispatchRequested',
    orderId,
    teamId,
    category,
    metadata: command.metadata,
  })
  if (reserve === undefined) throw new Error('The dispatch process reserves before it dispatches')
  const reserved = await handleTeamDecision(
    store,
    teamStream(teamId),
    reserve,
    stepContext(context, 'reserve'),
  )
  if (!reserved.ok) return { ok: false, error: reserved.error }

  const compensate = () =>
    runReleases(
      store,
      dispatchProcess({ type: 'DispatchNotRecorded', orderId, teamId, metadata: command.metadata }),
      stepContext(context, 'compensate'),
    )
  const recorded = await recordOrCompensate(
    () => handleOrderDecision(store, orderStream(orderId), decided, recordContext),
    compensate,
  )
  if (!recorded.ok) return { ok: false, error: recorded.error }
  const releases = recorded.events.flatMap((event) =>
    dispatchProcess({ type: 'OrderEventRecorded', event, metadata: command.metadata }),
  )
  const released = await runReleases(store, releases, stepContext(context, 'release'))
  return {
    ok: true,
    events: [...reserved.events, ...recorded.events, ...released],
    nextExpectedRevision: recorded.nextExpectedRevision,
  }
}

const pinned = (context: CommandContext) =>
  context.expectedRevision === undefined ? {} : { expectedRevision: context.expectedRevision }
