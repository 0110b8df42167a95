import type { RecordedEvent } from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import type { ReadModel, RowChange } from '../read-model.js'
import type { RowProjection } from '../row-projection.js'
import { siteClusterChanges, siteClusterEventTypes } from '../site-cluster-changes.js'
import type { CandidateTeamRow, DispatchCandidateRows } from './dispatch-candidate-rows.js'

type Change = RowChange<DispatchCandidateRows>

const team = (row: CandidateTeamRow): Change[] => [{ table: 'teams', key: row.teamId, row }]

const changes = (
  readModel: ReadModel<DispatchCandidateRows>,
  recorded: RecordedEvent,
): Change[] => {
  const event = asWenmingEvent(recorded)
  const row = 'teamId' in event.data ? readModel.teams.get(event.data.teamId ?? '') : undefined
  switch (event.type) {
    case 'SiteRegistered': {
      const { siteId, level, coordinates } = event.data
      const location = { latitude: coordinates.latitude, longitude: coordinates.longitude }
      return [{ table: 'sites', key: siteId, row: { siteId, level, location } }]
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
      return row ? team({ ...row, categories: event.data.categories }) : []
    case 'TeamCapacityChanged':
      return row ? team({ ...row, capacity: event.data.capacity }) : []
    case 'TeamSuspended':
      return row ? team({ ...row, status: 'suspended' }) : []
    case 'TeamReinstated':
      return row ? team({ ...row, status: 'active' }) : []
    case 'TeamDissolved':
      return row ? team({ ...row, status: 'dissolved' }) : []
    case 'TeamCapacityReserved':
      return row ? team({ ...row, activeOrders: row.activeOrders + 1 }) : []
    case 'TeamCapacityReleased':
      return row ? team({ ...row, activeOrders: Math.max(row.activeOrders - 1, 0) }) : []
    case 'ClusterTeamPooled':
      return row ? team({ ...row, pooledClusterId: event.data.clusterId }) : []
    case 'ClusterTeamWithdrawn':
      return row && row.pooledClusterId === event.data.clusterId
        ? team({ ...row, pooledClusterId: null })
        : []
    case 'OrderEvaluated':
      return row
        ? team({
            ...row,
            ratingSum: row.ratingSum + event.data.rating,
            ratingCount: row.ratingCount + 1,
          })
        : []
    case 'RequestOrderPlaced': {
      const { orderId, siteId, category } = event.data
      return [{ table: 'orders', key: orderId, row: { orderId, siteId, category } }]
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
export const dispatchCandidates: RowProjection<DispatchCandidateRows> = {
  name: 'dispatch-candidates',
  tables: ['teams', 'sites', 'siteClusters', 'orders'],
  eventTypes: [
    'SiteRegistered',
    ...siteClusterEventTypes,
    'TeamRegistered',
    'TeamCategoriesChanged',
    'TeamCapacityChanged',
    'TeamSuspended',
    'TeamReinstated',
    'TeamDissolved',
    'TeamCapacityReserved',
    'TeamCapacityReleased',
    'ClusterTeamPooled',
    'ClusterTeamWithdrawn',
    'OrderEvaluated',
    'RequestOrderPlaced',
    'OrderRejected',
    'OrderCancelled',
    'OrderCompleted',
  ],
  changes,
}
