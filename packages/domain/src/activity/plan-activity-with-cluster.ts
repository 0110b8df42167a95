import type { ClusterState } from '../cluster/state.js'
import type { PlanActivity } from './commands.js'

/**
 * `PlanActivity` with the named cluster as read from its stream. The facts may be left out only by
 * a plan that names no cluster: without them a cluster is refused (C4).
 */
export type PlanActivityWithCluster = PlanActivity & {
  readonly facts?: { readonly cluster: ClusterState | null }
}
