import { personalDataPolicy, type PersonalDataPolicy } from '@wenming/event-store'
import type { OrderEvent } from '../order/events.js'
import type { TeamEvent } from '../team/events.js'
import type { VolunteerEvent } from '../volunteer/events.js'

type PolicyEvent = VolunteerEvent | TeamEvent | OrderEvent

/**
 * Which fields of the domain's events are personal, and whose: a volunteer's real-name fields
 * (Art 5) and what repeats them (a team's display name, a certificate's name and masked number),
 * under the volunteer's id; the person an order was placed for (free text) under the requester's
 * id. Open a store with it (`personalData: { policy: wenmingPersonalData }`) and each person's
 * fields are sealed under their own key, erasable by deleting it. No figure of the work report reads
 * any of them.
 */
export const wenmingPersonalData: PersonalDataPolicy = personalDataPolicy<PolicyEvent>()({
  VolunteerRegistered: [
    {
      subject: (data) => data.volunteerId,
      fields: [
        'profile.name',
        'profile.birthDate',
        'profile.idNumber',
        'profile.phone',
        'profile.residenceArea',
      ],
    },
  ],
  CertificateIssued: [{ subject: (data) => data.volunteerId, fields: ['name', 'maskedIdNumber'] }],
  TeamRegistered: [{ subject: (data) => data.leader.volunteerId, fields: ['leader.displayName'] }],
  TeamMemberJoined: [{ subject: (data) => data.volunteerId, fields: ['displayName'] }],
  RequestOrderPlaced: [{ subject: (data) => data.requesterId, fields: ['onBehalfOf'] }],
})
