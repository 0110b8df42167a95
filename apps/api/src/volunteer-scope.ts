import type { EventStore } from '@wenming/event-store'
import { volunteerStream, type Organiser } from '@wenming/domain'
import type { Principal, Role } from './principal.js'
import { leadsTeam, managesSite } from './scope.js'
import { registrationOf } from './volunteer-registration.js'

/** Who may record for an occasion: its organiser's team leaders and site admins, and the centre. */
export const organiserRoles: readonly Role[] = [
  'centre-dispatcher',
  'institute-admin',
  'station-admin',
  'team-leader',
]

/** Whether the principal acts for `organiser`: leads the team, or manages the site (V4). */
export const actsFor = (principal: Principal, organiser: Organiser): boolean =>
  organiser.kind === 'team'
    ? principal.role !== 'station-admin' &&
      principal.role !== 'institute-admin' &&
      leadsTeam(principal, organiser.teamId)
    : principal.role !== 'team-leader' && managesSite(principal, organiser.siteId)

/** Whether the principal is the volunteer `volunteerId` themself. */
export const isVolunteer = (principal: Principal, volunteerId: string): boolean =>
  principal.role === 'volunteer' && principal.id === volunteerId

/**
 * Whether the principal may see a volunteer's personal fields (ID number, phone, birth date): the
 * volunteer, the centre, and the admins of the site that registered them.
 */
export const seesPersonalFields = async (
  store: EventStore,
  principal: Principal,
  volunteerId: string,
): Promise<boolean> => {
  if (isVolunteer(principal, volunteerId) || principal.role === 'centre-dispatcher') return true
  if (principal.role !== 'station-admin' && principal.role !== 'institute-admin') return false
  // The registration is the first event of the volunteer's stream; it names their site.
  for await (const event of store.readStream(volunteerStream(volunteerId), { maxCount: 1 })) {
    const registered = registrationOf(event)
    return registered !== undefined && principal.sites.includes(registered.siteId)
  }
  return false
}
