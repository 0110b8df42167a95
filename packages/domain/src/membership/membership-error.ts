import type { ClusterError } from '../cluster/errors.js'
import type { SiteError } from '../site/errors.js'

/**
 * A re-sent form or join whose claim on a site was given back by the recovery pass after a crash:
 * the membership was never recorded and will not be; send a new command.
 */
export type MembershipAbandoned = {
  readonly type: 'MembershipAbandoned'
  readonly clusterId: string
  readonly siteId: string
}

/** Why a cluster command is refused: by the cluster, or by a site's stream (C1). */
export type MembershipError = ClusterError | SiteError | MembershipAbandoned
