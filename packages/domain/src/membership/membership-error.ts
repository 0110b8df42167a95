import type { ClusterError } from '../cluster/errors.js'
import type { SiteError } from '../site/errors.js'

/** Why a cluster command is refused: by the cluster, or by a site's stream (C1). */
export type MembershipError = ClusterError | SiteError
