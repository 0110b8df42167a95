import type { PlannedCluster } from './district-plan.js'
import { localInstant } from './local-time.js'
import type { SimulationContext } from './simulation-context.js'

const ADMIN = { id: 'district-admin', role: 'admin' }

const scheduleCluster = (ctx: SimulationContext, cluster: PlannedCluster, index: number): void => {
  const formedAt = localInstant(ctx.year, 13, 9 * 60 + index * 10)
  ctx.agenda.schedule(formedAt, async () => {
    await ctx.sender.must(
      ctx.domain.handleClusterCommand,
      {
        type: 'FormCluster',
        data: {
          clusterId: cluster.id,
          name: cluster.name,
          leadSiteId: cluster.leadSiteId,
          memberSiteIds: cluster.memberSiteIds,
        },
      },
      formedAt,
      ADMIN,
      `cluster-${cluster.id}`,
    )
    const sites = [cluster.leadSiteId, ...cluster.memberSiteIds]
    const teams = sites.flatMap((id) => ctx.plan.teamsBySite.get(id) ?? [])
    const pooledAt = formedAt + 5 * 3_600_000
    ctx.agenda.schedule(pooledAt, async () => {
      for (const team of teams) {
        await ctx.sender.must(
          ctx.domain.handleClusterCommand,
          { type: 'PoolTeam', data: { clusterId: cluster.id, teamId: team.id } },
          pooledAt,
          ADMIN,
          `pool-${cluster.id}-${team.id}`,
        )
      }
      await ctx.sender.must(
        ctx.domain.handleClusterCommand,
        {
          type: 'OfferVenue',
          data: {
            clusterId: cluster.id,
            venueId: `${cluster.id}-venue`,
            siteId: cluster.leadSiteId,
            name: '新时代文明实践站活动室',
          },
        },
        pooledAt,
        ADMIN,
        `venue-${cluster.id}`,
      )
    })
  })
}

/** Schedules the 五联共建 clusters on 14 January: formed, their sites' teams pooled, a venue shared. */
export const scheduleClusters = (ctx: SimulationContext): void => {
  ctx.plan.clusters.forEach((cluster, i) => scheduleCluster(ctx, cluster, i))
}
