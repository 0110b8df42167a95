import {
  matchesExpectedRevision,
  WrongExpectedRevisionError,
  type CommandContext,
  type EventStore,
} from '@wenming/event-store'
import {
  directiveTeamIds,
  type DispatchOrder,
  type IssueDirectiveOrder,
  type RedispatchOrder,
} from '../order/commands.js'
import type { OrderEvent } from '../order/events.js'
import type { OrderDeciderCommand } from '../order/order-commands-with-facts.js'
import { orderDecider } from '../order/order-decider.js'
import { runProcess } from '../process/run-process.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { DomainResult } from '../shared/domain-result.js'
import { stepContext } from '../shared/step-context.js'
import { orderStream, siteStream, teamStream } from '../shared/stream-names.js'
import { readSiteDistrict } from '../site/read-site-district.js'
import { siteFacts } from '../site/site-facts.js'
import type { TeamEvent } from '../team/events.js'
import { teamFacts } from '../team/team-facts.js'
import { dispatchDefinition } from './dispatch-definition.js'
import type { DispatchError } from './dispatch-error.js'
import { dispatchProcess } from './dispatch-process.js'
import { readReach } from './read-reach.js'
import { readTeamDistrict } from './read-team-district.js'
import { runDirectiveIssue } from './run-directive-issue.js'

type DispatchCommand = DispatchOrder | RedispatchOrder | IssueDirectiveOrder

type Result = DomainResult<OrderEvent | TeamEvent, DispatchError>

/**
 * Runs a dispatch (or a directive issue, or a re-dispatch) as the dispatch process: read the order,
 * its site and the team once each (and the site's cluster or the team's home site when the reach
 * needs them), check `If-Match` and the order decider before anything is held, reserve capacity on
 * the team's stream (T1, T2, categories), record on the order's stream, give the reservation back
 * if that fails; a re-dispatch then releases the previous team.
 */
export const runDispatch = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: DispatchCommand,
  context: CommandContext,
): Promise<Result> => {
  if (command.type === 'IssueDirectiveOrder' && directiveTeamIds(command.data).length > 1) {
    return runDirectiveIssue(runtime, store, command, context)
  }
  const { orderId } = command.data
  const teamId =
    command.type === 'IssueDirectiveOrder'
      ? (directiveTeamIds(command.data)[0] ?? '')
      : command.data.teamId
  const orderStreamName = orderStream(orderId)
  const recordContext: CommandContext = {
    ...stepContext(context, 'record'),
    ...(context.expectedRevision === undefined
      ? {}
      : { expectedRevision: context.expectedRevision }),
  }
  const order = await runtime.handle.order.load(store, orderStreamName, recordContext.commandId)
  const resent = order.replay !== undefined
  const pinned = context.expectedRevision
  const actual = order.revision < 0 ? 'no_stream' : order.revision
  // Checked here, once, before the team's stream is touched: a stale If-Match holds nothing.
  if (!resent && pinned !== undefined && !matchesExpectedRevision(pinned, actual)) {
    throw new WrongExpectedRevisionError(orderStreamName, pinned, actual)
  }
  const siteId =
    command.type === 'IssueDirectiveOrder'
      ? command.data.issuingSiteId
      : order.state.status === 'none'
        ? null
        : order.state.siteId
  const readSite =
    siteId === null ? null : siteFacts(await runtime.read.site(store, siteStream(siteId)))
  const orderSite =
    readSite === null
      ? null
      : { ...readSite, districtId: await readSiteDistrict(runtime, store, readSite) }
  const reserveContext = stepContext(context, 'reserve')
  const loadedTeam =
    orderSite === null
      ? undefined
      : await runtime.handle.team.load(store, teamStream(teamId), reserveContext.commandId)
  const team = loadedTeam === undefined ? null : teamFacts(loadedTeam.state)
  const reach =
    orderSite === null || team === null
      ? null
      : await readReach(
          runtime,
          store,
          orderSite,
          orderSite.districtId,
          team,
          order.state.status === 'none' ? null : order.state.holder,
          command.type === 'IssueDirectiveOrder' || order.state.status === 'none'
            ? null
            : order.state.category,
        )
  // Read only when it decides something: a directive's team, or a team found out of reach (D1).
  const teamDistrictId =
    team !== null && (reach === null || command.type === 'IssueDirectiveOrder')
      ? await readTeamDistrict(runtime, store, team)
      : null
  const decided: OrderDeciderCommand =
    command.type === 'IssueDirectiveOrder'
      ? {
          ...command,
          facts: { issuingSite: orderSite, teams: [{ teamId, reach, districtId: teamDistrictId }] },
        }
      : { ...command, facts: { reach } }
  if (!resent) {
    const check = orderDecider.decide(decided, order.state)
    const outOfReach = !check.ok && check.error.type === 'TeamOutOfReach'
    const teamRefused = outOfReach || (!check.ok && check.error.type === 'TeamInAnotherDistrict')
    if (!check.ok && !teamRefused) return { ok: false, error: check.error }
    // A team that does not exist is out of reach too, but the precise refusal is more useful.
    if (team === null) return { ok: false, error: { type: 'TeamNotFound', teamId } }
    const districtId = orderSite?.districtId ?? null
    if (
      outOfReach &&
      teamDistrictId !== null &&
      districtId !== null &&
      teamDistrictId !== districtId
    ) {
      return {
        ok: false,
        error: { type: 'TeamInAnotherDistrict', orderId, teamId, teamDistrictId, districtId },
      }
    }
    if (!check.ok) return { ok: false, error: check.error }
  }
  const category = order.state.status === 'none' ? null : order.state.category
  const holds = dispatchProcess({
    type: 'DispatchRequested',
    orderId,
    teamId,
    category,
    metadata: command.metadata,
  })
  return runProcess(dispatchDefinition(runtime, loadedTeam), store, context, {
    holds,
    recorded: resent,
    metadata: command.metadata,
    record: () => runtime.handle.order(store, orderStreamName, decided, recordContext, order),
  })
}
