import { deciderSpecification } from '@wenming/event-store/testing'
import { describe, expect, it } from 'vitest'
import { shiftHours } from '../volunteer/decide-record.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { ShiftDeciderCommand } from './decide.js'
import type { ShiftEvent } from './events.js'
import { shiftDecider } from './shift-decider.js'

const given = deciderSpecification(shiftDecider)
const post = {
  postId: 'x-1',
  name: '五一广场路口',
  location: { latitude: 26.08, longitude: 119.3 },
  radiusMeters: 200,
}
const organiser = { kind: 'site', siteId: 'st-1' } as const
const scheduled: ShiftEvent = {
  type: 'ShiftScheduled',
  data: {
    shiftId: 's-1',
    activityId: 'a-1',
    title: '文明交通劝导',
    date: '2026-03-02',
    post,
    startsAt: '2026-03-02T00:00:00.000Z',
    endsAt: '2026-03-02T02:00:00.000Z',
    maxHours: 2,
    checkInCode: '4821',
    organiser,
    by: 'admin',
    at: '2026-03-01T00:00:00.000Z',
  },
}
const checkIn = (
  code: string,
  latitude: number,
  now = '2026-03-02T00:05:00.000Z',
): ShiftDeciderCommand => ({
  type: 'CheckIn',
  data: { shiftId: 's-1', volunteerId: 'v-1', code, position: { latitude, longitude: 119.3 } },
  metadata: commandMetadata(now, 'v-1'),
  facts: { volunteerActive: true },
})
const checkedIn: ShiftEvent = {
  type: 'VolunteerCheckedIn',
  data: { shiftId: 's-1', volunteerId: 'v-1', distanceMeters: 0, at: '2026-03-02T00:05:00.000Z' },
}

describe('the shift decider', () => {
  it('checks a volunteer in with the code inside the geofence (V3)', () => {
    given([scheduled]).when(checkIn('4821', 26.08)).then([checkedIn])
  })

  it('refuses a wrong code or a position outside the fence, with a reason and the field', () => {
    given([scheduled])
      .when(checkIn('0000', 26.08))
      .thenFails((e) => e.type === 'WrongCheckInCode' && e.field === 'code')
    // 0.003° of latitude is about 334 m.
    given([scheduled])
      .when(checkIn('4821', 26.083))
      .thenFails(
        (e) => e.type === 'OutsideGeofence' && e.field === 'position' && e.reason.zh.includes('米'),
      )
    given([scheduled])
      .when(checkIn('4821', 26.08, '2026-03-02T05:00:00.000Z'))
      .thenFails((e) => e.type === 'CheckInClosed')
  })

  it('never checks out before the check-in', () => {
    const out: ShiftDeciderCommand = {
      type: 'CheckOut',
      data: { shiftId: 's-1', volunteerId: 'v-1', code: '4821', position: post.location },
      metadata: commandMetadata('2026-03-02T00:04:00.000Z', 'v-1'),
    }
    given([scheduled, checkedIn])
      .when(out)
      .thenFails((e) => e.type === 'CheckOutBeforeCheckIn')
  })

  it('rounds checked-in time down to the quarter hour and caps it per shift', () => {
    expect(shiftHours('2026-03-02T00:05:00.000Z', '2026-03-02T01:19:00.000Z', 2)).toBe(1)
    expect(shiftHours('2026-03-02T00:05:00.000Z', '2026-03-02T01:20:00.000Z', 2)).toBe(1.25)
    expect(shiftHours('2026-03-02T00:00:00.000Z', '2026-03-02T05:00:00.000Z', 2)).toBe(2)
  })
})
