import type { DecideResult } from '@wenming/event-store'
import { match } from 'ts-pattern'
import { checkJointActivity } from './check-joint-activity.js'
import { checkActivityPlan } from './check-plan.js'
import { checkActivityReport } from './check-report.js'
import type { ActivityCommand, CancelActivity, HoldActivity, PlanActivity } from './commands.js'
import type { ActivityError } from './errors.js'
import type { ActivityEvent } from './events.js'
import { optionalDetails } from './optional-details.js'
import type { PlanActivityWithCluster } from './plan-activity-with-cluster.js'
import type { ActivityPlan, ActivityState } from './state.js'

type Result = DecideResult<ActivityEvent, ActivityError>

/** Every command the activity decider decides: a plan (with its cluster when it names one), hold, cancel. */
export type ActivityDeciderCommand =
  PlanActivityWithCluster | Exclude<ActivityCommand, PlanActivity>

const refuse = (error: ActivityError): Result => ({ ok: false, error })

/** Decides an activity command against the stream's state; refusals are values, never thrown. */
export const decideActivity = (command: ActivityDeciderCommand, state: ActivityState): Result =>
  match(command)
    .returnType<Result>()
    .with({ type: 'PlanActivity' }, (planCommand) => plan(planCommand, state))
    .with({ type: 'HoldActivity' }, (holdCommand) => hold(holdCommand, state))
    .with({ type: 'CancelActivity' }, (cancelCommand) => cancel(cancelCommand, state))
    .exhaustive()

const plan = (command: PlanActivityWithCluster, state: ActivityState): Result => {
  const { data, metadata } = command
  const { activityId } = data
  if (state.status !== 'none') return refuse({ type: 'ActivityAlreadyPlanned', activityId })
  const problem = checkActivityPlan(data)
  if (problem !== undefined) {
    return refuse({ type: 'ActivityDetailsInvalid', activityId, kind: data.kind, problem })
  }
  const joint = checkJointActivity(command)
  if (joint !== undefined) return refuse(joint)
  return {
    ok: true,
    events: [
      {
        type: 'ActivityPlanned',
        data: {
          activityId,
          title: data.title,
          kind: data.kind,
          organizerSiteId: data.organizerSiteId,
          teamIds: [...data.teamIds],
          plannedDate: data.plannedDate,
          ...optionalDetails(data),
          by: metadata.actor.id,
          at: metadata.now,
        },
      },
    ],
  }
}

/** Refuses a command on the wrong activity, or on one that is not (or no longer) planned. */
const requirePlanned = (
  activityId: string,
  state: ActivityState,
): { readonly plan: ActivityPlan } | { readonly error: ActivityError } =>
  match(state)
    .returnType<{ readonly plan: ActivityPlan } | { readonly error: ActivityError }>()
    .with({ status: 'none' }, () => ({ error: { type: 'ActivityNotPlanned', activityId } }))
    .with({ status: 'held' }, () => ({ error: { type: 'ActivityAlreadyHeld', activityId } }))
    .with({ status: 'cancelled' }, () => ({
      error: { type: 'ActivityAlreadyCancelled', activityId },
    }))
    .with({ status: 'planned' }, ({ plan: current }) =>
      current.activityId === activityId
        ? { plan: current }
        : {
            error: {
              type: 'ActivityIdMismatch',
              activityId: current.activityId,
              commandActivityId: activityId,
            },
          },
    )
    .exhaustive()

const hold = ({ data, metadata }: HoldActivity, state: ActivityState): Result => {
  const planned = requirePlanned(data.activityId, state)
  if ('error' in planned) return refuse(planned.error)
  const field = checkActivityReport(data)
  if (field !== undefined) {
    return refuse({ type: 'ActivityReportInvalid', activityId: data.activityId, field })
  }
  const { plan: current } = planned
  return {
    ok: true,
    events: [
      {
        type: 'ActivityHeld',
        data: {
          activityId: current.activityId,
          title: current.title,
          kind: current.kind,
          organizerSiteId: current.organizerSiteId,
          ...optionalDetails(current),
          teamIds: [...data.teamIds],
          date: data.date,
          volunteers: data.volunteers,
          hours: data.hours,
          audience: data.audience,
          notes: data.notes,
          by: metadata.actor.id,
          at: metadata.now,
        },
      },
    ],
  }
}

const cancel = ({ data, metadata }: CancelActivity, state: ActivityState): Result => {
  const planned = requirePlanned(data.activityId, state)
  if ('error' in planned) return refuse(planned.error)
  if (data.reason.trim() === '') {
    return refuse({ type: 'CancellationReasonMissing', activityId: data.activityId })
  }
  return {
    ok: true,
    events: [
      {
        type: 'ActivityCancelled',
        data: {
          activityId: data.activityId,
          reason: data.reason,
          by: metadata.actor.id,
          at: metadata.now,
        },
      },
    ],
  }
}
