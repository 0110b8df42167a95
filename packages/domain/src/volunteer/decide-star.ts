import type { AdjustStarLevel } from './commands.js'
import { fail, ok, type VolunteerDecision } from './decide-result.js'
import { volunteerRefusals as refuse } from './errors.js'
import type { VolunteerEvent } from './events.js'
import { starLevel } from './star-policy.js'
import { confirmedHours, type VolunteerState } from './state.js'

/**
 * Brings the star level in line with the confirmed hours (V7): a level reached for the first time is
 * awarded (once per level); a lower or regained level is a change without an award.
 */
export const decideAdjustStarLevel = (
  { data, metadata }: AdjustStarLevel,
  state: VolunteerState,
): VolunteerDecision => {
  if (state.status === 'unregistered') return fail(refuse.notFound(data.volunteerId))
  const hours = confirmedHours(state)
  const target = starLevel(hours, data.policy)
  const current = state.starLevel
  const base = { volunteerId: data.volunteerId, confirmedHours: hours, at: metadata.now }
  if (target === current) return ok()
  if (target < current) {
    return ok({ type: 'VolunteerStarLevelChanged', data: { ...base, from: current, to: target } })
  }
  const highestAwarded = Math.max(0, ...state.awardedLevels)
  const events: VolunteerEvent[] = []
  const regained = Math.min(target, highestAwarded)
  if (regained > current) {
    events.push({
      type: 'VolunteerStarLevelChanged',
      data: { ...base, from: current, to: regained },
    })
  }
  for (let level = Math.max(current, highestAwarded) + 1; level <= target; level++) {
    events.push({ type: 'VolunteerStarAwarded', data: { ...base, level } })
  }
  return ok(...events)
}
