import { describe, expect, it } from 'vitest'
import { newCheckInCode, shiftBody, type ShiftForm } from './shift-plan'

const form = (overrides: Partial<ShiftForm> = {}): ShiftForm => ({
  activityId: 'a-1',
  teamId: 't-1',
  postId: ' post-east ',
  postName: ' 东门路口 ',
  latitude: 26.08,
  longitude: 119.3,
  radiusMeters: 200,
  startsAt: '2026-03-05T08:00',
  endsAt: '2026-03-05T10:00',
  maxHours: 2,
  checkInCode: ' 123456 ',
  ...overrides,
})

describe('shiftBody', () => {
  it('sends the post with its geofence, the window as instants and the team as organiser', () => {
    const { body, problems } = shiftBody(form())
    expect(problems).toEqual({})
    expect(body).toEqual({
      activityId: 'a-1',
      post: { postId: 'post-east', name: '东门路口', location: { latitude: 26.08, longitude: 119.3 }, radiusMeters: 200 },
      startsAt: new Date('2026-03-05T08:00').toISOString(),
      endsAt: new Date('2026-03-05T10:00').toISOString(),
      maxHours: 2,
      checkInCode: '123456',
      organiser: { kind: 'team', teamId: 't-1' },
    })
  })

  it('names a post id the API would refuse, a short code and a window that ends before it starts', () => {
    const { problems } = shiftBody(form({ postId: '东门', checkInCode: '12', endsAt: '2026-03-05T07:00', teamId: '' }))
    expect(problems).toEqual({
      organiser: 'required',
      'post.postId': 'badId',
      checkInCode: 'codeLength',
      endsAt: 'endsBeforeStart',
    })
  })
})

describe('newCheckInCode', () => {
  it('is six digits, zero-padded', () => {
    expect(newCheckInCode(() => Uint32Array.of(42))).toBe('000042')
    expect(newCheckInCode(() => Uint32Array.of(4_123_456_789))).toBe('456789')
  })
})
