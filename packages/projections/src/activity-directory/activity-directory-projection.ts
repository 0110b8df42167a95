import type { LeanEvent, ReadModel, RowChange, RowProjection } from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import type { ActivityDirectoryRows, ActivityRow, ShiftRow } from './activity-directory-rows.js'

type Change = RowChange<ActivityDirectoryRows>

const put = (row: ActivityRow): Change[] => [{ table: 'activities', key: row.activityId, row }]

const putShift = (row: ShiftRow): Change[] => [{ table: 'shifts', key: row.shiftId, row }]

const changes = (model: ReadModel<ActivityDirectoryRows>, recorded: LeanEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  switch (event.type) {
    case 'SiteRegistered':
      return [
        {
          table: 'sites',
          key: event.data.siteId,
          row: {
            siteId: event.data.siteId,
            parentId: event.data.parentId,
            level: event.data.level,
            name: event.data.name,
            closed: false,
          },
        },
      ]
    case 'SiteRenamed':
    case 'SiteClosed': {
      const site = model.sites.get(event.data.siteId)
      if (site === undefined) return []
      const row =
        event.type === 'SiteRenamed'
          ? { ...site, name: event.data.name }
          : { ...site, closed: true }
      return [{ table: 'sites', key: site.siteId, row }]
    }
    case 'MonthlyThemeSet':
      return [
        {
          table: 'themes',
          key: event.data.month,
          row: {
            month: event.data.month,
            title: event.data.title,
            description: event.data.description ?? null,
            setAt: event.data.at,
          },
        },
      ]
    case 'ActivityPlanned':
    case 'ActivityHeld': {
      const data = event.data
      const held = event.type === 'ActivityHeld'
      return put({
        activityId: data.activityId,
        title: data.title,
        kind: data.kind,
        status: held ? 'held' : 'planned',
        organizerSiteId: data.organizerSiteId,
        clusterId: data.clusterId ?? null,
        festival: data.festival ?? null,
        intersection: data.intersection ?? null,
        themeMonth: data.themeMonth ?? null,
        teamIds: data.teamIds,
        date: held ? event.data.date : event.data.plannedDate,
        volunteers: held ? event.data.volunteers : 0,
        hours: held ? event.data.hours : 0,
        audience: held ? event.data.audience : 0,
      })
    }
    case 'ActivityCancelled': {
      const row = model.activities.get(event.data.activityId)
      return row === undefined ? [] : put({ ...row, status: 'cancelled' })
    }
    case 'ShiftScheduled': {
      const { data } = event
      return putShift({
        shiftId: data.shiftId,
        activityId: data.activityId,
        title: data.title,
        date: data.date,
        post: data.post,
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        maxHours: data.maxHours,
        checkInCode: data.checkInCode,
        organiser: data.organiser,
        present: 0,
        attended: 0,
      })
    }
    case 'VolunteerCheckedIn': {
      const shift = model.shifts.get(event.data.shiftId)
      return shift === undefined ? [] : putShift({ ...shift, present: shift.present + 1 })
    }
    case 'VolunteerCheckedOut':
    case 'AttendanceClosedByOrganiser': {
      const shift = model.shifts.get(event.data.shiftId)
      if (shift === undefined) return []
      return putShift({
        ...shift,
        present: Math.max(0, shift.present - 1),
        attended: shift.attended + 1,
      })
    }
    default:
      return []
  }
}

/**
 * 活动名录: every activity (planned, held, cancelled) with its shifts, the monthly themes and the
 * sites they name.
 */
export const activityDirectory: RowProjection<ActivityDirectoryRows> = {
  name: 'activity-directory',
  tables: ['activities', 'shifts', 'themes', 'sites'],
  eventTypes: [
    'SiteRegistered',
    'SiteRenamed',
    'SiteClosed',
    'MonthlyThemeSet',
    'ActivityPlanned',
    'ActivityHeld',
    'ActivityCancelled',
    'ShiftScheduled',
    'VolunteerCheckedIn',
    'VolunteerCheckedOut',
    'AttendanceClosedByOrganiser',
  ],
  changes,
  leanEvents: true,
}
