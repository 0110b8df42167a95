/** The volunteers section of the work report (the 办法 Art 18: records and certificates). */
export type VolunteerSection = {
  readonly from: string
  readonly to: string
  /** Volunteers registered by the end of the period. */
  readonly registeredVolunteers: number
  /** Volunteers with at least one record (hours > 0) in the period. */
  readonly volunteersWithRecords: number
  /** Confirmed hours in the period: the latest version of each record, each counted once. */
  readonly confirmedHours: number
  /** The median of confirmed hours per volunteer with records; `null` when none. */
  readonly medianHoursPerVolunteer: number | null
  /** Volunteers at each star level (1★ ...), as the log stands. */
  readonly starsByLevel: Readonly<Record<string, number>>
  /** Records in the period made after the 10 working days of Art 11. */
  readonly lateRecords: number
  /** Corrections asked for in the period, and how they stand. */
  readonly corrections: {
    readonly requested: number
    readonly corrected: number
    readonly refused: number
  }
  /** Certificates (服务记录证明) issued in the period. */
  readonly certificatesIssued: number
}
