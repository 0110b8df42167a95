export {
  erasureReasonSchema,
  erasureSubjectKindSchema,
  personalDataErasedSchema,
  personalDataErasureRequestedSchema,
  personalDataEventSchema,
  personalDataEventSchemaVersions,
} from './events.js'
export type {
  ErasureReason,
  ErasureSubjectKind,
  PersonalDataErased,
  PersonalDataErasureRequested,
  PersonalDataEvent,
} from './events.js'
export { recordPersonalDataErasedSchema, requestPersonalDataErasureSchema } from './commands.js'
export type {
  PersonalDataCommand,
  RecordPersonalDataErased,
  RequestPersonalDataErasure,
} from './commands.js'
export { personalDataRefusals } from './errors.js'
export type { PersonalDataError } from './errors.js'
export { erasureScope } from './erasure-scope.js'
export { erasePersonalData } from './erase-personal-data.js'
export type { DeletePersonalDataKey, ErasureOutcome } from './erase-personal-data.js'
export type { PersonalDataState } from './personal-data-decider.js'
export { personalDataStream } from './personal-data-stream.js'
export { wenmingPersonalData } from './wenming-personal-data.js'
