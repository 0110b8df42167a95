import { ERASED, type ReadModel, type RowChange } from '@wenming/event-store'
import type { PersonalDataErased } from '@wenming/domain'
import type { VolunteerRecordsRows } from './volunteer-records-rows.js'

/**
 * An erased volunteer's masked identity in their row and their certificates, dropped at once: what
 * a rebuild shows from then on, where the sealed fields already read as `[erased]`.
 */
export const eraseVolunteer = (
  model: ReadModel<VolunteerRecordsRows>,
  { data }: PersonalDataErased,
): RowChange<VolunteerRecordsRows>[] => {
  if (data.subjectKind !== 'volunteer') return []
  const row = model.volunteers.get(data.subjectId)
  const changes: RowChange<VolunteerRecordsRows>[] =
    row === undefined
      ? []
      : [
          {
            table: 'volunteers',
            key: row.volunteerId,
            row: { ...row, maskedName: ERASED, maskedIdNumber: ERASED },
          },
        ]
  for (const certificate of model.certificates.values()) {
    if (certificate.volunteerId !== data.subjectId) continue
    changes.push({
      table: 'certificates',
      key: certificate.certificateNumber,
      row: { ...certificate, maskedName: ERASED, maskedIdNumber: ERASED },
    })
  }
  return changes
}
