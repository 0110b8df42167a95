import { deriveSeed } from './derive-seed.js'
import type { PlannedTeam } from './district-plan.js'
import { localDate, localInstant } from './local-time.js'
import { completionReport, deliverOrder, dispatchToFirst, teamActor } from './order-steps.js'
import { createRandom, type Random } from './random.js'
import { scheduleOrderRecords } from './service-records.js'
import type { SimulationContext } from './simulation-context.js'

const DAY = 86_400_000
const MINUTE = 60_000

const THEMES = [
  '党的二十大精神宣讲',
  '政策宣传宣讲',
  '文明交通劝导',
  '垃圾分类宣传',
  '防溺水安全教育',
  '敬老助老志愿服务',
  '森林防火宣传',
  '疫情防控志愿服务',
]

const scheduleDirective = (ctx: SimulationContext, index: number): void => {
  const { plan, year } = ctx
  const random = createRandom(deriveSeed(ctx.seed, `directive-${index}`))
  const orderId = `d${year}-${String(index + 1).padStart(5, '0')}`
  const byCentre = random.chance(0.7)
  const issuing = byCentre ? plan.centre : random.pick(plan.institutes)
  const local = byCentre ? plan.platformTeams : (plan.teamsByInstitute.get(issuing.id) ?? [])
  const pool = local.length > 0 ? local : plan.platformTeams
  const teams: PlannedTeam[] = [...new Set(Array.from({ length: 6 }, () => random.pick(pool)))]
  const issuer = { id: `staff-${issuing.id}`, role: 'staff' }
  const issuedAt = localInstant(year, random.int(14, 340), random.int(8 * 60, 18 * 60))
  // A third of the 定单 go to two or three teams at once, one task each (O7); a stream of its own,
  // so the other draws of the year stay as they were.
  const several = createRandom(deriveSeed(ctx.seed, `directive-teams-${index}`))
  const taskCount =
    teams.length >= 2 && several.chance(1 / 3) ? several.int(2, Math.min(3, teams.length)) : 1
  ctx.agenda.schedule(issuedAt, async () => {
    const [first, ...others] = teams
    if (first === undefined) return
    const theme = random.pick(THEMES)
    if (taskCount > 1) {
      const named = teams.slice(0, taskCount)
      const result = await ctx.sender.send(
        ctx.domain.handleOrderCommand,
        {
          type: 'IssueDirectiveOrder',
          data: {
            orderId,
            issuingSiteId: issuing.id,
            teamIds: named.map((t) => t.id),
            theme,
            description: `${theme}（定单，${named.length}支队伍）`,
            dueDate: localDate(issuedAt + 14 * DAY),
          },
        },
        issuedAt,
        issuer,
        `${orderId}-issue-several`,
      )
      if (result.ok) {
        named.forEach((task) => deliverTask(ctx, several, orderId, task, issuedAt))
        return
      }
    }
    let team: PlannedTeam | undefined
    for (const [i, candidate] of [first, ...others].entries()) {
      const result = await ctx.sender.send(
        ctx.domain.handleOrderCommand,
        {
          type: 'IssueDirectiveOrder',
          data: {
            orderId,
            issuingSiteId: issuing.id,
            teamId: candidate.id,
            theme,
            description: `${theme}（定单）`,
            dueDate: localDate(issuedAt + 14 * DAY),
          },
        },
        issuedAt,
        issuer,
        `${orderId}-issue-${i}`,
      )
      if (result.ok) {
        team = candidate
        break
      }
    }
    if (team === undefined) throw new Error(`No team could receive directive order ${orderId}`)
    const held = team
    if (!random.chance(ctx.profile.declineRate)) {
      deliverOrder(ctx, random, orderId, held, issuedAt, issuer)
      return
    }
    const declinedAt = issuedAt + random.int(30, 300) * MINUTE
    ctx.agenda.schedule(declinedAt, async () => {
      await ctx.sender.must(
        ctx.domain.handleOrderCommand,
        { type: 'DeclineOrder', data: { orderId, teamId: held.id, reason: '任务冲突' } },
        declinedAt,
        teamActor(held),
        `${orderId}-decline`,
      )
      const again = declinedAt + random.int(30, 180) * MINUTE
      ctx.agenda.schedule(again, async () => {
        const rest = teams.filter((t) => t !== held)
        const next = await dispatchToFirst(ctx, orderId, rest, again, `${orderId}-dispatch`)
        deliverOrder(ctx, random, orderId, next, again, issuer)
      })
    })
  })
}

/** One team takes and completes its task of a 定单 to several teams (O7), with service records. */
const deliverTask = (
  ctx: SimulationContext,
  random: Random,
  orderId: string,
  team: PlannedTeam,
  from: number,
): void => {
  const takenAt = from + random.int(10, 360) * MINUTE
  ctx.agenda.schedule(takenAt, async () => {
    await ctx.sender.must(
      ctx.domain.handleOrderCommand,
      { type: 'TakeOrder', data: { orderId, teamId: team.id } },
      takenAt,
      teamActor(team),
      `${orderId}-${team.id}-take`,
    )
    const completedAt = takenAt + random.int(12, 96) * 60 * MINUTE
    ctx.agenda.schedule(completedAt, async () => {
      const report = completionReport(random, team, completedAt)
      await ctx.sender.must(
        ctx.domain.handleOrderCommand,
        { type: 'CompleteOrder', data: { orderId, teamId: team.id, report } },
        completedAt,
        teamActor(team),
        `${orderId}-${team.id}-complete`,
      )
      scheduleOrderRecords(ctx, orderId, team, report, completedAt)
    })
  })
}

/** Schedules the year's directive orders (定单), issued by the centre or an institute to a team. */
export const scheduleDirectiveOrders = (ctx: SimulationContext): void => {
  for (let i = 0; i < ctx.profile.directiveOrders; i++) scheduleDirective(ctx, i)
}
