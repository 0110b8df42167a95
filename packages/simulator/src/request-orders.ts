import { deriveSeed } from './derive-seed.js'
import type { PlannedSite, PlannedTeam } from './district-plan.js'
import { iso, localInstant } from './local-time.js'
import { deliverOrder, dispatchToFirst, STAFF } from './order-steps.js'
import { createRandom, type Random } from './random.js'
import type { SimulationContext } from './simulation-context.js'

const HOUR = 3_600_000
const MINUTE = 60_000

type Fate = 'rejected' | 'cancelled' | 'served'

/** Teams within reach of an order at `site` serving `category`: local, then pooled, then district. */
const candidatesFor = (
  ctx: SimulationContext,
  random: Random,
  site: PlannedSite,
  category: string,
): PlannedTeam[] => {
  const { plan } = ctx
  const serves = (team: PlannedTeam) => team.categories.includes(category)
  const local = (plan.teamsBySite.get(site.id) ?? []).filter(serves)
  const cluster = plan.clusterOf.get(site.id)
  const pooled =
    cluster === undefined
      ? []
      : [cluster.leadSiteId, ...cluster.memberSiteIds]
          .filter((id) => id !== site.id)
          .flatMap((id) => plan.teamsBySite.get(id) ?? [])
          .filter(serves)
  const district = plan.platformTeams.filter(serves)
  return [...random.shuffle(local), ...random.shuffle(pooled), ...random.shuffle(district)]
}

/** The category a resident at `site` asks for: one a nearby team serves. */
const categoryFor = (ctx: SimulationContext, random: Random, site: PlannedSite): string => {
  const local = ctx.plan.teamsBySite.get(site.id) ?? []
  const cluster = ctx.plan.clusterOf.get(site.id)
  const nearby =
    cluster !== undefined && random.chance(0.5)
      ? [cluster.leadSiteId, ...cluster.memberSiteIds].flatMap(
          (id) => ctx.plan.teamsBySite.get(id) ?? [],
        )
      : local.length > 0 && random.chance(0.85)
        ? local
        : ctx.plan.platformTeams
  return random.pick(random.pick(nearby).categories)
}

const scheduleRequestOrder = (ctx: SimulationContext, index: number, fate: Fate): void => {
  const { plan, year, profile } = ctx
  const random = createRandom(deriveSeed(ctx.seed, `request-${index}`))
  const orderId = `r${year}-${String(index + 1).padStart(6, '0')}`
  const clustered = plan.clusteredSites
  const site =
    clustered.length > 0 && random.chance(0.25)
      ? random.pick(clustered)
      : random.pick(plan.orderSites)
  const requester = { id: `resident-${orderId}`, role: 'resident' }
  const category = categoryFor(ctx, random, site)
  const placedAt = localInstant(year, random.int(14, 345), random.int(8 * 60, 20 * 60))

  ctx.agenda.schedule(placedAt, async () => {
    await ctx.sender.must(
      ctx.domain.handleOrderCommand,
      {
        type: 'PlaceRequestOrder',
        data: {
          orderId,
          siteId: site.id,
          onBehalfOf: random.chance(0.2) ? '代老人点单' : null,
          category,
          need: '',
          wantedAt: iso(placedAt + random.int(24, 240) * HOUR),
        },
      },
      placedAt,
      requester,
      `${orderId}-place`,
    )
    const reviewedAt = placedAt + random.int(20, 360) * MINUTE
    ctx.agenda.schedule(reviewedAt, async () => {
      if (fate === 'rejected') {
        await ctx.sender.must(
          ctx.domain.handleOrderCommand,
          { type: 'RejectOrder', data: { orderId, reason: '不属于志愿服务范围' } },
          reviewedAt,
          STAFF,
          `${orderId}-reject`,
        )
        return
      }
      await ctx.sender.must(
        ctx.domain.handleOrderCommand,
        { type: 'AcceptOrder', data: { orderId } },
        reviewedAt,
        STAFF,
        `${orderId}-accept`,
      )
      const cancelEarly = fate === 'cancelled' && random.chance(0.5)
      const dispatchAt = reviewedAt + random.int(30, 480) * MINUTE
      ctx.agenda.schedule(dispatchAt, async () => {
        if (cancelEarly) {
          await cancel(dispatchAt)
          return
        }
        const candidates = candidatesFor(ctx, random, site, category)
        await dispatchRound(candidates, dispatchAt, 0)
      })
    })
  })

  const cancel = (at: number) =>
    ctx.sender
      .must(
        ctx.domain.handleOrderCommand,
        { type: 'CancelOrder', data: { orderId, reason: '需求已解决' } },
        at,
        requester,
        `${orderId}-cancel`,
      )
      .then(() => undefined)

  const dispatchRound = async (
    candidates: PlannedTeam[],
    at: number,
    round: number,
  ): Promise<void> => {
    const team = await dispatchToFirst(ctx, orderId, candidates, at, `${orderId}-dispatch${round}`)
    const rest = candidates.filter((t) => t !== team)
    if (fate === 'cancelled') {
      const cancelAt = at + random.int(30, 300) * MINUTE
      ctx.agenda.schedule(cancelAt, () => cancel(cancelAt))
    } else if (round < 2 && rest.length > 0 && random.chance(profile.declineRate)) {
      const declinedAt = at + random.int(20, 300) * MINUTE
      ctx.agenda.schedule(declinedAt, async () => {
        await ctx.sender.must(
          ctx.domain.handleOrderCommand,
          { type: 'DeclineOrder', data: { orderId, teamId: team.id, reason: '人手不足' } },
          declinedAt,
          { id: team.members[0]!, role: 'team_leader' },
          `${orderId}-decline${round}`,
        )
        const again = declinedAt + random.int(30, 180) * MINUTE
        ctx.agenda.schedule(again, () => dispatchRound(rest, again, round + 1))
      })
    } else if (round < 2 && rest.length > 0 && random.chance(profile.redispatchRate)) {
      const redispatchAt = at + (24 + random.int(1, 6)) * HOUR
      ctx.agenda.schedule(redispatchAt, async () => {
        const next = await dispatchToFirst(
          ctx,
          orderId,
          rest,
          redispatchAt,
          `${orderId}-redispatch${round}`,
          true,
        )
        deliverOrder(ctx, random, orderId, next, redispatchAt, requester)
      })
    } else {
      deliverOrder(ctx, random, orderId, team, at, requester)
    }
  }
}

/** Schedules the year's request orders: the profile's accepted (some later cancelled) and rejected. */
export const scheduleRequestOrders = (ctx: SimulationContext): void => {
  const { profile } = ctx
  const random = createRandom(deriveSeed(ctx.seed, 'request-fates'))
  const fates: Fate[] = [
    ...Array.from({ length: profile.requestOrdersRejected }, () => 'rejected' as const),
    ...Array.from({ length: profile.requestOrdersCancelled }, () => 'cancelled' as const),
    ...Array.from(
      { length: profile.requestOrdersAccepted - profile.requestOrdersCancelled },
      () => 'served' as const,
    ),
  ]
  random.shuffle(fates).forEach((fate, i) => scheduleRequestOrder(ctx, i, fate))
}
