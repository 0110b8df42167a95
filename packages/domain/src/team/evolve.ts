import { match } from 'ts-pattern'
import type { TeamEvent } from './events.js'
import type { RegisteredTeam, TeamState } from './state.js'

const update = (state: TeamState, change: (team: RegisteredTeam) => TeamState): TeamState =>
  state.status === 'unregistered' ? state : change(state)

/** Applies one team event to the state. */
export const evolveTeam = (state: TeamState, event: TeamEvent): TeamState =>
  match(event)
    .returnType<TeamState>()
    .with({ type: 'TeamRegistered' }, ({ data }) => ({
      status: 'active',
      teamId: data.teamId,
      name: data.name,
      homeSiteId: data.homeSiteId,
      organizationId: data.organizationId,
      platform: data.platform,
      categories: data.categories,
      capacity: data.capacity,
      leaderId: data.leader.volunteerId,
      members: { [data.leader.volunteerId]: data.leader.displayName },
      reservations: [],
      flags: 0,
    }))
    .with({ type: 'TeamMemberJoined' }, ({ data }) =>
      update(state, (t) => ({
        ...t,
        members: { ...t.members, [data.volunteerId]: data.displayName },
      })),
    )
    .with({ type: 'TeamMemberLeft' }, ({ data }) =>
      update(state, (t) => ({
        ...t,
        members: Object.fromEntries(
          Object.entries(t.members).filter(([id]) => id !== data.volunteerId),
        ),
      })),
    )
    .with({ type: 'TeamCapacityChanged' }, ({ data }) =>
      update(state, (t) => ({ ...t, capacity: data.capacity })),
    )
    .with({ type: 'TeamCategoriesChanged' }, ({ data }) =>
      update(state, (t) => ({ ...t, categories: data.categories })),
    )
    .with({ type: 'TeamSuspended' }, () => update(state, (t) => ({ ...t, status: 'suspended' })))
    .with({ type: 'TeamReinstated' }, () => update(state, (t) => ({ ...t, status: 'active' })))
    .with({ type: 'TeamDissolved' }, () => update(state, (t) => ({ ...t, status: 'dissolved' })))
    .with({ type: 'TeamFlagAwarded' }, () => update(state, (t) => ({ ...t, flags: t.flags + 1 })))
    .with({ type: 'TeamCapacityReserved' }, ({ data }) =>
      update(state, (t) => ({ ...t, reservations: [...t.reservations, data.orderId] })),
    )
    .with({ type: 'TeamCapacityReleased' }, ({ data }) =>
      update(state, (t) => ({
        ...t,
        reservations: t.reservations.filter((orderId) => orderId !== data.orderId),
      })),
    )
    .exhaustive()
