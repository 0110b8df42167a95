import type { DecideResult } from '@wenming/event-store'
import { match } from 'ts-pattern'
import { findActiveEntry } from '../catalogue/find-entry.js'
import type { CatalogueState } from '../catalogue/state.js'
import type { SiteFacts } from '../site/site-facts.js'
import type { WithFacts } from '../shared/with-facts.js'
import type {
  ChangeTeamCategories,
  JoinTeam,
  RegisterTeam,
  TeamCapacityCommand,
  TeamCommand,
} from './commands.js'
import { decideTeamCapacity } from './decide-capacity.js'
import type { TeamError } from './errors.js'
import type { TeamEvent } from './events.js'
import type { RegisteredTeam, TeamState } from './state.js'

/**
 * `RegisterTeam` with its home site (`null`: not registered; its `districtId` found) and that
 * district's catalogue (S2), as read from their streams.
 */
export type RegisterTeamWithHomeSite = WithFacts<
  RegisterTeam,
  { readonly homeSite: SiteFacts | null; readonly catalogue: CatalogueState | null }
>

/** `ChangeTeamCategories` with the catalogue of the team's district (S2). */
export type ChangeTeamCategoriesWithCatalogue = WithFacts<
  ChangeTeamCategories,
  { readonly catalogue: CatalogueState | null; readonly districtId: string | null }
>

/** `JoinTeam` with the volunteer's status as read from their stream (`null`: not registered, V1). */
export type JoinTeamWithVolunteer = WithFacts<
  JoinTeam,
  { readonly volunteer: { readonly status: 'active' | 'suspended' | 'deregistered' } | null }
>

/** Every command the team decider decides: outside commands and the dispatch process's reservations. */
export type TeamDeciderCommand =
  | RegisterTeamWithHomeSite
  | JoinTeamWithVolunteer
  | ChangeTeamCategoriesWithCatalogue
  | Exclude<TeamCommand, RegisterTeam | JoinTeam | ChangeTeamCategories>
  | TeamCapacityCommand

type Result = DecideResult<TeamEvent, TeamError>

const ok = (...events: TeamEvent[]): Result => ({ ok: true, events })
const fail = (error: TeamError): Result => ({ ok: false, error })

/** Runs `then` on a registered team that is not dissolved. */
const whenLive = (state: TeamState, teamId: string, then: (team: RegisteredTeam) => Result) => {
  if (state.status === 'unregistered') return fail({ type: 'TeamNotFound', teamId })
  if (state.status === 'dissolved') return fail({ type: 'TeamIsDissolved', teamId })
  return then(state)
}

/** S2: the first category that is not an active entry of the district's catalogue, as a refusal. */
const categoryRefusal = (
  catalogue: CatalogueState | null,
  districtId: string | null,
  categories: readonly string[],
): TeamError | undefined => {
  for (const code of categories) {
    const found = findActiveEntry(catalogue, districtId, code)
    if ('refusal' in found) return found.refusal
  }
  return undefined
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
  const refused = categoryRefusal(
    facts.catalogue,
    facts.homeSite.districtId ?? null,
    data.categories,
  )
  if (refused !== undefined) return fail(refused)
  return ok({
    type: 'TeamRegistered',
    data: {
      ...data,
      homeSiteLevel: facts.homeSite.level,
      ...(facts.homeSite.districtId === null || facts.homeSite.districtId === undefined
        ? {}
        : { homeDistrictId: facts.homeSite.districtId }),
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
    .with({ type: 'JoinTeam' }, ({ data, metadata, facts }) =>
      whenLive(state, data.teamId, (team) => {
        if (data.volunteerId in team.members) {
          return fail({ type: 'TeamMemberAlreadyJoined', ...pick(data) })
        }
        if (facts.volunteer?.status !== 'active') {
          return fail({ type: 'TeamMemberNotRegistered', ...pick(data) })
        }
        return ok({ type: 'TeamMemberJoined', data: { ...data, at: metadata.now } })
      }),
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
    .with({ type: 'ChangeTeamCategories' }, ({ data, metadata, facts }) =>
      whenLive(state, data.teamId, () => {
        const refused = categoryRefusal(facts.catalogue, facts.districtId, data.categories)
        if (refused !== undefined) return fail(refused)
        return ok({
          type: 'TeamCategoriesChanged',
          data: { ...data, categories: [...new Set(data.categories)], at: metadata.now },
        })
      }),
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
