import type { WenmingEvent } from '@wenming/domain'

/** The fields a team's lifecycle changes in any read-model row that tracks the team's load. */
export type TeamLifecycleFields = {
  readonly status?: 'active' | 'suspended' | 'dissolved'
  readonly capacity?: number
  readonly activeOrders?: number
}

/** The team events {@link teamLifecycleChange} reads. */
export const teamLifecycleEventTypes = [
  'TeamCapacityChanged',
  'TeamSuspended',
  'TeamReinstated',
  'TeamDissolved',
  'TeamCapacityReserved',
  'TeamCapacityReleased',
] as const

/**
 * What a team lifecycle event changes in a row that holds `activeOrders` for the team (the team
 * workload and the dispatch candidates both keep one): its status, capacity or load; `undefined`
 * for any other event.
 */
export const teamLifecycleChange = (
  event: WenmingEvent,
  activeOrders: number,
): TeamLifecycleFields | undefined => {
  switch (event.type) {
    case 'TeamCapacityChanged':
      return { capacity: event.data.capacity }
    case 'TeamSuspended':
      return { status: 'suspended' }
    case 'TeamReinstated':
      return { status: 'active' }
    case 'TeamDissolved':
      return { status: 'dissolved' }
    case 'TeamCapacityReserved':
      return { activeOrders: activeOrders + 1 }
    case 'TeamCapacityReleased':
      return { activeOrders: Math.max(activeOrders - 1, 0) }
    default:
      return undefined
  }
}
