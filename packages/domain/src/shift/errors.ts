import type { Organiser } from '../volunteer/occasion.js'
import { refusal, type Refusal } from '../volunteer/refusal.js'

/** Why a shift command is refused, each with its field and a reason in zh and en. */
export type ShiftError =
  | Refusal<'ShiftAlreadyScheduled', { shiftId: string }>
  | Refusal<'ShiftNotFound', { shiftId: string }>
  | Refusal<'ActivityNotFound', { activityId: string }>
  | Refusal<'NotActivityOrganiser', { organiser: Organiser }>
  | Refusal<'ShiftEndsBeforeStart', { startsAt: string; endsAt: string }>
  | Refusal<'VolunteerNotActive', { volunteerId: string }>
  | Refusal<'WrongCheckInCode', object>
  | Refusal<'OutsideGeofence', { distanceMeters: number; radiusMeters: number }>
  | Refusal<'CheckInClosed', { startsAt: string; endsAt: string }>
  | Refusal<'AlreadyCheckedIn', { volunteerId: string }>
  | Refusal<'NotCheckedIn', { volunteerId: string }>
  | Refusal<'AlreadyCheckedOut', { volunteerId: string }>
  | Refusal<'CheckOutBeforeCheckIn', { checkedInAt: string; checkedOutAt: string }>

/** Builders of every {@link ShiftError}. */
export const shiftRefusals = {
  alreadyScheduled: (shiftId: string) =>
    refusal('ShiftAlreadyScheduled', 'shiftId', '班次已存在', 'The shift is already scheduled', {
      shiftId,
    }),
  notFound: (shiftId: string) =>
    refusal('ShiftNotFound', 'shiftId', '班次不存在', 'No such shift', { shiftId }),
  activityNotFound: (activityId: string) =>
    refusal(
      'ActivityNotFound',
      'activityId',
      '活动不存在或已取消',
      'The activity does not exist or was cancelled',
      { activityId },
    ),
  notOrganiser: (organiser: Organiser) =>
    refusal(
      'NotActivityOrganiser',
      'organiser',
      '只有活动的组织方可以安排和管理班次',
      'Only the organiser of the activity may run its shifts',
      { organiser },
    ),
  endsBeforeStart: (startsAt: string, endsAt: string) =>
    refusal(
      'ShiftEndsBeforeStart',
      'endsAt',
      '班次结束时间早于开始时间',
      'The shift ends before it starts',
      { startsAt, endsAt },
    ),
  volunteerNotActive: (volunteerId: string) =>
    refusal(
      'VolunteerNotActive',
      'volunteerId',
      '志愿者未注册或未在服务状态',
      'The volunteer is not registered or not active',
      { volunteerId },
    ),
  wrongCode: () =>
    refusal('WrongCheckInCode', 'code', '签到码错误', 'The check-in code is wrong', {}),
  outside: (distanceMeters: number, radiusMeters: number) =>
    refusal(
      'OutsideGeofence',
      'position',
      `不在岗位签到范围内（距离 ${Math.round(distanceMeters)} 米，范围 ${radiusMeters} 米）`,
      `Outside the post's geofence (${Math.round(distanceMeters)} m away, radius ${radiusMeters} m)`,
      { distanceMeters, radiusMeters },
    ),
  closed: (startsAt: string, endsAt: string) =>
    refusal(
      'CheckInClosed',
      'shiftId',
      '不在班次签到时间内',
      'Check-in is open from an hour before the shift to its end',
      { startsAt, endsAt },
    ),
  alreadyCheckedIn: (volunteerId: string) =>
    refusal(
      'AlreadyCheckedIn',
      'volunteerId',
      '已在此班次签到',
      'Already checked in on this shift',
      { volunteerId },
    ),
  notCheckedIn: (volunteerId: string) =>
    refusal('NotCheckedIn', 'volunteerId', '未在此班次签到', 'Not checked in on this shift', {
      volunteerId,
    }),
  alreadyCheckedOut: (volunteerId: string) =>
    refusal('AlreadyCheckedOut', 'volunteerId', '已签退', 'Already checked out', { volunteerId }),
  outBeforeIn: (checkedInAt: string, checkedOutAt: string) =>
    refusal(
      'CheckOutBeforeCheckIn',
      'checkedOutAt',
      '签退时间早于签到时间',
      'Check-out would be before check-in',
      { checkedInAt, checkedOutAt },
    ),
} satisfies Record<string, (...args: never[]) => ShiftError>
