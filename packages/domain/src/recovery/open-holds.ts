import type { RecordedEvent } from '@wenming/event-store'

/** A unit of team capacity a dispatch reserved, as the log shows it. */
export type HeldReservation = {
  readonly teamId: string
  readonly orderId: string
  /** The id of the step that reserved it (`<commandId>:reserve`). */
  readonly commandId: string
  readonly position: number
  readonly at: string
}

/** A site a cluster-membership process claimed, as the log shows it. */
export type HeldClaim = {
  readonly siteId: string
  readonly clusterId: string
  /** The id of the step that claimed it (`<commandId>:claim:ClaimSiteForCluster:<siteId>`). */
  readonly commandId: string
  readonly position: number
  readonly at: string
}

/** A closed competition round whose winners are not all awarded yet (S4), as the log shows it. */
export type ClosedRound = {
  readonly roundId: string
  /** Its winners in the order the close named them, each until its ProjectAwarded is read. */
  readonly unawarded: Set<string>
  /** The id of the step that recorded the close (`<commandId>:close`). */
  readonly commandId: string
  readonly at: string
}

/**
 * What the recovery pass knows from the log so far: every reservation and claim still held, which
 * team each order is dispatched to now, each cluster's sites, and every closed round with winners
 * still to award. Only open things are kept.
 */
export type OpenHolds = {
  /** The next global position to read. */
  nextPosition: number
  readonly reservations: Map<string, HeldReservation>
  /** The team an order is dispatched to now (absent: none). */
  readonly orderTeams: Map<string, string>
  /** The open tasks of 定单 to several teams (O7), by reservation key: each justifies its reservation. */
  readonly directiveTasks: Set<string>
  readonly claims: Map<string, HeldClaim>
  /** The lead and member sites of each active cluster. */
  readonly clusterSites: Map<string, Set<string>>
  /** Closed rounds by id, while a winner of theirs is not awarded. */
  readonly closedRounds: Map<string, ClosedRound>
}

/** Nothing read yet. */
export const emptyOpenHolds = (): OpenHolds => ({
  nextPosition: 1,
  reservations: new Map(),
  orderTeams: new Map(),
  directiveTasks: new Set(),
  claims: new Map(),
  clusterSites: new Map(),
  closedRounds: new Map(),
})

/** The key of a reservation: a team and an order. */
export const reservationKey = (teamId: string, orderId: string): string =>
  `${teamId}\u0000${orderId}`

type Data = Record<string, unknown>
const text = (data: Data, key: string): string => String(data[key])

/** Moves `holds` past one recorded event (any event of the log; the rest are ignored). */
export const trackOpenHolds = (holds: OpenHolds, recorded: RecordedEvent): void => {
  holds.nextPosition = recorded.position + 1
  const data = (recorded.data ?? {}) as Data
  const commandId = recorded.metadata?.['commandId']
  switch (recorded.type) {
    case 'TeamCapacityReserved': {
      const teamId = text(data, 'teamId')
      const orderId = text(data, 'orderId')
      holds.reservations.set(reservationKey(teamId, orderId), {
        teamId,
        orderId,
        commandId: typeof commandId === 'string' ? commandId : '',
        position: recorded.position,
        at: text(data, 'at'),
      })
      return
    }
    case 'TeamCapacityReleased':
      holds.reservations.delete(reservationKey(text(data, 'teamId'), text(data, 'orderId')))
      return
    case 'DirectiveOrderIssued': {
      const orderId = text(data, 'orderId')
      const tasks = data['tasks']
      if (Array.isArray(tasks)) {
        for (const task of tasks as { teamId: string }[]) {
          holds.directiveTasks.add(reservationKey(task.teamId, orderId))
        }
      }
      holds.orderTeams.set(orderId, text(data, 'teamId'))
      return
    }
    case 'OrderDispatched':
    case 'OrderRedispatched':
      holds.orderTeams.set(text(data, 'orderId'), text(data, 'teamId'))
      return
    case 'OrderDeclined':
    case 'OrderCancelled':
    case 'OrderCompleted': {
      const orderId = text(data, 'orderId')
      holds.orderTeams.delete(orderId)
      const teamIds = Array.isArray(data['teamIds']) ? (data['teamIds'] as string[]) : []
      for (const teamId of [...teamIds, text(data, 'teamId')]) {
        holds.directiveTasks.delete(reservationKey(teamId, orderId))
      }
      return
    }
    case 'SiteClaimedByCluster': {
      const siteId = text(data, 'siteId')
      holds.claims.set(siteId, {
        siteId,
        clusterId: text(data, 'clusterId'),
        commandId: typeof commandId === 'string' ? commandId : '',
        position: recorded.position,
        at: text(data, 'at'),
      })
      return
    }
    case 'SiteReleasedByCluster':
      holds.claims.delete(text(data, 'siteId'))
      return
    case 'ClusterFormed':
      holds.clusterSites.set(
        text(data, 'clusterId'),
        new Set([text(data, 'leadSiteId'), ...(data['memberSiteIds'] as string[])]),
      )
      return
    case 'ClusterSiteJoined':
      holds.clusterSites.get(text(data, 'clusterId'))?.add(text(data, 'siteId'))
      return
    case 'ClusterSiteLeft':
      holds.clusterSites.get(text(data, 'clusterId'))?.delete(text(data, 'siteId'))
      return
    case 'ClusterDissolved':
      holds.clusterSites.delete(text(data, 'clusterId'))
      return
    case 'ProjectRoundClosed': {
      const roundId = text(data, 'roundId')
      holds.closedRounds.set(roundId, {
        roundId,
        unawarded: new Set(Array.isArray(data['winners']) ? (data['winners'] as string[]) : []),
        commandId: typeof commandId === 'string' ? commandId : '',
        at: text(data, 'at'),
      })
      return
    }
    case 'ProjectAwarded': {
      const round = holds.closedRounds.get(text(data, 'roundId'))
      if (round === undefined) return
      round.unawarded.delete(text(data, 'projectId'))
      if (round.unawarded.size === 0) holds.closedRounds.delete(round.roundId)
      return
    }
    default:
      return
  }
}
