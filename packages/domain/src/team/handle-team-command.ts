import type { CommandContext, EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { DomainResult } from '../shared/domain-result.js'
import { siteStream, teamStream } from '../shared/stream-names.js'
import { catalogueStream } from '../catalogue/catalogue-stream.js'
import { readSiteDistrict, readSiteDistrictById } from '../site/read-site-district.js'
import { siteFacts, type SiteFacts } from '../site/site-facts.js'
import type { ChangeTeamCategories, RegisterTeam, TeamCommand } from './commands.js'
import type { TeamDeciderCommand } from './decide.js'
import type { TeamError } from './errors.js'
import type { TeamEvent } from './events.js'
import { volunteerStream } from '../volunteer/volunteer-stream.js'

/** The home site's facts with its district found (D1), so the team records it. */
const readHomeSite = async (
  runtime: DomainRuntime,
  store: EventStore,
  siteId: string,
): Promise<SiteFacts | null> => {
  const site = siteFacts(await runtime.read.site(store, siteStream(siteId)))
  return site === null
    ? null
    : { ...site, districtId: await readSiteDistrict(runtime, store, site) }
}

/** A registration with its home site and the catalogue of the home site's district (S2). */
const withHomeSite = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: RegisterTeam,
): Promise<TeamDeciderCommand> => {
  const homeSite = await readHomeSite(runtime, store, command.data.homeSiteId)
  return {
    ...command,
    facts: { homeSite, catalogue: await readCatalogue(runtime, store, homeSite?.districtId) },
  }
}

/** The catalogue of district `districtId` (S2), or `null` when the district is unknown. */
const readCatalogue = async (
  runtime: DomainRuntime,
  store: EventStore,
  districtId: string | null | undefined,
) =>
  districtId === null || districtId === undefined
    ? null
    : runtime.read.catalogue(store, catalogueStream(districtId))

/** A category change with the catalogue of the team's district. */
const withCatalogue = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: ChangeTeamCategories,
): Promise<TeamDeciderCommand> => {
  const team = await runtime.read.team(store, teamStream(command.data.teamId))
  const districtId =
    team.status === 'unregistered'
      ? null
      : (team.homeDistrictId ?? (await readSiteDistrictById(runtime, store, team.homeSiteId)))
  return {
    ...command,
    facts: { districtId, catalogue: await readCatalogue(runtime, store, districtId) },
  }
}

const volunteerStatus = async (runtime: DomainRuntime, store: EventStore, volunteerId: string) => {
  const volunteer = await runtime.read.volunteer(store, volunteerStream(volunteerId))
  return volunteer.status === 'unregistered' ? null : { status: volunteer.status }
}

/**
 * Handles a team command on `team-<teamId>`, reading a new team's home site, and a joining member's
 * registration (V1), from their streams.
 */
export const handleTeamCommand = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: TeamCommand,
  context: CommandContext,
): Promise<DomainResult<TeamEvent, TeamError>> => {
  const decided: TeamDeciderCommand =
    command.type === 'RegisterTeam'
      ? await withHomeSite(runtime, store, command)
      : command.type === 'JoinTeam'
        ? {
            ...command,
            facts: { volunteer: await volunteerStatus(runtime, store, command.data.volunteerId) },
          }
        : command.type === 'ChangeTeamCategories'
          ? await withCatalogue(runtime, store, command)
          : command
  const result = await runtime.handle.team(store, teamStream(command.data.teamId), decided, context)
  return result.ok
    ? { ok: true, events: result.events, nextExpectedRevision: result.nextExpectedRevision }
    : { ok: false, error: result.error }
}
