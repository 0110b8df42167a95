import { describe, expect, it } from 'vitest'
import { holdActivitySchema } from '../activity/commands.js'
import { completeOrderSchema, evaluateOrderSchema } from '../order/commands.js'
import { registerSiteSchema } from '../site/commands.js'
import { changeTeamCapacitySchema } from '../team/commands.js'

const metadata = { now: '2022-03-01T08:00:00.000Z', actor: { id: 'admin' } }
const report = { date: '2022-03-01', volunteerIds: ['v-1'], hours: 2, audience: 10, notes: '' }
const complete = (change: Partial<typeof report>) =>
  completeOrderSchema.safeParse({
    type: 'CompleteOrder',
    data: { orderId: 'o-1', teamId: 't-1', report: { ...report, ...change } },
    metadata,
  }).success
const hold = (change: Record<string, number>) =>
  holdActivitySchema.safeParse({
    type: 'HoldActivity',
    data: {
      activityId: 'a-1',
      date: '2022-03-01',
      teamIds: [],
      volunteers: 3,
      hours: 6,
      audience: 100,
      notes: '',
      ...change,
    },
    metadata,
  }).success

describe('bounds of the quantities in commands', () => {
  it('accepts ordinary reports', () => {
    expect(complete({})).toBe(true)
    expect(hold({})).toBe(true)
  })

  it('refuses hours, audiences and volunteer counts beyond any real occasion', () => {
    expect(complete({ hours: 1.7e308 })).toBe(false)
    expect(complete({ hours: 10_001 })).toBe(false)
    expect(complete({ audience: 1e12 })).toBe(false)
    expect(hold({ hours: 1.7e308 })).toBe(false)
    expect(hold({ audience: 2_000_000 })).toBe(false)
    expect(hold({ volunteers: 1e9 })).toBe(false)
  })

  it('refuses a team capacity beyond 1,000 and ratings outside 1-5', () => {
    const capacity = (value: number) =>
      changeTeamCapacitySchema.safeParse({
        type: 'ChangeTeamCapacity',
        data: { teamId: 't-1', capacity: value },
        metadata,
      }).success
    expect(capacity(1000)).toBe(true)
    expect(capacity(1001)).toBe(false)
    const rating = (value: number) =>
      evaluateOrderSchema.safeParse({
        type: 'EvaluateOrder',
        data: { orderId: 'o-1', rating: value },
        metadata,
      }).success
    expect(rating(5)).toBe(true)
    expect(rating(6)).toBe(false)
    expect(rating(2.5)).toBe(false)
  })

  it('refuses coordinates off the globe', () => {
    const site = (latitude: number, longitude: number) =>
      registerSiteSchema.safeParse({
        type: 'RegisterSite',
        data: {
          siteId: 's-1',
          parentId: null,
          level: 'center',
          name: 'c',
          kind: 'center',
          coordinates: { latitude, longitude },
        },
        metadata,
      }).success
    expect(site(30, 120)).toBe(true)
    expect(site(91, 120)).toBe(false)
    expect(site(30, 1.7e308)).toBe(false)
  })
})
