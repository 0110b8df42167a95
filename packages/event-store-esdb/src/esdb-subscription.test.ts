import { START } from '@eventstore/db-client'
import { describe, expect, it } from 'vitest'
import { toGlobalPosition } from './esdb-position.js'
import { subscriptionFilter, subscriptionStart } from './esdb-subscription.js'

describe('subscription to $all', () => {
  it('starts from the beginning without a checkpoint', () => {
    expect(subscriptionStart(0)).toBe(START)
  })

  it("resumes after the checkpoint event's own log position", () => {
    const checkpoint = toGlobalPosition({ commit: 4096n, prepare: 4096n })
    expect(subscriptionStart(checkpoint)).toEqual({ commit: 4096n, prepare: 4096n })
    expect(subscriptionStart(checkpoint + 1)).toEqual({ commit: 4096n, prepare: 4096n })
  })

  it('filters on the server by exact event type, with regex characters escaped', () => {
    const filter = subscriptionFilter(['OrderPlaced', 'Team.Suspended', 'A|B'])
    expect(filter).toMatchObject({ filterOn: 'eventType' })
    const regex = new RegExp((filter as { regex: string }).regex)
    expect(['OrderPlaced', 'Team.Suspended', 'A|B'].every((t) => regex.test(t))).toBe(true)
    expect(
      ['OrderPlacedLater', 'TeamXSuspended', 'A', 'B', 'xOrderPlaced'].some((t) => regex.test(t)),
    ).toBe(false)
  })

  it('excludes system events when the projection names no types', () => {
    const filter = subscriptionFilter(undefined) as { filterOn: string; regex: string }
    expect(filter.filterOn).toBe('eventType')
    expect(new RegExp(filter.regex).test('$statsCollected')).toBe(false)
    expect(new RegExp(filter.regex).test('OrderPlaced')).toBe(true)
  })
})
