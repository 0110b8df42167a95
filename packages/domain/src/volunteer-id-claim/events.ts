import { z } from 'zod'
import { idSchema, timestampSchema } from '../shared/scalars.js'

/** An ID document (by its keyed digest) was claimed for one volunteer (V1). */
export const volunteerIdClaimedSchema = z.object({
  type: z.literal('VolunteerIdClaimed'),
  data: z.object({ digest: z.string().min(1), volunteerId: idSchema, at: timestampSchema }),
})

/** A claim was released: the registration it was taken for was not recorded. */
export const volunteerIdReleasedSchema = z.object({
  type: z.literal('VolunteerIdReleased'),
  data: z.object({ digest: z.string().min(1), volunteerId: idSchema, at: timestampSchema }),
})

/** Every event of a `volunteer_id-<digest>` stream. */
export const volunteerIdClaimEventSchema = z.discriminatedUnion('type', [
  volunteerIdClaimedSchema,
  volunteerIdReleasedSchema,
])

export type VolunteerIdClaimed = z.infer<typeof volunteerIdClaimedSchema>
export type VolunteerIdReleased = z.infer<typeof volunteerIdReleasedSchema>
export type VolunteerIdClaimEvent = z.infer<typeof volunteerIdClaimEventSchema>

/** The schema version of each claim event type. */
export const volunteerIdClaimEventSchemaVersions: Readonly<
  Record<VolunteerIdClaimEvent['type'], number>
> = { VolunteerIdClaimed: 1, VolunteerIdReleased: 1 }
