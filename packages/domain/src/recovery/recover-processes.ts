import type { EventStore } from '@wenming/event-store'
import type { AwardError } from '../project/award-winners.js'
import { isClusterSite } from '../cluster/state.js'
import type { ClusterEvent } from '../cluster/events.js'
import { dispatchDefinition } from '../dispatch/dispatch-definition.js'
import { membershipDefinition } from '../membership/membership-definition.js'
import type { OrderEvent } from '../order/events.js'
import { sendReleases } from '../process/run-process.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { CommandMetadata } from '../shared/command-metadata.js'
import { clusterStream, orderStream, siteStream, teamStream } from '../shared/stream-names.js'
import {
  reservationKey,
  trackOpenHolds,
  type HeldClaim,
  type HeldReservation,
  type OpenHolds,
} from './open-holds.js'
import { processBaseId } from './process-base-id.js'
import { recoverRoundAwards } from './recover-round-awards.js'

/** How long a first step may wait for its second before recovery acts, by default: 5 minutes. */
export const DEFAULT_RECOVERY_BOUND_MS = 5 * 60_000

/** The actor of the commands a recovery pass sends. */
export const RECOVERY_ACTOR_ID = 'wenming-process-recovery'

export type RecoveryOptions = {
  /** The app's clock at the pass (ISO-8601 UTC): the domain reads no clock of its own. */
  readonly now: string
  /**
   * How long a reservation or claim may stay without its process's second step before the pass
   * finishes or undoes it (default {@link DEFAULT_RECOVERY_BOUND_MS}); longer than any command takes.
   */
  readonly olderThanMs?: number
}

/** What a recovery pass did. */
export type RecoveryReport = {
  /** Events of the log read since the previous pass. */
  readonly eventsRead: number
  /** Reservations given back: their dispatch never recorded, or their release never ran. */
  readonly releasedReservations: readonly { readonly teamId: string; readonly orderId: string }[]
  /** Claims given back: their membership never recorded, or their release never ran. */
  readonly releasedClaims: readonly { readonly siteId: string; readonly clusterId: string }[]
  /** Winners of a closed round that became catalogue entries here: the close stopped before (S4). */
  readonly awardedProjects: readonly { readonly roundId: string; readonly projectId: string }[]
  /**
   * Closed rounds whose awards stopped at a refusal (the re-sent close stops at the same one), after
   * the winners before it; this domain object's passes do not try them again.
   */
  readonly refusedRounds: readonly { readonly roundId: string; readonly error: AwardError }[]
}

/** The last event of `streamName` after `position` that `ends` picks, with its command id. */
const lastEndingAfter = async <Event>(
  store: EventStore,
  streamName: string,
  position: number,
  ends: (event: Event) => boolean,
): Promise<{ readonly event: Event; readonly commandId: string } | undefined> => {
  let found: { event: Event; commandId: string } | undefined
  for await (const recorded of store.readStream(streamName)) {
    if (recorded.position <= position) continue
    const event = { type: recorded.type, data: recorded.data } as Event
    const commandId = recorded.metadata?.['commandId']
    if (ends(event) && typeof commandId === 'string') found = { event, commandId }
  }
  return found
}

const recoverReservation = async (
  runtime: DomainRuntime,
  store: EventStore,
  held: HeldReservation,
  metadata: CommandMetadata,
): Promise<'released' | 'justified' | 'gone'> => {
  const { teamId, orderId } = held
  const team = await runtime.read.team(store, teamStream(teamId))
  if (team.status === 'unregistered' || !team.reservations.includes(orderId)) return 'gone'
  const order = await runtime.read.order(store, orderStream(orderId))
  const holding = order.status === 'dispatched' || order.status === 'taken'
  if (holding && order.teamId === teamId && order.tasks === null) return 'justified'
  // O7: an open task of a 定单 to several teams holds its team's reservation.
  const task = order.status === 'dispatched' ? order.tasks?.[teamId] : undefined
  if (task === 'assigned' || task === 'taken') return 'justified'
  const definition = dispatchDefinition(runtime)
  const ending = await lastEndingAfter<OrderEvent>(
    store,
    orderStream(orderId),
    held.position,
    (e) =>
      e.type === 'OrderRedispatched'
        ? e.data.previousTeamId === teamId
        : (e.type === 'OrderDeclined' ||
            e.type === 'OrderCancelled' ||
            e.type === 'OrderCompleted') &&
          e.data.teamId === teamId,
  )
  // The order let the team go but its release never ran: run it, as the process would have.
  // Otherwise the dispatch was never recorded: undo the reservation, as the process would have.
  const released =
    ending !== undefined
      ? await sendReleases(
          definition,
          store,
          definition.follow(ending.event, metadata).filter((c) => c.data.teamId === teamId),
          { commandId: ending.commandId },
          'release',
        )
      : await sendReleases(
          definition,
          store,
          [
            definition.undo({
              type: 'ReserveTeamCapacity',
              data: { teamId, orderId, category: null },
              metadata,
            }),
          ],
          { commandId: processBaseId(held.commandId, ':reserve') },
          'compensate',
        )
  return released.length > 0 ? 'released' : 'gone'
}

const recoverClaim = async (
  runtime: DomainRuntime,
  store: EventStore,
  held: HeldClaim,
  metadata: CommandMetadata,
): Promise<'released' | 'justified' | 'gone'> => {
  const { siteId, clusterId } = held
  const site = await runtime.read.site(store, siteStream(siteId))
  if (site.status === 'unregistered' || site.clusterId !== clusterId) return 'gone'
  const cluster = await runtime.read.cluster(store, clusterStream(clusterId))
  if (cluster.status === 'active' && isClusterSite(cluster, siteId)) return 'justified'
  const definition = membershipDefinition(runtime)
  const ending = await lastEndingAfter<ClusterEvent>(
    store,
    clusterStream(clusterId),
    held.position,
    (e) =>
      (e.type === 'ClusterSiteLeft' && e.data.siteId === siteId) ||
      (e.type === 'ClusterDissolved' && e.data.releasedSiteIds.includes(siteId)),
  )
  const released =
    ending !== undefined
      ? await sendReleases(
          definition,
          store,
          definition.follow(ending.event, metadata).filter((c) => c.data.siteId === siteId),
          { commandId: ending.commandId },
          'release',
        )
      : await sendReleases(
          definition,
          store,
          [definition.undo({ type: 'ClaimSiteForCluster', data: { siteId, clusterId }, metadata })],
          { commandId: processBaseId(held.commandId, `:claim:ClaimSiteForCluster:${siteId}`) },
          'compensate',
        )
  return released.length > 0 ? 'released' : 'gone'
}

/**
 * One recovery pass of the dispatch, membership and round-closing processes over `store`: reads the
 * log since the last pass into `holds`, then, for every reservation or claim older than the bound
 * that no order or cluster justifies, finishes its process (the release an order's decline, cancel,
 * completion or re-dispatch should have sent) or undoes its first step (the dispatch or membership
 * was never recorded); and for every round closed longer than the bound with winners not awarded,
 * finishes the close (their catalogue entries, their teams' categories, their awards). Every command it sends has the id the process's own step has, so a pass repeats
 * nothing the process did and two passes repeat nothing of each other.
 */
export const recoverProcesses = async (
  runtime: DomainRuntime,
  store: EventStore,
  holds: OpenHolds,
  options: RecoveryOptions,
): Promise<RecoveryReport> => {
  let eventsRead = 0
  for await (const recorded of store.readAll({ fromPosition: holds.nextPosition })) {
    trackOpenHolds(holds, recorded)
    eventsRead++
  }
  const now = Date.parse(options.now)
  const bound = options.olderThanMs ?? DEFAULT_RECOVERY_BOUND_MS
  const due = (at: string) => now - Date.parse(at) >= bound
  const metadata: CommandMetadata = { now: options.now, actor: { id: RECOVERY_ACTOR_ID } }
  const releasedReservations: { teamId: string; orderId: string }[] = []
  for (const held of [...holds.reservations.values()]) {
    if (
      holds.orderTeams.get(held.orderId) === held.teamId ||
      holds.directiveTasks.has(reservationKey(held.teamId, held.orderId)) ||
      !due(held.at)
    ) {
      continue
    }
    const outcome = await recoverReservation(runtime, store, held, metadata)
    if (outcome === 'justified') continue
    holds.reservations.delete(reservationKey(held.teamId, held.orderId))
    if (outcome === 'released')
      releasedReservations.push({ teamId: held.teamId, orderId: held.orderId })
  }
  const releasedClaims: { siteId: string; clusterId: string }[] = []
  for (const held of [...holds.claims.values()]) {
    if (holds.clusterSites.get(held.clusterId)?.has(held.siteId) === true || !due(held.at)) continue
    const outcome = await recoverClaim(runtime, store, held, metadata)
    if (outcome === 'justified') continue
    holds.claims.delete(held.siteId)
    if (outcome === 'released')
      releasedClaims.push({ siteId: held.siteId, clusterId: held.clusterId })
  }
  const awardedProjects: { roundId: string; projectId: string }[] = []
  const refusedRounds: { roundId: string; error: AwardError }[] = []
  for (const round of [...holds.closedRounds.values()]) {
    if (!due(round.at)) continue
    const outcome = await recoverRoundAwards(runtime, store, round, metadata)
    holds.closedRounds.delete(round.roundId)
    const { roundId } = round
    awardedProjects.push(...outcome.awarded.map((projectId) => ({ roundId, projectId })))
    if (outcome.error !== undefined) refusedRounds.push({ roundId, error: outcome.error })
  }
  return { eventsRead, releasedReservations, releasedClaims, awardedProjects, refusedRounds }
}
