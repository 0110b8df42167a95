import { unknownEvent } from '../shared/unknown-event.js'
import type { TeamEvent } from './events.js'
import type { RegisteredTeam, TeamState } from './state.js'

const update = (state: TeamState, change: (team: RegisteredTeam) => TeamState): TeamState =>
  state.status === 'unregistered' ? state : change(state)

/**
 * Applies one team event to the state. A `switch` rather than ts-pattern: a team's stream grows
 * with every order it takes, and building a matcher per event cost more than the fold itself.
 */
export const evolveTeam = (state: TeamState, event: TeamEvent): TeamState => {
  switch (event.type) {
    case 'TeamRegistered': {
      const { data } = event
      return {
        status: 'active',
        teamId: data.teamId,
        name: data.name,
        homeSiteId: data.homeSiteId,
        homeSiteLevel: data.homeSiteLevel ?? null,
        homeDistrictId: data.homeDistrictId ?? null,
        organizationId: data.organizationId,
        platform: data.platform,
        categories: data.categories,
        capacity: data.capacity,
        leaderId: data.leader.volunteerId,
        members: { [data.leader.volunteerId]: data.leader.displayName },
        reservations: [],
        flags: 0,
      }
    }
    case 'TeamMemberJoined': {
      const { data } = event
      return update(state, (t) => ({
        ...t,
        members: { ...t.members, [data.volunteerId]: data.displayName },
      }))
    }
    case 'TeamMemberLeft': {
      const { data } = event
      return update(state, (t) => ({
        ...t,
        members: Object.fromEntries(
          Object.entries(t.members).filter(([id]) => id !== data.volunteerId),
        ),
      }))
    }
    case 'TeamCapacityChanged': {
      const { data } = event
      return update(state, (t) => ({ ...t, capacity: data.capacity }))
    }
    case 'TeamCategoriesChanged': {
      const { data } = event
      return update(state, (t) => ({ ...t, categories: data.categories }))
    }
    case 'TeamSuspended':
      return update(state, (t) => ({ ...t, status: 'suspended' }))
    case 'TeamReinstated':
      return update(state, (t) => ({ ...t, status: 'active' }))
    case 'TeamDissolved':
      return update(state, (t) => ({ ...t, status: 'dissolved' }))
    case 'TeamFlagAwarded':
      return update(state, (t) => ({ ...t, flags: t.flags + 1 }))
    case 'TeamCapacityReserved': {
      const { data } = event
      return update(state, (t) => ({ ...t, reservations: [...t.reservations, data.orderId] }))
    }
    case 'TeamCapacityReleased': {
      const { data } = event
      return update(state, (t) => ({
        ...t,
        reservations: t.reservations.filter((orderId) => orderId !== data.orderId),
      }))
    }
    default:
      return unknownEvent(event)
  }
}
