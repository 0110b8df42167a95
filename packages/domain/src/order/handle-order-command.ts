import type { CommandContext, EventStore } from '@wenming/event-store'
import { dispatchDefinition } from '../dispatch/dispatch-definition.js'
import type { DispatchError } from '../dispatch/dispatch-error.js'
import { runDispatch } from '../dispatch/run-dispatch.js'
import { runProcess } from '../process/run-process.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { DomainResult } from '../shared/domain-result.js'
import { orderStream, siteStream } from '../shared/stream-names.js'
import { siteFacts } from '../site/site-facts.js'
import type { TeamEvent } from '../team/events.js'
import { catalogueStream } from '../catalogue/catalogue-stream.js'
import { levelAbove, siteLevelOf } from './holder.js'
import { readSiteChain } from '../site/read-site-chain.js'
import { readSiteDistrict } from '../site/read-site-district.js'
import type { AcceptOrder, EscalateOrder, OrderCommand, PlaceRequestOrder } from './commands.js'
import type { OrderEvent } from './events.js'
import type { OrderDeciderCommand } from './order-commands-with-facts.js'

/** A request order's site (its district found) and, when it names an entry, its district's catalogue. */
const withCatalogue = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: PlaceRequestOrder,
): Promise<OrderDeciderCommand> => {
  const read = siteFacts(await runtime.read.site(store, siteStream(command.data.siteId)))
  const site =
    read === null ? null : { ...read, districtId: await readSiteDistrict(runtime, store, read) }
  const catalogue =
    command.data.category === null || site?.districtId === null || site?.districtId === undefined
      ? null
      : await runtime.read.catalogue(store, catalogueStream(site.districtId))
  return { ...command, facts: { site, catalogue } }
}

/** An acceptance or escalation with the order's site and its parents, where each holder is (O8). */
const withChain = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: AcceptOrder | EscalateOrder,
): Promise<OrderDeciderCommand> => {
  const order = await runtime.read.order(store, orderStream(command.data.orderId))
  const level =
    command.type === 'AcceptOrder'
      ? (command.data.holder ?? 'centre')
      : order.status === 'none' || order.holder === null
        ? null
        : levelAbove(order.holder.level)
  const chain =
    order.status === 'none' || level === null
      ? []
      : await readSiteChain(runtime, store, order.siteId, siteLevelOf(level))
  return { ...command, facts: { chain } }
}

/**
 * Handles any order command on `order-<orderId>`: dispatches, directive issues and re-dispatches run
 * through the dispatch process (reserve on the team, record on the order, compensate); declines,
 * cancellations and completions release the team's reservation; a request order reads its site.
 */
export const handleOrderCommand = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: OrderCommand,
  context: CommandContext,
): Promise<DomainResult<OrderEvent | TeamEvent, DispatchError>> => {
  if (
    command.type === 'DispatchOrder' ||
    command.type === 'RedispatchOrder' ||
    command.type === 'IssueDirectiveOrder'
  ) {
    return runDispatch(runtime, store, command, context)
  }
  const decided: OrderDeciderCommand =
    command.type === 'PlaceRequestOrder'
      ? await withCatalogue(runtime, store, command)
      : command.type === 'AcceptOrder' || command.type === 'EscalateOrder'
        ? await withChain(runtime, store, command)
        : command
  return runProcess(dispatchDefinition(runtime), store, context, {
    holds: [],
    recorded: false,
    metadata: command.metadata,
    record: () => runtime.handle.order(store, orderStream(command.data.orderId), decided, context),
  })
}
