import type {
  AdjustStarLevel,
  CorrectServiceRecord,
  DeregisterVolunteer,
  IssueCertificate,
  RefuseCorrection,
  ReinstateVolunteer,
  RequestCorrection,
  SuspendVolunteer,
} from './commands.js'
import { decideIssueCertificate } from './decide-certificate.js'
import {
  decideCorrectServiceRecord,
  decideRefuseCorrection,
  decideRequestCorrection,
  type CorrectionWithOccasion,
} from './decide-correction.js'
import {
  decideConfirmShiftHours,
  decideRecordService,
  type ConfirmShiftHoursWithShift,
  type RecordServiceWithOccasion,
} from './decide-record.js'
import {
  decideRegistration,
  decideStatus,
  type RegisterVolunteerWithSite,
} from './decide-registration.js'
import type { VolunteerDecision } from './decide-result.js'
import { decideAdjustStarLevel } from './decide-star.js'
import type { VolunteerState } from './state.js'

/** Every command the volunteer decider decides, with the facts its handler read. */
export type VolunteerDeciderCommand =
  | RegisterVolunteerWithSite
  | SuspendVolunteer
  | ReinstateVolunteer
  | DeregisterVolunteer
  | RecordServiceWithOccasion
  | ConfirmShiftHoursWithShift
  | RequestCorrection
  | CorrectionWithOccasion<CorrectServiceRecord>
  | CorrectionWithOccasion<RefuseCorrection>
  | IssueCertificate
  | AdjustStarLevel

/** Decides a volunteer command against the volunteer's state: events, or a typed refusal. */
export const decideVolunteer = (
  command: VolunteerDeciderCommand,
  state: VolunteerState,
): VolunteerDecision => {
  switch (command.type) {
    case 'RegisterVolunteer':
      return decideRegistration(command, state)
    case 'SuspendVolunteer':
    case 'ReinstateVolunteer':
    case 'DeregisterVolunteer':
      return decideStatus(command, state)
    case 'RecordService':
      return decideRecordService(command, state)
    case 'ConfirmShiftHours':
      return decideConfirmShiftHours(command, state)
    case 'RequestCorrection':
      return decideRequestCorrection(command, state)
    case 'CorrectServiceRecord':
      return decideCorrectServiceRecord(command, state)
    case 'RefuseCorrection':
      return decideRefuseCorrection(command, state)
    case 'IssueCertificate':
      return decideIssueCertificate(command, state)
    case 'AdjustStarLevel':
      return decideAdjustStarLevel(command, state)
  }
}
