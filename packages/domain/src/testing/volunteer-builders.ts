import type { RegisterVolunteer } from '../volunteer/commands.js'
import type { VolunteerHandlerOptions } from '../volunteer/volunteer-handler-options.js'
import { commandMetadata } from './scalar-arbitraries.js'

/**
 * A test double for the server's keyed hash of an ID document: readable, and one digest per
 * document, which is all the claim stream needs.
 */
export const testVolunteerOptions: VolunteerHandlerOptions = {
  idDigest: ({ idType, idNumber }) => `${idType}.${idNumber}`,
}

/** A resident ID number for test volunteer `n` (valid shape: 17 digits and a check character). */
export const testIdNumber = (n: number): string => `35010219900101${String(n).padStart(4, '0')}`

/** A `RegisterVolunteer` command for volunteer `volunteerId` at `siteId` with ID number `n`. */
export const registerVolunteer = (
  volunteerId: string,
  n: number,
  now: string,
  siteId = 'centre',
): RegisterVolunteer => ({
  type: 'RegisterVolunteer',
  data: {
    volunteerId,
    siteId,
    profile: {
      name: `志愿者${n}`,
      gender: n % 2 === 0 ? 'female' : 'male',
      birthDate: '1990-01-01',
      idType: 'resident-id',
      idNumber: testIdNumber(n),
      residenceArea: '鼓楼区',
      phone: `1380000${String(n).padStart(4, '0')}`,
      skills: [],
      serviceCategories: ['health'],
    },
    consent: { given: true, textVersion: 'v1' },
  },
  metadata: commandMetadata(now),
})
