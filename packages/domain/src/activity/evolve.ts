import { match } from 'ts-pattern'
import type { ActivityEvent } from './events.js'
import { optionalDetails } from './optional-details.js'
import type { ActivityPlan, ActivityState } from './state.js'

/** Applies one activity event to the state; events arrive only in the order `decide` allows. */
export const evolveActivity = (state: ActivityState, event: ActivityEvent): ActivityState =>
  match(event)
    .returnType<ActivityState>()
    .with({ type: 'ActivityPlanned' }, ({ data }) => {
      const plan: ActivityPlan = {
        activityId: data.activityId,
        title: data.title,
        kind: data.kind,
        organizerSiteId: data.organizerSiteId,
        teamIds: data.teamIds,
        plannedDate: data.plannedDate,
        ...optionalDetails(data),
      }
      return { status: 'planned', plan }
    })
    .with({ type: 'ActivityHeld' }, ({ data }) =>
      state.status === 'none'
        ? state
        : {
            status: 'held',
            plan: state.plan,
            date: data.date,
            volunteers: data.volunteers,
            audience: data.audience,
          },
    )
    .with({ type: 'ActivityCancelled' }, ({ data }) =>
      state.status === 'none'
        ? state
        : { status: 'cancelled', plan: state.plan, reason: data.reason },
    )
    .exhaustive()
