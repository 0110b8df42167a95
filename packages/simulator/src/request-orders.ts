import { deriveSeed } from './derive-seed.js'
import type { PlannedSite, PlannedTeam } from './district-plan.js'
import { iso, localInstant } from './local-time.js'
import { deliverOrder, dispatchToFirst, STAFF } from './order-steps.js'
import { createRandom, type Random } from './random.js'
import { SimulationError } from './simulation-error.js'
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
  const { local, pooled, district } = reachOf(ctx, site, category)
  return [...random.shuffle(local), ...random.shuffle(pooled), ...random.shuffle(district)]
}

/** The teams serving `category` local to `site`, pooled in its cluster, and district-level. */
const reachOf = (ctx: SimulationContext, site: PlannedSite, category: string) => {
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
  return { local, pooled, district }
}

/** The admin of a station or institute, who accepts, escalates and dispatches what it holds (O8). */
const adminOf = (siteId: string) => ({ id: `admin-${siteId}`, role: 'site_admin' })

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
  // O8: a drawing of its own, so the other draws (and the year's figures) stay as they were.
  const station = site.level === 'point' ? site.parentId : site.id
  const institute = station === null ? undefined : plan.sites.get(station)?.parentId
  const escalates =
    fate !== 'rejected' &&
    station !== null &&
    institute !== undefined &&
    institute !== null &&
    createRandom(deriveSeed(ctx.seed, `escalate-${index}`)).chance(profile.escalationRate)
  /** Who dispatches the order: the centre, or the institute it was escalated to. */
  let dispatcher = STAFF
  // What an institute may send: the order site's own teams and its cluster's pool (O8).
  const reach = reachOf(ctx, site, category)
  const withinInstitute = new Set([...reach.local, ...reach.pooled])

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
      if (escalates && station !== null && institute !== undefined && institute !== null) {
        // The station accepts, has no team for it, and passes it to its institute (O8).
        await ctx.sender.must(
          ctx.domain.handleOrderCommand,
          { type: 'AcceptOrder', data: { orderId, holder: 'station' } },
          reviewedAt,
          adminOf(station),
          `${orderId}-accept`,
        )
        await ctx.sender.must(
          ctx.domain.handleOrderCommand,
          { type: 'EscalateOrder', data: { orderId, reason: '本站暂无可承接的队伍' } },
          reviewedAt,
          adminOf(station),
          `${orderId}-escalate`,
        )
        dispatcher = adminOf(institute)
      } else {
        await ctx.sender.must(
          ctx.domain.handleOrderCommand,
          { type: 'AcceptOrder', data: { orderId } },
          reviewedAt,
          STAFF,
          `${orderId}-accept`,
        )
      }
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

  /**
   * Dispatches to the first candidate the holder may send and that has room; an institute that has
   * none in its reach escalates the order to the centre, which dispatches it (O8).
   */
  const dispatchHeld = async (
    candidates: readonly PlannedTeam[],
    at: number,
    key: string,
    redispatch = false,
  ): Promise<PlannedTeam> => {
    if (dispatcher !== STAFF) {
      const within = candidates.filter((team) => withinInstitute.has(team))
      try {
        return await dispatchToFirst(ctx, orderId, within, at, key, redispatch, dispatcher)
      } catch (error) {
        if (redispatch || !(error instanceof SimulationError)) throw error
        await ctx.sender.must(
          ctx.domain.handleOrderCommand,
          { type: 'EscalateOrder', data: { orderId, reason: '片区队伍均已满员' } },
          at,
          dispatcher,
          `${orderId}-escalate-centre`,
        )
        dispatcher = STAFF
      }
    }
    return dispatchToFirst(ctx, orderId, candidates, at, key, redispatch)
  }

  const dispatchRound = async (
    candidates: PlannedTeam[],
    at: number,
    round: number,
  ): Promise<void> => {
    const team = await dispatchHeld(candidates, at, `${orderId}-dispatch${round}`)
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
        const key = `${orderId}-redispatch${round}`
        // A dispatched order is not escalated: an institute with no other team in reach keeps it.
        const next = await dispatchHeld(rest, redispatchAt, key, true).catch((error: unknown) => {
          if (dispatcher === STAFF || !(error instanceof SimulationError)) throw error
          return team
        })
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
