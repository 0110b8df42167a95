import {
  checkInSchema,
  checkOutSchema,
  closeAttendanceSchema,
  scheduleShiftSchema,
  shiftStream,
  type Organiser,
  type WenmingDomain,
} from '@wenming/domain'
import type { CommandRoute } from '../command-route.js'
import { domainCommandRoute } from '../domain-command-route.js'
import type { Principal } from '../principal.js'
import { actsFor, isVolunteer, organiserRoles } from '../volunteer-scope.js'

const tag = 'shifts'
const stream = (data: { shiftId: string }): string => shiftStream(data.shiftId)
const location = (data: { shiftId: string }): string => `/shifts/${data.shiftId}`
const asOrganiser = (principal: Principal, data: { organiser: Organiser }): Promise<boolean> =>
  Promise.resolve(actsFor(principal, data.organiser))
const self = (principal: Principal, data: { volunteerId: string }): Promise<boolean> =>
  Promise.resolve(isVolunteer(principal, data.volunteerId))

/** Shifts at posts (V3): scheduling by the organiser, check-in and out by the volunteer, closing. */
export const shiftCommandRoutes = (domain: WenmingDomain): CommandRoute[] => [
  domainCommandRoute({
    url: '/shifts',
    operationId: 'scheduleShift',
    summary: 'Schedules a shift of an activity at a post, with a check-in code and a geofence',
    tag,
    schema: scheduleShiftSchema,
    fromParams: [],
    generatedId: 'shiftId',
    roles: organiserRoles,
    authorize: asOrganiser,
    handle: domain.handleShiftCommand,
    stream,
    location,
    successStatus: 201,
  }),
  domainCommandRoute({
    url: '/shifts/:shiftId/check-in',
    operationId: 'checkIn',
    summary: 'A volunteer checks in with the code, inside the post’s geofence',
    tag,
    schema: checkInSchema,
    fromParams: ['shiftId'],
    roles: ['volunteer'],
    authorize: self,
    handle: domain.handleShiftCommand,
    stream,
    location,
  }),
  domainCommandRoute({
    url: '/shifts/:shiftId/check-out',
    operationId: 'checkOut',
    summary: 'A volunteer checks out with the code, inside the post’s geofence',
    tag,
    schema: checkOutSchema,
    fromParams: ['shiftId'],
    roles: ['volunteer'],
    authorize: self,
    handle: domain.handleShiftCommand,
    stream,
    location,
  }),
  domainCommandRoute({
    url: '/shifts/:shiftId/attendance/:volunteerId/close',
    operationId: 'closeAttendance',
    summary: 'The organiser closes an attendance without check-out, with a reason (a make-up)',
    tag,
    schema: closeAttendanceSchema,
    fromParams: ['shiftId', 'volunteerId'],
    roles: organiserRoles,
    authorize: asOrganiser,
    handle: domain.handleShiftCommand,
    stream,
    location,
  }),
]
