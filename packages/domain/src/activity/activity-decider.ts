import type { Decider } from '@wenming/event-store'
import { decideActivity, type ActivityDeciderCommand } from './decide.js'
import type { ActivityError } from './errors.js'
import type { ActivityEvent } from './events.js'
import { evolveActivity } from './evolve.js'
import { initialActivityState, type ActivityState } from './state.js'

/**
 * The activity aggregate (`activity-<id>`): plan, then hold or cancel, once.
 *
 * @example
 * const state = foldEvents(activityDecider, history)
 * const result = activityDecider.decide(holdActivity, state)
 */
export const activityDecider: Decider<
  ActivityDeciderCommand,
  ActivityEvent,
  ActivityState,
  ActivityError
> = {
  initialState: initialActivityState,
  evolve: evolveActivity,
  decide: decideActivity,
}
