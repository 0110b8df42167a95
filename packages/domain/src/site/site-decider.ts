import type { Decider } from '@wenming/event-store'
import type { SiteDeciderCommand } from './decide.js'
import { decideSite } from './decide.js'
import type { SiteError } from './errors.js'
import type { SiteEvent } from './events.js'
import { evolveSite } from './evolve.js'
import { initialSiteState, type SiteState } from './state.js'

/** The site aggregate: centre, institutes, stations and points, their weak marks and cluster claims. */
export const siteDecider: Decider<SiteDeciderCommand, SiteEvent, SiteState, SiteError> = {
  initialState: initialSiteState,
  evolve: evolveSite,
  decide: decideSite,
}
