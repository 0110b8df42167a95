import { leanRowProjection, type LeanEvent } from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import { teamLifecycleChange, teamLifecycleEventTypes } from '../team-lifecycle-change.js'
import type { ReadModel, RowChange } from '@wenming/event-store'
import { siteClusterChanges, siteClusterEventTypes } from '../site-cluster-changes.js'
import type { CandidateTeamRow, DispatchCandidateRows } from './dispatch-candidate-rows.js'

type Change = RowChange<DispatchCandidateRows>

/**
 * `row` with `change` applied. Every field is written out: V8 builds an object literal many times
 * faster than a spread with overrides (`{ ...row, activeOrders }`), which a rebuild notices.
 */
const updated = (row: CandidateTeamRow, change: Partial<CandidateTeamRow>): CandidateTeamRow => ({
  teamId: row.teamId,
  status: change.status ?? row.status,
  categories: change.categories ?? row.categories,
  capacity: change.capacity ?? row.capacity,
  activeOrders: change.activeOrders ?? row.activeOrders,
  homeSiteId: row.homeSiteId,
  pooledClusterId:
    change.pooledClusterId === undefined ? row.pooledClusterId : change.pooledClusterId,
  ratingSum: change.ratingSum ?? row.ratingSum,
  ratingCount: change.ratingCount ?? row.ratingCount,
})

const team = (row: CandidateTeamRow): Change[] => [{ table: 'teams', key: row.teamId, row }]

const changes = (readModel: ReadModel<DispatchCandidateRows>, recorded: LeanEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  const row = 'teamId' in event.data ? readModel.teams.get(event.data.teamId ?? '') : undefined
  switch (event.type) {
    case 'CatalogueEntryPublished': {
      // S4: an entry from a winning project is served by that project's team.
      const { source, entry } = event.data
      return source === undefined
        ? []
        : [
            {
              table: 'projectEntries',
              key: entry.code,
              row: { code: entry.code, teamId: source.teamId },
            },
          ]
    }
    case 'SiteRegistered': {
      const { siteId, level, coordinates, parentId } = event.data
      const location = { latitude: coordinates.latitude, longitude: coordinates.longitude }
      // Older registrations did not record the district: the parent, registered first, tells it.
      const districtId =
        event.data.districtId ??
        (level === 'center'
          ? siteId
          : parentId === null
            ? undefined
            : readModel.sites.get(parentId)?.districtId)
      return [
        {
          table: 'sites',
          key: siteId,
          row: {
            siteId,
            level,
            location,
            ...(districtId === undefined ? {} : { districtId }),
            ...(parentId === null ? {} : { parentId }),
          },
        },
      ]
    }
    case 'ClusterFormed':
    case 'ClusterSiteJoined':
    case 'ClusterSiteLeft':
    case 'ClusterDissolved':
      return siteClusterChanges(readModel, event)
    case 'TeamRegistered':
      return team({
        teamId: event.data.teamId,
        status: 'active',
        categories: event.data.categories,
        capacity: event.data.capacity,
        activeOrders: 0,
        homeSiteId: event.data.homeSiteId,
        pooledClusterId: null,
        ratingSum: 0,
        ratingCount: 0,
      })
    case 'TeamCategoriesChanged':
      return row ? team(updated(row, { categories: event.data.categories })) : []
    case 'TeamCapacityChanged':
    case 'TeamSuspended':
    case 'TeamReinstated':
    case 'TeamDissolved':
    case 'TeamCapacityReserved':
    case 'TeamCapacityReleased':
      return row ? team(updated(row, teamLifecycleChange(event, row.activeOrders) ?? {})) : []
    case 'ClusterTeamPooled':
      return row ? team(updated(row, { pooledClusterId: event.data.clusterId })) : []
    case 'ClusterTeamWithdrawn':
      return row && row.pooledClusterId === event.data.clusterId
        ? team(updated(row, { pooledClusterId: null }))
        : []
    case 'OrderEvaluated': {
      // A 定单 to several teams credits each of them (O7).
      const { rating, teamIds } = event.data
      return (teamIds ?? [event.data.teamId]).flatMap((teamId) => {
        const rated = readModel.teams.get(teamId)
        return rated
          ? team(
              updated(rated, {
                ratingSum: rated.ratingSum + rating,
                ratingCount: rated.ratingCount + 1,
              }),
            )
          : []
      })
    }
    case 'RequestOrderPlaced': {
      const { orderId, siteId, category } = event.data
      return [{ table: 'orders', key: orderId, row: { orderId, siteId, category } }]
    }
    case 'OrderAccepted':
    case 'OrderEscalated': {
      const order = readModel.orders.get(event.data.orderId)
      // Before O8 the centre accepted and held every order.
      const holder =
        event.type === 'OrderEscalated'
          ? event.data.to
          : (event.data.holder ?? { level: 'centre' as const, siteId: null })
      return order === undefined
        ? []
        : [{ table: 'orders', key: order.orderId, row: { ...order, holder } }]
    }
    case 'OrderRejected':
    case 'OrderCancelled':
    case 'OrderCompleted':
      return readModel.orders.has(event.data.orderId)
        ? [{ table: 'orders', key: event.data.orderId, row: undefined }]
        : []
    default:
      return []
  }
}

/** 派单候选: the facts of every team and open order that the dispatch ranking policy needs. */
export const dispatchCandidates = leanRowProjection<DispatchCandidateRows>({
  name: 'dispatch-candidates',
  tables: ['teams', 'sites', 'siteClusters', 'orders', 'projectEntries'],
  eventTypes: [
    'SiteRegistered',
    ...siteClusterEventTypes,
    'TeamRegistered',
    'TeamCategoriesChanged',
    ...teamLifecycleEventTypes,
    'ClusterTeamPooled',
    'ClusterTeamWithdrawn',
    'OrderEvaluated',
    'RequestOrderPlaced',
    'OrderAccepted',
    'OrderEscalated',
    'OrderRejected',
    'OrderCancelled',
    'OrderCompleted',
    'CatalogueEntryPublished',
  ],
  changes,
})
