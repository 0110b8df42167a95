import { deciderSpecification } from '@wenming/event-store/testing'
import { describe, it } from 'vitest'
import type { ClusterState } from '../cluster/state.js'
import { activityDecider } from './activity-decider.js'
import type { CancelActivity, HoldActivity, PlanActivity } from './commands.js'
import type { ActivityDetailProblem, ActivityReportField } from './errors.js'
import type { ActivityCancelled, ActivityHeld, ActivityPlanned } from './events.js'

const given = deciderSpecification(activityDecider)

/** Cluster c-1 as its stream tells it: led by the organiser, sharing venue v-1 of a member. */
const clusterC1: ClusterState = {
  status: 'active',
  clusterId: 'c-1',
  name: '联片一',
  leadSiteId: 'site-gulou',
  memberSiteIds: ['site-2', 'site-3'],
  pooledTeams: {},
  venues: { 'v-1': 'site-2' },
  jointActivityIds: [],
}

const metadata = { now: '2022-09-10T01:00:00.000Z', actor: { id: 'user-7', role: 'station' } }

const planMidAutumn: PlanActivity = {
  type: 'PlanActivity',
  data: {
    activityId: 'act-1',
    title: '我们的节日·中秋',
    kind: 'festival',
    festival: '中秋',
    organizerSiteId: 'site-gulou',
    teamIds: ['team-1'],
    plannedDate: '2022-09-10',
    themeMonth: '2022-09',
  },
  metadata,
}

const planned: ActivityPlanned = {
  type: 'ActivityPlanned',
  data: {
    activityId: 'act-1',
    title: '我们的节日·中秋',
    kind: 'festival',
    festival: '中秋',
    themeMonth: '2022-09',
    organizerSiteId: 'site-gulou',
    teamIds: ['team-1'],
    plannedDate: '2022-09-10',
    by: 'user-7',
    at: '2022-09-10T01:00:00.000Z',
  },
}

const holdIt: HoldActivity = {
  type: 'HoldActivity',
  data: {
    activityId: 'act-1',
    date: '2022-09-10',
    teamIds: ['team-1', 'team-2'],
    volunteers: 12,
    hours: 3.5,
    audience: 240,
    notes: '猜灯谜',
  },
  metadata: { now: '2022-09-10T12:00:00.000Z', actor: { id: 'user-8' } },
}

const held: ActivityHeld = {
  type: 'ActivityHeld',
  data: {
    activityId: 'act-1',
    title: '我们的节日·中秋',
    kind: 'festival',
    festival: '中秋',
    themeMonth: '2022-09',
    organizerSiteId: 'site-gulou',
    teamIds: ['team-1', 'team-2'],
    date: '2022-09-10',
    volunteers: 12,
    hours: 3.5,
    audience: 240,
    notes: '猜灯谜',
    by: 'user-8',
    at: '2022-09-10T12:00:00.000Z',
  },
}

const cancelIt: CancelActivity = {
  type: 'CancelActivity',
  data: { activityId: 'act-1', reason: '台风' },
  metadata,
}

const cancelled: ActivityCancelled = {
  type: 'ActivityCancelled',
  data: { activityId: 'act-1', reason: '台风', by: 'user-7', at: '2022-09-10T01:00:00.000Z' },
}

const plan = (data: Partial<PlanActivity['data']>): PlanActivity => ({
  ...planMidAutumn,
  data: { ...planMidAutumn.data, ...data },
})

const report = (data: Partial<HoldActivity['data']>): HoldActivity => ({
  ...holdIt,
  data: { ...holdIt.data, ...data },
})

describe('PlanActivity', () => {
  it('plans a festival activity with its festival, time and actor from the metadata', () => {
    given([]).when(planMidAutumn).then([planned])
  })

  it('plans a traffic persuasion at an intersection, carrying its cluster', () => {
    const { festival: _festival, themeMonth: _themeMonth, ...rest } = planMidAutumn.data
    given([])
      .when({
        ...planMidAutumn,
        data: { ...rest, kind: 'traffic_persuasion', intersection: '八一路口', clusterId: 'c-1' },
        facts: { cluster: clusterC1 },
      })
      .then([
        {
          type: 'ActivityPlanned',
          data: {
            ...rest,
            kind: 'traffic_persuasion',
            intersection: '八一路口',
            clusterId: 'c-1',
            by: 'user-7',
            at: metadata.now,
          },
        },
      ])
  })

  it('plans a joint activity at a venue the cluster shares, for the cluster and its host (C4)', () => {
    given([])
      .when({
        ...planMidAutumn,
        data: { ...planMidAutumn.data, clusterId: 'c-1', venueId: 'v-1' },
        facts: { cluster: clusterC1 },
      })
      .then([{ ...planned, data: { ...planned.data, clusterId: 'c-1', venueId: 'v-1' } }])
  })

  it('refuses a cluster it cannot see, a host outside it, a venue it does not share (C4)', () => {
    const joint = (organizerSiteId: string, cluster: ClusterState | null, venueId?: string) => ({
      ...planMidAutumn,
      data: {
        ...planMidAutumn.data,
        organizerSiteId,
        clusterId: 'c-1',
        ...(venueId === undefined ? {} : { venueId }),
      },
      facts: { cluster },
    })
    given([])
      .when(joint('site-gulou', null))
      .thenFails({ type: 'ActivityClusterUnavailable', activityId: 'act-1', clusterId: 'c-1' })
    given([])
      .when({ ...planMidAutumn, data: { ...planMidAutumn.data, clusterId: 'c-1' } })
      .thenFails({ type: 'ActivityClusterUnavailable', activityId: 'act-1', clusterId: 'c-1' })
    given([])
      .when(joint('site-gulou', { ...clusterC1, status: 'dissolved' }))
      .thenFails({ type: 'ActivityClusterUnavailable', activityId: 'act-1', clusterId: 'c-1' })
    given([]).when(joint('site-outside', clusterC1)).thenFails({
      type: 'ActivityHostNotInCluster',
      activityId: 'act-1',
      clusterId: 'c-1',
      siteId: 'site-outside',
    })
    given([])
      .when(joint('site-3', clusterC1, 'v-9'))
      .thenFails({
        type: 'ActivityVenueNotInCluster',
        activityId: 'act-1',
        clusterId: 'c-1',
        venueId: 'v-9',
      })
    given([])
      .when({ ...planMidAutumn, data: { ...planMidAutumn.data, venueId: 'v-1' } })
      .thenFails({ type: 'ActivityVenueNeedsCluster', activityId: 'act-1', venueId: 'v-1' })
  })

  it('refuses to plan an activity twice', () => {
    given([planned])
      .when(planMidAutumn)
      .thenFails({ type: 'ActivityAlreadyPlanned', activityId: 'act-1' })
  })

  it.each<[Partial<PlanActivity['data']>, ActivityDetailProblem]>([
    [{ kind: 'festival' as const, festival: undefined }, 'festival_missing'],
    [{ kind: 'festival' as const, festival: '  ' }, 'festival_missing'],
    [{ kind: 'square' as const }, 'festival_not_applicable'],
    [{ kind: 'traffic_persuasion' as const, festival: undefined }, 'intersection_missing'],
    [
      { kind: 'regular' as const, festival: undefined, intersection: '解放路口' },
      'intersection_not_applicable',
    ],
    [
      { kind: 'themed' as const, festival: undefined, themeMonth: undefined },
      'theme_month_missing',
    ],
    [{ themeMonth: '2022-13' }, 'theme_month_invalid'],
    [{ plannedDate: '2022-02-30' }, 'planned_date_invalid'],
  ])('refuses a plan whose details do not fit its kind (%o -> %s)', (data, problem) => {
    const command = plan(data)
    const cleaned = Object.fromEntries(
      Object.entries(command.data).filter(([, v]) => v !== undefined),
    )
    given([])
      .when({ ...command, data: cleaned as PlanActivity['data'] })
      .thenFails({
        type: 'ActivityDetailsInvalid',
        activityId: 'act-1',
        kind: command.data.kind,
        problem,
      })
  })
})

describe('HoldActivity', () => {
  it('records the report and repeats the plan details for reports', () => {
    given([planned]).when(holdIt).then([held])
  })

  it('refuses to hold an activity that was never planned', () => {
    given([]).when(holdIt).thenFails({ type: 'ActivityNotPlanned', activityId: 'act-1' })
  })

  it('refuses to hold an activity twice', () => {
    given([planned, held])
      .when(holdIt)
      .thenFails({ type: 'ActivityAlreadyHeld', activityId: 'act-1' })
  })

  it('refuses to hold a cancelled activity', () => {
    given([planned, cancelled])
      .when(holdIt)
      .thenFails({ type: 'ActivityAlreadyCancelled', activityId: 'act-1' })
  })

  it('refuses a command for another activity than the stream holds', () => {
    given([planned])
      .when(report({ activityId: 'act-2' }))
      .thenFails({ type: 'ActivityIdMismatch', activityId: 'act-1', commandActivityId: 'act-2' })
  })

  it.each<[Partial<HoldActivity['data']>, ActivityReportField]>([
    [{ volunteers: 0 }, 'volunteers'],
    [{ volunteers: 2.5 }, 'volunteers'],
    [{ hours: -1 }, 'hours'],
    [{ hours: Number.NaN }, 'hours'],
    [{ audience: -3 }, 'audience'],
    [{ audience: 1.5 }, 'audience'],
    [{ date: '2022-9-10' }, 'date'],
  ])('refuses a report out of range (%o -> %s)', (data, field) => {
    given([planned])
      .when(report(data))
      .thenFails({ type: 'ActivityReportInvalid', activityId: 'act-1', field })
  })

  it('accepts zero hours and zero audience', () => {
    given([planned])
      .when(report({ hours: 0, audience: 0 }))
      .then([{ ...held, data: { ...held.data, hours: 0, audience: 0 } }])
  })
})

describe('CancelActivity', () => {
  it('cancels a planned activity with its reason', () => {
    given([planned]).when(cancelIt).then([cancelled])
  })

  it('refuses to cancel an activity that was never planned', () => {
    given([]).when(cancelIt).thenFails({ type: 'ActivityNotPlanned', activityId: 'act-1' })
  })

  it('refuses to cancel a held activity', () => {
    given([planned, held])
      .when(cancelIt)
      .thenFails({ type: 'ActivityAlreadyHeld', activityId: 'act-1' })
  })

  it('refuses to cancel an activity twice', () => {
    given([planned, cancelled])
      .when(cancelIt)
      .thenFails({ type: 'ActivityAlreadyCancelled', activityId: 'act-1' })
  })

  it('refuses a cancellation without a reason', () => {
    given([planned])
      .when({ ...cancelIt, data: { activityId: 'act-1', reason: ' ' } })
      .thenFails({ type: 'CancellationReasonMissing', activityId: 'act-1' })
  })
})
