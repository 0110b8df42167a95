import {
  clusterStream,
  dissolveClusterSchema,
  formClusterSchema,
  joinClusterSchema,
  leaveClusterSchema,
  offerVenueSchema,
  poolTeamSchema,
  withdrawTeamSchema,
  withdrawVenueSchema,
  type WenmingDomain,
} from '@wenming/domain'
import type { CommandRoute } from '../command-route.js'
import {
  domainCommandRoute,
  type CommandSchema,
  type DomainCommandSpec,
} from '../domain-command-route.js'
import { managesSite } from '../scope.js'

const tag = 'clusters'
const stream = (data: { clusterId: string }): string => clusterStream(data.clusterId)
const location = (data: { clusterId: string }): string => `/clusters/${data.clusterId}`

type ClusterSpec<S extends CommandSchema> = Omit<
  DomainCommandSpec<S>,
  'tag' | 'stream' | 'location' | 'handle'
>

/** A cluster command through the cluster handler (membership runs the site ⇄ cluster process). */
const clusterRoute = <S extends CommandSchema>(
  domain: WenmingDomain,
  spec: ClusterSpec<S>,
): CommandRoute =>
  domainCommandRoute<S>({
    ...spec,
    tag,
    handle: domain.handleClusterCommand as DomainCommandSpec<S>['handle'],
    stream: stream as DomainCommandSpec<S>['stream'],
    location: location as DomainCommandSpec<S>['location'],
  })

/**
 * Cluster (五联共建) commands: form, join, leave, pool and withdraw teams, share venues. A joint
 * activity (活动联办) is an activity planned with its cluster named (`POST /activities`).
 */
export const clusterCommandRoutes = (domain: WenmingDomain): CommandRoute[] => [
  clusterRoute(domain, {
    url: '/clusters',
    operationId: 'formCluster',
    summary: 'Forms a cluster of weak sites with a lead site (at least two members, C3)',
    schema: formClusterSchema,
    fromParams: [],
    generatedId: 'clusterId',
    roles: ['centre-dispatcher'],
    successStatus: 201,
  }),
  clusterRoute(domain, {
    url: '/clusters/:clusterId/sites',
    operationId: 'joinCluster',
    summary: 'A site joins the cluster (a site is in at most one cluster, C1)',
    schema: joinClusterSchema,
    fromParams: ['clusterId'],
    roles: ['centre-dispatcher'],
  }),
  clusterRoute(domain, {
    url: '/clusters/:clusterId/sites/:siteId/leave',
    operationId: 'leaveCluster',
    summary: 'A site leaves the cluster; its teams leave the pool (C2)',
    schema: leaveClusterSchema,
    fromParams: ['clusterId', 'siteId'],
    roles: ['centre-dispatcher'],
  }),
  clusterRoute(domain, {
    url: '/clusters/:clusterId/teams',
    operationId: 'poolTeam',
    summary: 'Pools a team whose home site is a member (C2)',
    schema: poolTeamSchema,
    fromParams: ['clusterId'],
    roles: ['centre-dispatcher'],
  }),
  clusterRoute(domain, {
    url: '/clusters/:clusterId/teams/:teamId/withdraw',
    operationId: 'withdrawTeam',
    summary: 'Withdraws a team from the pool',
    schema: withdrawTeamSchema,
    fromParams: ['clusterId', 'teamId'],
    roles: ['centre-dispatcher'],
  }),
  clusterRoute(domain, {
    url: '/clusters/:clusterId/venues',
    operationId: 'offerVenue',
    summary: 'A member site offers a shared venue (阵地联用, C4)',
    schema: offerVenueSchema,
    fromParams: ['clusterId'],
    generatedId: 'venueId',
    roles: ['centre-dispatcher', 'station-admin', 'institute-admin'],
    authorize: (principal, data) => Promise.resolve(managesSite(principal, data.siteId)),
  }),
  clusterRoute(domain, {
    url: '/clusters/:clusterId/venues/:venueId/withdraw',
    operationId: 'withdrawVenue',
    summary: 'Withdraws a shared venue',
    schema: withdrawVenueSchema,
    fromParams: ['clusterId', 'venueId'],
    roles: ['centre-dispatcher'],
  }),
  clusterRoute(domain, {
    url: '/clusters/:clusterId/dissolve',
    operationId: 'dissolveCluster',
    summary: 'Dissolves the cluster, releasing all its sites (C3)',
    schema: dissolveClusterSchema,
    fromParams: ['clusterId'],
    roles: ['centre-dispatcher'],
  }),
]
