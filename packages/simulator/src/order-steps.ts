import { type CompletionReport } from '@wenming/domain'
import type { PlannedTeam } from './district-plan.js'
import { localDate } from './local-time.js'
import type { Random } from './random.js'
import { scheduleOrderRecords } from './service-records.js'
import type { SimulationContext } from './simulation-context.js'
import { SimulationError } from './simulation-error.js'

const HOUR = 3_600_000

/** The acting principal of a team: its leader. */
export const teamActor = (team: PlannedTeam) => ({ id: team.members[0]!, role: 'team_leader' })

/** District staff who review and dispatch orders. */
export const STAFF = { id: 'centre-dispatcher', role: 'staff' }

/**
 * Dispatches (or re-dispatches) an order to the first candidate team the domain accepts, skipping
 * teams at capacity; resolves to that team.
 */
export const dispatchToFirst = async (
  ctx: SimulationContext,
  orderId: string,
  candidates: readonly PlannedTeam[],
  at: number,
  key: string,
  redispatch = false,
  actor: { id: string; role: string } = STAFF,
): Promise<PlannedTeam> => {
  for (const [i, team] of candidates.entries()) {
    const result = await ctx.sender.send(
      ctx.domain.handleOrderCommand,
      {
        type: redispatch ? 'RedispatchOrder' : 'DispatchOrder',
        data: { orderId, teamId: team.id },
      },
      at,
      actor,
      `${key}-${i}`,
    )
    if (result.ok) return team
  }
  throw new SimulationError(`No candidate team took the dispatch of ${orderId}`, candidates.length)
}

/** A completion report drawn for an order: its day, some of the team's volunteers, hours, audience. */
export const completionReport = (
  random: Random,
  team: PlannedTeam,
  at: number,
): CompletionReport => {
  const volunteers = random
    .shuffle(team.members)
    .slice(0, random.int(1, Math.min(6, team.members.length)))
  return {
    date: localDate(at),
    volunteerIds: volunteers,
    hours: volunteers.length * random.int(1, 4),
    audience: random.int(5, 120),
    notes: '服务完成',
  }
}

/**
 * Takes, completes and (maybe) evaluates an order held by `team`, each step a task at its own time;
 * `owner` is the requester (or issuer) who evaluates.
 */
export const deliverOrder = (
  ctx: SimulationContext,
  random: Random,
  orderId: string,
  team: PlannedTeam,
  from: number,
  owner: { id: string; role: string },
): void => {
  const takenAt = from + random.int(10, 360) * 60_000
  ctx.agenda.schedule(takenAt, async () => {
    await ctx.sender.must(
      ctx.domain.handleOrderCommand,
      { type: 'TakeOrder', data: { orderId, teamId: team.id } },
      takenAt,
      teamActor(team),
      `${orderId}-take`,
    )
    const completedAt = takenAt + random.int(12, 96) * HOUR
    ctx.agenda.schedule(completedAt, async () => {
      const report = completionReport(random, team, completedAt)
      await ctx.sender.must(
        ctx.domain.handleOrderCommand,
        {
          type: 'CompleteOrder',
          data: { orderId, teamId: team.id, report },
        },
        completedAt,
        teamActor(team),
        `${orderId}-complete`,
      )
      scheduleOrderRecords(ctx, orderId, team, report, completedAt)
      if (!random.chance(ctx.profile.evaluationRate)) return
      const evaluatedAt = completedAt + random.int(6, 72) * HOUR
      const rating = random.pick([3, 4, 4, 5, 5, 5, 5])
      ctx.agenda.schedule(evaluatedAt, () =>
        ctx.sender
          .must(
            ctx.domain.handleOrderCommand,
            {
              type: 'EvaluateOrder',
              data: { orderId, rating, comment: rating >= 4 ? '满意' : '一般' },
            },
            evaluatedAt,
            owner,
            `${orderId}-evaluate`,
          )
          .then(() => undefined),
      )
    })
  })
}
