import { ERASED, type ReadModel, type RowChange } from '@wenming/event-store'
import type { PersonalDataErased } from '@wenming/domain'
import type { NetworkRows } from './network-rows.js'

/** An erased volunteer's display name in every team they are listed in, dropped at once. */
export const eraseMemberNames = (
  model: ReadModel<NetworkRows>,
  { data }: PersonalDataErased,
): RowChange<NetworkRows>[] => {
  if (data.subjectKind !== 'volunteer') return []
  const changes: RowChange<NetworkRows>[] = []
  for (const team of model.teams.values()) {
    if (!team.members.some((member) => member.volunteerId === data.subjectId)) continue
    const members = team.members.map((member) =>
      member.volunteerId === data.subjectId ? { ...member, displayName: ERASED } : member,
    )
    changes.push({ table: 'teams', key: team.teamId, row: { ...team, members } })
  }
  return changes
}
