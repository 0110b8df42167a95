import type { CommandContext, EventStore } from '@wenming/event-store'
import type { DispatchError } from '../dispatch/dispatch-error.js'
import { dispatchProcess } from '../dispatch/dispatch-process.js'
import { runDispatch } from '../dispatch/run-dispatch.js'
import { runReleases } from '../dispatch/run-releases.js'
import type { DomainResult } from '../shared/domain-result.js'
import { readState } from '../shared/read-state.js'
import { stepContext } from '../shared/step-context.js'
import { orderStream, siteStream } from '../shared/stream-names.js'
import { siteDecider } from '../site/site-decider.js'
import { siteFacts } from '../site/site-facts.js'
import type { TeamEvent } from '../team/events.js'
import type { OrderCommand } from './commands.js'
import type { OrderEvent } from './events.js'
import { handleOrderDecision } from './handle-order-decision.js'
import type { OrderDeciderCommand } from './order-commands-with-facts.js'

/**
 * Handles any order command on `order-<orderId>`: dispatches, directive issues and re-dispatches run
 * through the dispatch process (reserve on the team, record on the order, compensate); declines,
 * cancellations and completions release the team's reservation; a request order reads its site.
 *
 * @example
 * const result = await handleOrderCommand(store, orderCommandSchema.parse(body), { commandId })
 */
export const handleOrderCommand = async (
  store: EventStore,
  command: OrderCommand,
  context: CommandContext,
): Promise<DomainResult<OrderEvent | TeamEvent, DispatchError>> => {
  if (
    command.type === 'DispatchOrder' ||
    command.type === 'RedispatchOrder' ||
    command.type === 'IssueDirectiveOrder'
  ) {
    return runDispatch(store, command, context)
  }
  const decided: OrderDeciderCommand =
    command.type === 'PlaceRequestOrder'
      ? {
          ...command,
          facts: {
            site: siteFacts(await readState(store, siteDecider, siteStream(command.data.siteId))),
          },
        }
      : command
  const recorded = await handleOrderDecision(
    store,
    orderStream(command.data.orderId),
    decided,
    context,
  )
  if (!recorded.ok) return { ok: false, error: recorded.error }
  const releases = recorded.events.flatMap((event) =>
    dispatchProcess({ type: 'OrderEventRecorded', event, metadata: command.metadata }),
  )
  const released = await runReleases(store, releases, stepContext(context, 'release'))
  return {
    ok: true,
    events: [...recorded.events, ...released],
    nextExpectedRevision: recorded.nextExpectedRevision,
  }
}
