export {
  registerVolunteerSchema,
  suspendVolunteerSchema,
  reinstateVolunteerSchema,
  deregisterVolunteerSchema,
  recordServiceSchema,
  confirmShiftHoursSchema,
  requestCorrectionSchema,
  correctServiceRecordSchema,
  refuseCorrectionSchema,
  issueCertificateSchema,
  volunteerCommandSchema,
} from './commands.js'
export type {
  RegisterVolunteer,
  SuspendVolunteer,
  ReinstateVolunteer,
  DeregisterVolunteer,
  RecordService,
  ConfirmShiftHours,
  RequestCorrection,
  CorrectServiceRecord,
  RefuseCorrection,
  IssueCertificate,
  VolunteerCommand,
} from './commands.js'
export type { VolunteerError } from './errors.js'
export {
  volunteerRegisteredSchema,
  volunteerSuspendedSchema,
  volunteerReinstatedSchema,
  volunteerDeregisteredSchema,
  serviceRecordedSchema,
  correctionRequestedSchema,
  serviceRecordCorrectedSchema,
  correctionRefusedSchema,
  volunteerStarAwardedSchema,
  volunteerStarLevelChangedSchema,
  certificateIssuedSchema,
  volunteerEventSchema,
  volunteerEventSchemaVersions,
} from './events.js'
export type {
  VolunteerRegistered,
  VolunteerSuspended,
  VolunteerReinstated,
  VolunteerDeregistered,
  ServiceRecorded,
  CorrectionRequested,
  ServiceRecordCorrected,
  CorrectionRefused,
  VolunteerStarAwarded,
  VolunteerStarLevelChanged,
  CertificateIssued,
  VolunteerEvent,
} from './events.js'
export { maskIdNumber, maskPhone, maskBirthDate, maskName } from './mask-personal.js'
export { occasionSchema, organiserSchema, occasionKey } from './occasion.js'
export type { Occasion, Organiser } from './occasion.js'
export { idTypeSchema, volunteerProfileSchema, consentSchema } from './profile.js'
export type { IdType, VolunteerProfile, Consent } from './profile.js'
export { recordSourceSchema, serviceRecordSchema } from './record-fields.js'
export type { RecordSource, ServiceRecord } from './record-fields.js'
export type { Reason, Refusal } from './refusal.js'
export { starPolicySchema, defaultStarPolicy, starLevel } from './star-policy.js'
export type { StarPolicy } from './star-policy.js'
export { confirmedHours } from './state.js'
export type {
  VolunteerState,
  RegisteredVolunteer,
  RecordVersion,
  CorrectionEntry,
} from './state.js'
export type { VolunteerHandlerOptions } from './volunteer-handler-options.js'
export { volunteerStream } from './volunteer-stream.js'
export { addWorkingDays, RECORDING_DEADLINE_WORKING_DAYS } from './working-days.js'
