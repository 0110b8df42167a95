import { z } from 'zod'
import { calendarDateSchema } from '../shared/scalars.js'

/** ID document types a volunteer may register with (Art 5 of the 办法). */
export const idTypeSchema = z.enum([
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-permanent-residence',
])

const residentId = /^\d{17}[\dX]$/

/** The real-name fields of Art 5: name, gender, birth date, ID, residence, contact, skills, services. */
export const volunteerProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(50),
    gender: z.enum(['female', 'male']),
    birthDate: calendarDateSchema,
    idType: idTypeSchema,
    idNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-Z]{5,30}$/, 'an ID number is 5-30 letters or digits'),
    /** The area of residence (district, street or community). */
    residenceArea: z.string().trim().min(1).max(100),
    phone: z.string().regex(/^\+?[0-9]{5,20}$/, 'a phone number is 5-20 digits'),
    skills: z.array(z.string().min(1).max(50)).max(30).default([]),
    /** The services the volunteer is willing to give (catalogue categories). */
    serviceCategories: z.array(z.string().min(1).max(50)).max(30).default([]),
  })
  .superRefine((profile, context) => {
    if (profile.idType === 'resident-id' && !residentId.test(profile.idNumber)) {
      context.addIssue({
        code: 'custom',
        path: ['idNumber'],
        message: 'a resident ID number is 17 digits and a digit or X',
      })
    }
  })

/** Consent to the recording of personal data, with the version of the text agreed to. */
export const consentSchema = z.object({
  given: z.literal(true),
  textVersion: z.string().min(1).max(50),
})

export type IdType = z.infer<typeof idTypeSchema>
export type VolunteerProfile = z.infer<typeof volunteerProfileSchema>
export type Consent = z.infer<typeof consentSchema>
