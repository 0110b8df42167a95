import type { SiteFacts } from '../site/site-facts.js'
import type { WithFacts } from '../shared/with-facts.js'
import type {
  DeregisterVolunteer,
  RegisterVolunteer,
  ReinstateVolunteer,
  SuspendVolunteer,
} from './commands.js'
import { fail, ok, type VolunteerDecision } from './decide-result.js'
import { volunteerRefusals as refuse } from './errors.js'
import type { VolunteerState } from './state.js'

/** `RegisterVolunteer` with the registering site as read from its stream (`null`: none). */
export type RegisterVolunteerWithSite = WithFacts<
  RegisterVolunteer,
  { readonly site: SiteFacts | null }
>

/** Real-name registration (Art 5) with consent; the ID number was claimed before (V1). */
export const decideRegistration = (
  { data, metadata, facts }: RegisterVolunteerWithSite,
  state: VolunteerState,
): VolunteerDecision => {
  if (state.status !== 'unregistered') return fail(refuse.alreadyRegistered(data.volunteerId))
  if (facts.site?.siteId !== data.siteId || facts.site.status !== 'open') {
    return fail(refuse.siteUnavailable(data.siteId))
  }
  return ok({
    type: 'VolunteerRegistered',
    data: {
      volunteerId: data.volunteerId,
      siteId: data.siteId,
      profile: data.profile,
      consent: { ...data.consent, at: metadata.now },
      by: metadata.actor.id,
      at: metadata.now,
    },
  })
}

/** Suspends an active volunteer, reinstates a suspended one, or deregisters one. */
export const decideStatus = (
  { type, data, metadata }: SuspendVolunteer | ReinstateVolunteer | DeregisterVolunteer,
  state: VolunteerState,
): VolunteerDecision => {
  if (state.status === 'unregistered') return fail(refuse.notFound(data.volunteerId))
  const change = { ...data, by: metadata.actor.id, at: metadata.now }
  if (state.status === 'deregistered')
    return fail(refuse.notActive(data.volunteerId, 'deregistered'))
  switch (type) {
    case 'SuspendVolunteer':
      return state.status === 'suspended'
        ? fail(refuse.notActive(data.volunteerId, 'suspended'))
        : ok({ type: 'VolunteerSuspended', data: change })
    case 'ReinstateVolunteer':
      return state.status === 'suspended'
        ? ok({ type: 'VolunteerReinstated', data: change })
        : fail(refuse.notSuspended(data.volunteerId))
    case 'DeregisterVolunteer':
      return ok({ type: 'VolunteerDeregistered', data: change })
  }
}
