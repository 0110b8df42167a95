export {
  volunteerIdClaimedSchema,
  volunteerIdReleasedSchema,
  volunteerIdClaimEventSchema,
  volunteerIdClaimEventSchemaVersions,
} from './events.js'
export type { VolunteerIdClaimed, VolunteerIdReleased, VolunteerIdClaimEvent } from './events.js'
export { volunteerIdClaimStream } from './volunteer-id-claim-stream.js'
