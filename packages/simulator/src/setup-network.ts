import { type RegisterSite } from '@wenming/domain'
import { publishCatalogue } from './catalogue.js'
import type { PlannedSite, PlannedTeam } from './district-plan.js'
import { localInstant } from './local-time.js'
import { createRandom } from './random.js'
import { deriveSeed } from './derive-seed.js'
import type { SimulationContext } from './simulation-context.js'
import { registerSimulatedVolunteer } from './volunteers.js'

const ADMIN = { id: 'district-admin', role: 'admin' }

const registerSite = (ctx: SimulationContext, site: PlannedSite, at: number) => {
  const command: Omit<RegisterSite, 'metadata'> = {
    type: 'RegisterSite',
    data: {
      siteId: site.id,
      parentId: site.parentId,
      level: site.level,
      name: site.name,
      kind: site.kind,
      coordinates: { latitude: site.latitude, longitude: site.longitude },
    },
  }
  return ctx.sender.must(ctx.domain.handleSiteCommand, command, at, ADMIN, `site-${site.id}`)
}

/**
 * Registers the practice network level by level on 1-2 January (centre, its service catalogue,
 * institutes, stations, points) and marks the clusters' weak stations; each level's sites are
 * registered concurrently.
 */
export const registerNetwork = async (ctx: SimulationContext): Promise<void> => {
  const { plan, year } = ctx
  await registerSite(ctx, plan.centre, localInstant(year, 0, 8 * 60))
  await publishCatalogue(ctx)
  const levels = [plan.institutes, plan.stations, plan.points]
  for (const [level, sites] of levels.entries()) {
    await Promise.all(
      sites.map((site, i) =>
        registerSite(ctx, site, localInstant(year, level === 0 ? 0 : 1, 9 * 60 + (i % 480))),
      ),
    )
  }
  const weak = plan.clusters.flatMap((c) => [c.leadSiteId, ...c.memberSiteIds])
  await Promise.all(
    weak.map((siteId) =>
      ctx.sender.must(
        ctx.domain.handleSiteCommand,
        { type: 'MarkSiteWeak', data: { siteId, reason: '薄弱村、社区' } },
        localInstant(year, 2, 10 * 60),
        ADMIN,
        `weak-${siteId}`,
      ),
    ),
  )
}

const scheduleTeam = (ctx: SimulationContext, team: PlannedTeam, index: number) => {
  const random = createRandom(deriveSeed(ctx.seed, `team-${team.id}`))
  const day = 3 + (index % 10)
  const registeredAt = localInstant(ctx.year, day, 9 * 60 + random.int(0, 480))
  const [leader, ...members] = team.members
  if (leader === undefined) throw new RangeError(`Team ${team.id} has no leader`)
  ctx.agenda.schedule(registeredAt, async () => {
    await ctx.sender.must(
      ctx.domain.handleTeamCommand,
      {
        type: 'RegisterTeam',
        data: {
          teamId: team.id,
          name: team.name,
          homeSiteId: team.homeSiteId,
          organizationId: team.organizationId,
          platform: team.platform,
          categories: team.categories,
          capacity: ctx.profile.teamCapacity,
          leader: { volunteerId: leader, displayName: `队长${leader}` },
        },
      },
      registeredAt,
      ADMIN,
      `team-${team.id}`,
    )
    members.forEach((volunteerId, i) => {
      const joinedAt = registeredAt + (1 + random.int(0, 20 * 24)) * 3_600_000 + i * 60_000
      ctx.agenda.schedule(joinedAt, async () => {
        await registerSimulatedVolunteer(ctx, volunteerId, team.homeSiteId, joinedAt)
        await ctx.sender
          .must(
            ctx.domain.handleTeamCommand,
            {
              type: 'JoinTeam',
              data: { teamId: team.id, volunteerId, displayName: `志愿者${volunteerId}` },
            },
            joinedAt,
            { id: leader, role: 'team_leader' },
            `join-${team.id}-${volunteerId}`,
          )
          .then(() => undefined)
      })
    })
  })
}

/** Schedules every team's registration (3-12 January) and its members' joining (within 3 weeks). */
export const scheduleTeams = (ctx: SimulationContext): void => {
  ;[...ctx.plan.platformTeams, ...ctx.plan.communityTeams].forEach((team, i) =>
    scheduleTeam(ctx, team, i),
  )
}
