import type { EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { readSiteDistrictById } from '../site/read-site-district.js'
import type { TeamFacts } from '../team/team-facts.js'

/** The team's district (D1): recorded at its registration, else read from its home site's tree. */
export const readTeamDistrict = (
  runtime: DomainRuntime,
  store: EventStore,
  team: TeamFacts,
): Promise<string | null> =>
  team.homeDistrictId === null || team.homeDistrictId === undefined
    ? readSiteDistrictById(runtime, store, team.homeSiteId)
    : Promise.resolve(team.homeDistrictId)
