import {
  matchesExpectedRevision,
  WrongExpectedRevisionError,
  type CommandContext,
  type EventStore,
} from '@wenming/event-store'
import { directiveTeamIds, type IssueDirectiveOrder } from '../order/commands.js'
import type { OrderEvent } from '../order/events.js'
import type { DirectiveTeamFacts, OrderDeciderCommand } from '../order/order-commands-with-facts.js'
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

/**
 * Issues a 定单 to several teams (O7) as the dispatch process: read the order, the issuing site and
 * every named team, check `If-Match` and the order decider before anything is held, reserve one
 * unit of capacity on each team's stream in turn (T1; a refusal gives back those taken), then record
 * the 定单 with one task per team, or give every reservation back.
 */
export const runDirectiveIssue = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: IssueDirectiveOrder,
  context: CommandContext,
): Promise<DomainResult<OrderEvent | TeamEvent, DispatchError>> => {
  const { orderId, issuingSiteId } = command.data
  const stream = orderStream(orderId)
  const recordContext: CommandContext = {
    ...stepContext(context, 'record'),
    ...(context.expectedRevision === undefined
      ? {}
      : { expectedRevision: context.expectedRevision }),
  }
  const order = await runtime.handle.order.load(store, stream, recordContext.commandId)
  const resent = order.replay !== undefined
  const pinned = context.expectedRevision
  const actual = order.revision < 0 ? 'no_stream' : order.revision
  if (!resent && pinned !== undefined && !matchesExpectedRevision(pinned, actual)) {
    throw new WrongExpectedRevisionError(stream, pinned, actual)
  }
  const read = siteFacts(await runtime.read.site(store, siteStream(issuingSiteId)))
  const issuingSite =
    read === null ? null : { ...read, districtId: await readSiteDistrict(runtime, store, read) }
  const teamIds = directiveTeamIds(command.data)
  const teams: DirectiveTeamFacts[] = []
  const missing: string[] = []
  for (const teamId of teamIds) {
    const team = teamFacts(await runtime.read.team(store, teamStream(teamId)))
    if (team === null || issuingSite === null) {
      if (team === null) missing.push(teamId)
      teams.push({ teamId, reach: null, districtId: null })
      continue
    }
    teams.push({
      teamId,
      reach: await readReach(runtime, store, issuingSite, issuingSite.districtId, team),
      districtId: await readTeamDistrict(runtime, store, team),
    })
  }
  const decided: OrderDeciderCommand = { ...command, facts: { issuingSite, teams } }
  if (!resent) {
    const check = orderDecider.decide(decided, order.state)
    const [unknown] = missing
    // A team that does not exist is in no district either, but the precise refusal is more useful.
    if (!check.ok && check.error.type === 'TeamInAnotherDistrict' && unknown !== undefined) {
      return { ok: false, error: { type: 'TeamNotFound', teamId: unknown } }
    }
    if (!check.ok) return { ok: false, error: check.error }
  }
  const holds = teamIds.flatMap((teamId) =>
    dispatchProcess({
      type: 'DispatchRequested',
      orderId,
      teamId,
      category: null,
      metadata: command.metadata,
    }),
  )
  return runProcess(dispatchDefinition(runtime), store, context, {
    holds,
    recorded: resent,
    metadata: command.metadata,
    record: () => runtime.handle.order(store, stream, decided, recordContext, order),
  })
}
