import { type ActivityKind } from '@wenming/domain'
import {
  festivalDay,
  FESTIVAL_DATES,
  festivalOf,
  INTERSECTIONS,
  weekendDays,
} from './activity-calendar.js'
import { deriveSeed } from './derive-seed.js'
import type { PlannedSite, PlannedTeam } from './district-plan.js'
import { dayOfYear, daysInYear, localDate, localInstant } from './local-time.js'
import { createRandom, type Random } from './random.js'
import { scheduleTrafficShift } from './service-records.js'
import type { SimulationContext } from './simulation-context.js'

const DAY = 86_400_000

type ActivitySpec = {
  kind: ActivityKind
  organizer: PlannedSite
  day: number
  title: string
  audience: [number, number]
  festival?: string
  intersection?: string
  clusterId?: string
  /** The cluster's shared venue (阵地联用) a joint activity is held at. */
  venueId?: string
}

const teamsOf = (ctx: SimulationContext, random: Random, site: PlannedSite): string[] => {
  const teams: PlannedTeam[] = ctx.plan.teamsBySite.get(site.id) ?? ctx.plan.platformTeams
  return random
    .shuffle(teams.length > 0 ? teams : ctx.plan.platformTeams)
    .slice(0, random.int(1, 2))
    .map((t) => t.id)
}

const scheduleActivity = (ctx: SimulationContext, spec: ActivitySpec, index: number): void => {
  const { year } = ctx
  const random = createRandom(deriveSeed(ctx.seed, `activity-${index}`))
  const activityId = `a${year}-${String(index + 1).padStart(6, '0')}`
  const heldAt = localInstant(year, spec.day, random.int(9 * 60, 20 * 60))
  const plannedAt = Math.max(localInstant(year, 2, 9 * 60), heldAt - random.int(1, 10) * DAY)
  const teamIds = teamsOf(ctx, random, spec.organizer)
  const staff = { id: `staff-${spec.organizer.id}`, role: 'staff' }
  ctx.agenda.schedule(plannedAt, async () => {
    await ctx.sender.must(
      ctx.domain.handleActivityCommand,
      {
        type: 'PlanActivity',
        data: {
          activityId,
          title: spec.title,
          kind: spec.kind,
          organizerSiteId: spec.organizer.id,
          teamIds,
          plannedDate: localDate(heldAt),
          ...(spec.festival === undefined ? {} : { festival: spec.festival }),
          ...(spec.intersection === undefined ? {} : { intersection: spec.intersection }),
          ...(spec.clusterId === undefined ? {} : { clusterId: spec.clusterId }),
          ...(spec.venueId === undefined ? {} : { venueId: spec.venueId }),
          ...(spec.kind === 'themed' ? { themeMonth: localDate(heldAt).slice(0, 7) } : {}),
        },
      },
      plannedAt,
      staff,
      `${activityId}-plan`,
    )
    if (spec.kind === 'traffic_persuasion' && spec.intersection !== undefined) {
      scheduleTrafficShift(ctx, activityId, teamIds[0], spec.organizer, spec.intersection, heldAt)
    }
    // A few activities are reported a day or two after they were held.
    const reportedAt = heldAt + (random.chance(0.03) ? random.int(1, 2) * DAY : 2 * 3_600_000)
    ctx.agenda.schedule(reportedAt, async () => {
      const volunteers = random.int(3, 30)
      const audience = random.int(spec.audience[0], spec.audience[1])
      await ctx.sender.must(
        ctx.domain.handleActivityCommand,
        {
          type: 'HoldActivity',
          data: {
            activityId,
            date: localDate(heldAt),
            teamIds,
            volunteers,
            hours: volunteers * random.int(2, 4),
            audience,
            notes: '',
          },
        },
        reportedAt,
        staff,
        `${activityId}-hold`,
      )
    })
  })
}

/** Every activity of the year, by kind, with its organiser and day. */
export const planActivities = (ctx: SimulationContext): ActivitySpec[] => {
  const { plan, profile, year } = ctx
  const random = createRandom(deriveSeed(ctx.seed, 'activities'))
  const lastDay = daysInYear(year) - 4
  const anyDay = () => random.int(5, lastDay)
  const local = [...plan.institutes, ...plan.stations]
  const specs: ActivitySpec[] = []
  const add = (n: number, make: (i: number) => ActivitySpec) => {
    for (let i = 0; i < n; i++) specs.push(make(i))
  }
  add(profile.centreSquareActivities, () => ({
    kind: 'square',
    organizer: plan.centre,
    day: anyDay(),
    title: '新时代文明实践广场志愿服务活动',
    audience: [800, 3000],
  }))
  add(profile.localSquareActivities, () => ({
    kind: 'square',
    organizer: random.pick(local),
    day: anyDay(),
    title: '文明实践广场活动',
    audience: [40, 160],
  }))
  add(profile.festivalActivities, (i) => {
    const festival = festivalOf(i, profile.festivalActivities)
    return {
      kind: 'festival',
      organizer: random.pick(local),
      day: festivalDay(random, year, festival),
      title: `我们的节日·${FESTIVAL_DATES[festival]![0]}`,
      audience: [30, 120],
      festival: FESTIVAL_DATES[festival]![0],
    }
  })
  const sessions = weekendDays(random, year, profile.trafficPersuasionSessions, lastDay)
  const intersections = INTERSECTIONS.slice(0, profile.intersections)
  add(profile.trafficPersuasionSessions, (i) => ({
    kind: 'traffic_persuasion',
    organizer: plan.centre,
    day: sessions[i]!,
    title: '文明交通劝导志愿服务',
    audience: [100, 400],
    intersection: i < intersections.length ? intersections[i]! : random.pick(intersections),
  }))
  add(profile.themedActivities, () => ({
    kind: 'themed',
    organizer: random.pick(plan.stations),
    day: anyDay(),
    title: '每月主题志愿服务活动',
    audience: [20, 80],
  }))
  const joint = plan.clusters.length * 3
  add(Math.max(0, profile.regularActivities - joint), () => ({
    kind: 'regular',
    organizer: random.pick([...local, ...plan.points]),
    day: anyDay(),
    title: '常态化志愿服务活动',
    audience: [10, 40],
  }))
  add(Math.min(joint, profile.regularActivities), (i) => {
    const cluster = plan.clusters[i % plan.clusters.length]!
    return {
      kind: 'regular',
      organizer: plan.sites.get(cluster.leadSiteId)!,
      // Planned up to ten days ahead, so after the clusters form on 14 January.
      day: random.int(25, lastDay),
      title: '五联共建联办活动',
      audience: [50, 200],
      clusterId: cluster.id,
      venueId: `${cluster.id}-venue`,
    }
  })
  return specs
}

const THEMES = [
  '新春文明实践',
  '学雷锋志愿服务月',
  '文明祭扫',
  '劳动光荣',
  '文明交通',
  '敬老爱老',
  '建党纪念',
  '拥军优属',
  '尊师重教',
  '爱国主义教育',
  '垃圾分类',
  '文明迎新',
]

/**
 * Schedules the year's activities, each planned a few days ahead and reported when held, and the
 * centre's theme of each month (set on the first day of the month).
 */
export const scheduleActivities = (ctx: SimulationContext): void => {
  THEMES.forEach((title, i) => {
    const month = `${ctx.year}-${String(i + 1).padStart(2, '0')}`
    const at = localInstant(ctx.year, dayOfYear(ctx.year, i + 1, 1), 8 * 60)
    ctx.agenda.schedule(at, async () => {
      await ctx.sender.must(
        ctx.domain.handleMonthlyThemeCommand,
        { type: 'SetMonthlyTheme', data: { month, title } },
        at,
        { id: 'centre-staff', role: 'staff' },
        `theme-${month}`,
      )
    })
  })
  planActivities(ctx).forEach((spec, i) => scheduleActivity(ctx, spec, i))
}
