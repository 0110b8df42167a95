import type { Occasion } from './occasion.js'
import type { IdType } from './profile.js'
import type { ServiceRecord } from './record-fields.js'

/** The latest version of a record, with whether it was made late. */
export type RecordVersion = ServiceRecord & { readonly version: number; readonly late: boolean }

/** A correction asked for, and where it stands. */
export type CorrectionEntry = {
  readonly recordId: string | null
  /** The occasion an omission concerns. */
  readonly occasion: Occasion | null
  readonly status: 'pending' | 'corrected' | 'refused'
}

/** A volunteer as their stream tells it: unregistered, or registered with records and stars. */
export type VolunteerState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'active' | 'suspended' | 'deregistered'
      readonly volunteerId: string
      readonly siteId: string
      readonly name: string
      readonly idType: IdType
      readonly idNumber: string
      /** The latest version of each record, by record id (V6). */
      readonly records: Readonly<Record<string, RecordVersion>>
      /** The record of each occasion (V2: at most one). */
      readonly occasions: Readonly<Record<string, string>>
      readonly corrections: Readonly<Record<string, CorrectionEntry>>
      readonly starLevel: number
      readonly awardedLevels: readonly number[]
      readonly certificates: readonly string[]
    }

/** A registered volunteer's state. */
export type RegisteredVolunteer = Exclude<VolunteerState, { status: 'unregistered' }>

export const initialVolunteerState: VolunteerState = { status: 'unregistered' }

/** The volunteer's confirmed hours: the sum of the latest version of each record (V6). */
export const confirmedHours = (state: VolunteerState): number =>
  state.status === 'unregistered'
    ? 0
    : Object.values(state.records).reduce((sum, record) => sum + record.hours, 0)
