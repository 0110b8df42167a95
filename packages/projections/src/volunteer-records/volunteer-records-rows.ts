import type { IdType, RecordSource } from '@wenming/domain'

/** A registered volunteer, with masked identity only (personal fields stay in the volunteer's stream). */
export type VolunteerRow = {
  readonly volunteerId: string
  readonly siteId: string
  /** `李*`: the read model keeps no full name, ID number, phone or birth date. */
  readonly maskedName: string
  readonly idType: IdType
  readonly maskedIdNumber: string
  readonly status: 'active' | 'suspended' | 'deregistered'
  readonly registeredAt: string
  /** The sum of the latest version of each record (V6). */
  readonly confirmedHours: number
  readonly records: number
  readonly starLevel: number
}

/** The latest version of one service record. */
export type ServiceRecordRow = {
  readonly volunteerId: string
  readonly recordId: string
  readonly occasionKey: string
  readonly title: string
  readonly date: string
  readonly startsAt: string
  readonly endsAt: string
  readonly hours: number
  readonly place: string
  readonly content: string
  readonly organiserKind: 'team' | 'site'
  readonly organiserId: string
  readonly personInCharge: string
  readonly source: RecordSource
  readonly postId: string | null
  readonly postName: string | null
  readonly version: number
  readonly late: boolean
  readonly recordedAt: string
}

/** A correction asked for, and where it stands. */
export type CorrectionRow = {
  readonly volunteerId: string
  readonly correctionId: string
  readonly recordId: string | null
  readonly description: string
  readonly status: 'pending' | 'corrected' | 'refused'
  readonly requestedAt: string
}

/** A certificate as anyone with its number may verify it: masked fields only (V8). */
export type CertificateRow = {
  readonly certificateNumber: string
  readonly volunteerId: string
  readonly maskedName: string
  readonly idType: IdType
  readonly maskedIdNumber: string
  readonly from: string
  readonly to: string
  readonly hours: number
  readonly records: number
  readonly contents: readonly string[]
  readonly issuer: string
  readonly issuedOn: string
}

/** A team's member (from `TeamMemberJoined`, old events included). */
export type TeamMemberRow = { readonly teamId: string; readonly volunteerId: string }

/** The tables of the volunteer read model. */
export type VolunteerRecordsRows = {
  volunteers: VolunteerRow
  records: ServiceRecordRow
  corrections: CorrectionRow
  certificates: CertificateRow
  teamMembers: TeamMemberRow
}
