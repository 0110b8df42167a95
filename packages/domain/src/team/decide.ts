import type { DecideResult } from '@wenming/event-store'
import { match } from 'ts-pattern'
import type { SiteFacts } from '../site/site-facts.js'
import type { WithFacts } from '../shared/with-facts.js'
import type { RegisterTeam, TeamCapacityCommand, TeamCommand } from './commands.js'
import { decideTeamCapacity } from './decide-capacity.js'
import type { TeamError } from './errors.js'
import type { TeamEvent } from './events.js'
import type { RegisteredTeam, TeamState } from './state.js'

/** `RegisterTeam` with its home site as read from the site's stream (`null`: not registered). */
export type RegisterTeamWithHomeSite = WithFacts<
  RegisterTeam,
  { readonly homeSite: SiteFacts | null }
>

/** Every command the team decider decides: outside commands and the dispatch process's reservations. */
export type TeamDeciderCommand =
  RegisterTeamWithHomeSite | Exclude<TeamCommand, RegisterTeam> | TeamCapacityCommand

type Result = DecideResult<TeamEvent, TeamError>

const ok = (...events: TeamEvent[]): Result => ({ ok: true, events })
const fail = (error: TeamError): Result => ({ ok: false, error })

/** Runs `then` on a registered team that is not dissolved. */
const whenLive = (state: TeamState, teamId: string, then: (team: RegisteredTeam) => Result) => {
  if (state.status === 'unregistered') return fail({ type: 'TeamNotFound', teamId })
  if (state.status === 'dissolved') return fail({ type: 'TeamIsDissolved', teamId })
  return then(state)
}

const register = ({ data, metadata, facts }: RegisterTeamWithHomeSite, state: TeamState) => {
  if (state.status !== 'unregistered') {
    return fail({ type: 'TeamAlreadyRegistered', teamId: data.teamId })
  }
  if (facts.homeSite?.siteId !== data.homeSiteId || facts.homeSite.status !== 'open') {
    return fail({
      type: 'TeamHomeSiteUnavailable',
      teamId: data.teamId,
      homeSiteId: data.homeSiteId,
    })
  }
  return ok({
    type: 'TeamRegistered',
    data: {
      ...data,
      homeSiteLevel: facts.homeSite.level,
      categories: [...new Set(data.categories)],
      at: metadata.now,
    },
  })
}

/** Decides a team command against the team's state: the events to record or a typed refusal. */
export const decideTeam = (command: TeamDeciderCommand, state: TeamState): Result =>
  match(command)
    .returnType<Result>()
    .with({ type: 'RegisterTeam' }, (c) => register(c, state))
    .with({ type: 'JoinTeam' }, ({ data, metadata }) =>
      whenLive(state, data.teamId, (team) =>
        data.volunteerId in team.members
          ? fail({ type: 'TeamMemberAlreadyJoined', ...pick(data) })
          : ok({ type: 'TeamMemberJoined', data: { ...data, at: metadata.now } }),
      ),
    )
    .with({ type: 'LeaveTeam' }, ({ data, metadata }) =>
      whenLive(state, data.teamId, (team) => {
        if (!(data.volunteerId in team.members)) {
          return fail({ type: 'TeamMemberNotFound', ...pick(data) })
        }
        if (team.leaderId === data.volunteerId) {
          return fail({ type: 'TeamLeaderCannotLeave', ...pick(data) })
        }
        return ok({ type: 'TeamMemberLeft', data: { ...data, at: metadata.now } })
      }),
    )
    .with({ type: 'ChangeTeamCapacity' }, ({ data, metadata }) =>
      whenLive(state, data.teamId, (team) =>
        data.capacity < team.reservations.length
          ? fail({
              type: 'TeamCapacityBelowActiveOrders',
              teamId: data.teamId,
              capacity: data.capacity,
              activeOrders: team.reservations.length,
            })
          : ok({ type: 'TeamCapacityChanged', data: { ...data, at: metadata.now } }),
      ),
    )
    .with({ type: 'ChangeTeamCategories' }, ({ data, metadata }) =>
      whenLive(state, data.teamId, () =>
        ok({
          type: 'TeamCategoriesChanged',
          data: { ...data, categories: [...new Set(data.categories)], at: metadata.now },
        }),
      ),
    )
    .with({ type: 'SuspendTeam' }, ({ data, metadata }) =>
      whenLive(state, data.teamId, (team) =>
        team.status === 'suspended'
          ? fail({ type: 'TeamNotActive', teamId: data.teamId, status: 'suspended' })
          : ok({ type: 'TeamSuspended', data: { ...data, at: metadata.now } }),
      ),
    )
    .with({ type: 'ReinstateTeam' }, ({ data, metadata }) =>
      whenLive(state, data.teamId, (team) =>
        team.status === 'suspended'
          ? ok({ type: 'TeamReinstated', data: { ...data, at: metadata.now } })
          : fail({ type: 'TeamNotSuspended', teamId: data.teamId }),
      ),
    )
    .with({ type: 'DissolveTeam' }, ({ data, metadata }) =>
      whenLive(state, data.teamId, (team) =>
        team.reservations.length > 0
          ? fail({
              type: 'TeamHasActiveOrders',
              teamId: data.teamId,
              activeOrders: team.reservations.length,
            })
          : ok({ type: 'TeamDissolved', data: { ...data, at: metadata.now } }),
      ),
    )
    .with({ type: 'AwardTeamFlag' }, ({ data, metadata }) =>
      whenLive(state, data.teamId, () =>
        ok({ type: 'TeamFlagAwarded', data: { ...data, at: metadata.now } }),
      ),
    )
    .with({ type: 'ReserveTeamCapacity' }, { type: 'ReleaseTeamCapacity' }, (c) =>
      decideTeamCapacity(c, state),
    )
    .exhaustive()

const pick = (data: { teamId: string; volunteerId: string }) => ({
  teamId: data.teamId,
  volunteerId: data.volunteerId,
})
