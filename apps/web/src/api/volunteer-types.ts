/** `GET /volunteers/:id/records`: a volunteer's records, hours, star level, corrections, certificates. */
export type VolunteerRecords = {
  volunteer: {
    volunteerId: string
    siteId: string
    maskedName: string
    maskedIdNumber: string
    status: 'active' | 'suspended' | 'deregistered'
    confirmedHours: number
    records: number
    starLevel: number
  }
  records: {
    recordId: string
    title: string
    date: string
    startsAt: string
    endsAt: string
    hours: number
    place: string
    content: string
    organiserKind: 'team' | 'site'
    organiserId: string
    personInCharge: string
    source: 'recorded' | 'check-in' | 'make-up'
    late: boolean
    version: number
  }[]
  hoursByMonth: { period: string; hours: number; records: number }[]
  hoursByYear: { period: string; hours: number; records: number }[]
  corrections: {
    correctionId: string
    recordId: string | null
    description: string
    status: 'pending' | 'corrected' | 'refused'
    requestedAt: string
  }[]
  certificates: Certificate[]
}

/** A 服务记录证明 as anyone with its number may verify it: masked fields only (V8). */
export type Certificate = {
  certificateNumber: string
  maskedName: string
  maskedIdNumber: string
  from: string
  to: string
  hours: number
  records: number
  contents: string[]
  issuer: string
  issuedOn: string
}
