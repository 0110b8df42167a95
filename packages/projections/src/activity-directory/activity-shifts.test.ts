import type { WenmingEvent } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import { at } from '../domain-events.fixture.js'
import { runReadModel } from '../run-read-model.fixture.js'
import { activityDirectory } from './activity-directory-projection.js'
import { queryShifts } from './query-activities.js'

const shift = (shiftId: string, activityId: string, hour: number): WenmingEvent => ({
  type: 'ShiftScheduled',
  data: {
    shiftId,
    activityId,
    title: `早高峰 ${shiftId}`,
    date: '2026-03-05',
    post: {
      postId: '东门',
      name: '东门路口',
      location: { latitude: 30, longitude: 120 },
      radiusMeters: 200,
    },
    startsAt: at(hour),
    endsAt: at(hour + 2),
    maxHours: 2,
    checkInCode: '123456',
    organiser: { kind: 'team', teamId: 't1' },
    by: 'l',
    at: at(0),
  },
})

describe('activity shifts', () => {
  it('lists an activity’s shifts earliest first with who is present and who attended', async () => {
    const model = await runReadModel(activityDirectory, [
      shift('sh-2', 'a1', 5),
      shift('sh-1', 'a1', 3),
      shift('sh-9', 'a2', 1),
      {
        type: 'VolunteerCheckedIn',
        data: { shiftId: 'sh-1', volunteerId: 'v1', distanceMeters: 5, at: at(3) },
      },
      {
        type: 'VolunteerCheckedIn',
        data: { shiftId: 'sh-1', volunteerId: 'v2', distanceMeters: 9, at: at(3) },
      },
      {
        type: 'VolunteerCheckedOut',
        data: { shiftId: 'sh-1', volunteerId: 'v1', distanceMeters: 4, at: at(4) },
      },
    ])
    const shifts = queryShifts(model, 'a1')
    expect(shifts.map((s) => [s.shiftId, s.present, s.attended])).toEqual([
      ['sh-1', 1, 1],
      ['sh-2', 0, 0],
    ])
    expect(shifts[0]).toMatchObject({ checkInCode: '123456', post: { name: '东门路口' } })
    expect(queryShifts(model, 'nothing')).toEqual([])
  })
})
