import { deciderSpecification } from '@wenming/event-store/testing'
import { clusterDecider } from '../cluster/cluster-decider.js'
import { orderDecider } from '../order/order-decider.js'
import { siteDecider } from '../site/site-decider.js'
import { teamDecider } from '../team/team-decider.js'

/** Given/when/then for the site decider: `givenSite([events]).when(command).then([events])`. */
export const givenSite = deciderSpecification(siteDecider)

/** Given/when/then for the team decider. */
export const givenTeam = deciderSpecification(teamDecider)

/** Given/when/then for the order decider (commands carry their resolved `facts`). */
export const givenOrder = deciderSpecification(orderDecider)

/** Given/when/then for the cluster decider. */
export const givenCluster = deciderSpecification(clusterDecider)
