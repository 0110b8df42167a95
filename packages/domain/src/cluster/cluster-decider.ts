import type { Decider } from '@wenming/event-store'
import { decideCluster, type ClusterDeciderCommand } from './decide.js'
import type { ClusterError } from './errors.js'
import type { ClusterEvent } from './events.js'
import { evolveCluster } from './evolve.js'
import { initialClusterState, type ClusterState } from './state.js'

/** The cluster aggregate (五联共建): member sites, pooled teams, shared venues, joint activities. */
export const clusterDecider: Decider<
  ClusterDeciderCommand,
  ClusterEvent,
  ClusterState,
  ClusterError
> = {
  initialState: initialClusterState,
  evolve: evolveCluster,
  decide: decideCluster,
}
